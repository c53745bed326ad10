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
 * }</pre>
 *
 * Immutable: each modifier returns a new fault.
 */
public final class SimulatedFault {

    /** Which requests of a workflow a fault is for. */
    public enum Call {
        /** {@code GET .../execution/{id}}: status reads, the read before a signal, {@code awaitState} polls. */
        READ,
        /** {@code POST .../execution/{id}/commands}: start, pause, resume, stop. */
        COMMAND,
        /** {@code POST .../execution/{id}/activities/activity/{name}/trigger}. */
        SIGNAL
    }

    enum Kind { STATUS, DELAY, DROP_CONNECTION, EXPIRED_TOKEN }

    private final Kind kind;
    private final int status;
    private final Duration delay;
    private final boolean afterApplying;
    private final Set<Call> calls;

    private SimulatedFault(Kind kind, int status, Duration delay, boolean afterApplying, Set<Call> calls) {
        this.kind = kind;
        this.status = status;
        this.delay = delay;
        this.afterApplying = afterApplying;
        this.calls = EnumSet.copyOf(calls); // never empty; private, never handed out
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
     * Campaign handles the request first (a command is applied, a signal recorded), then the client gets the fault
     * instead of Campaign's answer: a gateway timeout or a dropped connection after the fact. Not for
     * {@link #expiredToken()}, which the gateway refuses before Campaign.
     */
    public SimulatedFault afterApplying() {
        if (kind == Kind.EXPIRED_TOKEN) {
            throw new IllegalStateException("An expired token is refused before Campaign sees the request");
        }
        return new SimulatedFault(kind, status, delay, true, calls);
    }

    /** Restricts the fault to these requests of the workflow; by default it is for all of them. */
    public SimulatedFault onlyFor(Call first, Call... more) {
        EnumSet<Call> chosen = EnumSet.of(Objects.requireNonNull(first, "call"), more);
        return new SimulatedFault(kind, status, delay, afterApplying, chosen);
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
            default:
                what = "expired token";
        }
        return "SimulatedFault[" + what + (afterApplying && kind != Kind.DELAY ? ", after applying" : "")
                + (calls.size() == Call.values().length ? "" : ", only " + calls.toString().toLowerCase(Locale.ROOT)) + "]";
    }
}
