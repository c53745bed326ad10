package io.github.campaignworkflow.simulator;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A failure the simulator answers instead of (or after) Campaign, for testing retry and dead-letter handling. Give it
 * to {@link AdobeCampaignSimulator#failNext(String, int, SimulatedFault)} or
 * {@link AdobeCampaignSimulator#failAlways(String, SimulatedFault)}:
 *
 * <pre>{@code
 * sim.failNext("WKF12", 2, SimulatedFault.status(503));                    // two 503s, then Campaign answers
 * sim.failAlways("WKF12", SimulatedFault.dropConnection().onlyFor(Call.COMMAND));
 * sim.failNext("WKF12", 1, SimulatedFault.status(504).afterApplying());    // Campaign applied it, the client sees 504
 * sim.failNext("WKF12", 1, SimulatedFault.delay(Duration.ofSeconds(2)));   // applied, answered 2 s late
 * sim.failNext("WKF12", 1, SimulatedFault.expiredToken());                 // 401 error_code 401013, the token is dead
 * sim.failNext("WKF12", 1, SimulatedFault.soapFault(500, "SOP-330011 Error while executing the method 'Start' of service 'xtk:workflow'."));
 * sim.failNext("WKF12", 1, SimulatedFault.expiredSession(200));            // SOAP: XSV-350008 Fault, the session is dead
 * }</pre>
 *
 * The first five are for REST and SOAP calls alike; {@link #soapFault}, {@link #expiredSession} and
 * {@link #expiredSessionAsText} only for SOAP calls (a REST request of the workflow passes them by). Immutable: each
 * modifier returns a new fault.
 */
public final class SimulatedFault {

    /** Which requests of a workflow a fault is for. */
    public enum Call {
        /**
         * {@code GET .../execution/{id}}: status reads, the read before a signal, {@code awaitState} polls; over SOAP,
         * {@code xtk:queryDef#ExecuteQuery} of the workflow.
         */
        READ,
        /**
         * {@code POST .../execution/{id}/commands}: start, pause, resume, stop; over SOAP, {@code xtk:workflow#Start},
         * {@code Pause} and {@code Stop}.
         */
        COMMAND,
        /** {@code POST .../execution/{id}/activities/activity/{name}/trigger}; over SOAP, {@code xtk:workflow#PostEvent}. */
        SIGNAL
    }

    enum Kind { STATUS, DELAY, DROP_CONNECTION, EXPIRED_TOKEN, SOAP_FAULT, EXPIRED_SESSION }

    /** Campaign's text for a session that has expired or was never opened. */
    static final String SESSION_EXPIRED = "XSV-350008 Session has expired or is invalid. Please reconnect.";

    private final Kind kind;
    private final int status;
    private final Duration delay;
    private final boolean afterApplying;
    private final Set<Call> calls;
    private final String faultString;
    private final String detail;
    private final boolean asText;

    private SimulatedFault(Kind kind, int status, Duration delay, boolean afterApplying, Set<Call> calls) {
        this(kind, status, delay, afterApplying, calls, null, null, false);
    }

    private SimulatedFault(Kind kind, int status, Duration delay, boolean afterApplying, Set<Call> calls,
                           String faultString, String detail, boolean asText) {
        this.kind = kind;
        this.status = status;
        this.delay = delay;
        this.afterApplying = afterApplying;
        this.calls = EnumSet.copyOf(calls); // never empty; private, never handed out
        this.faultString = faultString;
        this.detail = detail;
        this.asText = asText;
    }

    /**
     * An error status from 500 to 599 answered by the gateway: Campaign never sees the request (nothing is applied).
     * 502 has the gateway's documented body {@code {"code":502,"message":"Oops. Something went wrong. ..."}}; the
     * others {@code {"code":<status>,"message":"..."}} naming the simulator.
     */
    public static SimulatedFault status(int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("A simulated server failure has a 5xx status: " + status);
        }
        return new SimulatedFault(Kind.STATUS, status, null, false, EnumSet.allOf(Call.class));
    }

    /**
     * Campaign handles the request at once (a command is applied) but the answer leaves this much later: longer than
     * the client's response timeout, it is the "sent, no answer" case that a client must not repeat blindly.
     */
    public static SimulatedFault delay(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException("A simulated delay must be positive: " + delay);
        }
        return new SimulatedFault(Kind.DELAY, 0, delay, true, EnumSet.allOf(Call.class));
    }

    /** The connection is reset without an answer; Campaign never sees the request unless {@link #afterApplying()}. */
    public static SimulatedFault dropConnection() {
        return new SimulatedFault(Kind.DROP_CONNECTION, 0, null, false, EnumSet.allOf(Call.class));
    }

    /**
     * The gateway answers {@code 401 {"error_code":"401013","message":"Oauth token is not valid"}}, as for a token
     * past its lifetime, and the token the request carried stops working: an OAuth client must fetch a new one.
     */
    public static SimulatedFault expiredToken() {
        return new SimulatedFault(Kind.EXPIRED_TOKEN, 401, null, false, EnumSet.allOf(Call.class));
    }

    /**
     * SOAP only: Campaign answers a {@code SOAP-ENV:Client} Fault with this {@code faultstring} (start it with
     * Campaign's code, e.g. {@code "SOP-330011 Error while executing the method 'Start' of service 'xtk:workflow'."})
     * and no {@code detail}, with HTTP status 200 or 500 (Campaign's own is not confirmed). Nothing is applied unless
     * {@link #afterApplying()}.
     */
    public static SimulatedFault soapFault(int httpStatus, String faultString) {
        return soapFault(httpStatus, faultString, null);
    }

    /** SOAP only: as {@link #soapFault(int, String)}, with a {@code detail} ({@code null}: none). */
    public static SimulatedFault soapFault(int httpStatus, String faultString, String detail) {
        Objects.requireNonNull(faultString, "faultString");
        return new SimulatedFault(Kind.SOAP_FAULT, soapStatus(httpStatus), null, false, EnumSet.allOf(Call.class),
                faultString, detail, false);
    }

    /**
     * SOAP only: the session the request carried has expired. Campaign answers the Fault {@code XSV-350008 Session
     * has expired or is invalid. Please reconnect.} with HTTP status 200 or 500, and the session stops working
     * everywhere: the client must log on again. Nothing is applied. With an IMS bearer token there is no session to
     * end; the answer is the same.
     */
    public static SimulatedFault expiredSession(int httpStatus) {
        return new SimulatedFault(Kind.EXPIRED_SESSION, soapStatus(httpStatus), null, false, EnumSet.allOf(Call.class),
                SESSION_EXPIRED, null, false);
    }

    /** SOAP only: as {@link #expiredSession(int)}, but the answer is that sentence as plain text, not a Fault. */
    public static SimulatedFault expiredSessionAsText(int httpStatus) {
        return new SimulatedFault(Kind.EXPIRED_SESSION, soapStatus(httpStatus), null, false, EnumSet.allOf(Call.class),
                SESSION_EXPIRED, null, true);
    }

    /**
     * Campaign handles the request first (a command is applied, a signal recorded), then the client gets the fault
     * instead of Campaign's answer: a gateway timeout or a dropped connection after the fact. Not for
     * {@link #expiredToken()}, which the gateway refuses before Campaign.
     */
    public SimulatedFault afterApplying() {
        if (kind == Kind.EXPIRED_TOKEN || kind == Kind.EXPIRED_SESSION) {
            throw new IllegalStateException("An expired token or session is refused before Campaign sees the request");
        }
        return new SimulatedFault(kind, status, delay, true, calls, faultString, detail, asText);
    }

    /** Restricts the fault to these requests of the workflow; by default it is for all of them. */
    public SimulatedFault onlyFor(Call first, Call... more) {
        EnumSet<Call> chosen = EnumSet.of(Objects.requireNonNull(first, "call"), more);
        return new SimulatedFault(kind, status, delay, afterApplying, chosen, faultString, detail, asText);
    }

    /** True for the faults that only a SOAP call can get. */
    boolean isSoapOnly() {
        return kind == Kind.SOAP_FAULT || kind == Kind.EXPIRED_SESSION;
    }

    String faultString() {
        return faultString;
    }

    String detail() {
        return detail;
    }

    /** For an expired session: plain text instead of a Fault. */
    boolean isText() {
        return asText;
    }

    private static int soapStatus(int httpStatus) {
        if (httpStatus != 200 && httpStatus != 500) {
            throw new IllegalArgumentException("Campaign answers a SOAP fault with status 200 or 500: " + httpStatus);
        }
        return httpStatus;
    }

    Kind kind() {
        return kind;
    }

    int statusCode() {
        return status;
    }

    Duration delayDuration() {
        return delay;
    }

    /** True when Campaign handles the request before the fault replaces or delays its answer. */
    boolean isAfterApplying() {
        return afterApplying;
    }

    boolean targets(Call call) {
        return calls.contains(call);
    }

    @Override
    public String toString() {
        String what;
        switch (kind) {
            case STATUS:
                what = "status " + status;
                break;
            case DELAY:
                what = "delay " + delay;
                break;
            case DROP_CONNECTION:
                what = "dropped connection";
                break;
            case SOAP_FAULT:
                what = "SOAP fault " + status + " " + faultString;
                break;
            case EXPIRED_SESSION:
                what = "expired session " + status + (asText ? " as text" : " as a fault");
                break;
            default:
                what = "expired token";
        }
        return "SimulatedFault[" + what + (afterApplying && kind != Kind.DELAY ? ", after applying" : "")
                + (calls.size() == Call.values().length ? "" : ", only " + calls.toString().toLowerCase(Locale.ROOT)) + "]";
    }
}
