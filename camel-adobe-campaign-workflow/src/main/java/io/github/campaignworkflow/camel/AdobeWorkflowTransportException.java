package io.github.campaignworkflow.camel;

/**
 * A request to Adobe got no usable response. {@link #getKind()} says how far the request got, which is what decides
 * whether it may have been applied; the component has already retried it where that was safe.
 */
public class AdobeWorkflowTransportException extends AdobeCampaignException {

    /** How far a request that got no usable response went. */
    public enum Kind {
        /** The request was not written: connecting failed or the TLS handshake did. */
        NOT_SENT,
        /** The request was not written: no pooled connection became free within {@code connectionRequestTimeout}. */
        NO_CONNECTION,
        /** The request was sent and the whole response did not come within {@code responseTimeout}. */
        RESPONSE_TIMEOUT,
        /** The request was sent and the connection broke, or the response was unreadable. */
        NO_RESPONSE,
        /** The response's body exceeded {@code maxResponseSize}; the connection was aborted. */
        RESPONSE_TOO_LARGE,
        /** The component stopped while the request waited or was in flight; counted as possibly applied. */
        STOPPED
    }

    private final Kind kind;
    private final int attempts;

    private AdobeWorkflowTransportException(String message, Kind kind, int attempts, Throwable cause) {
        super(attempts > 0 ? message + " (attempt " + attempts + ")" : message, cause);
        this.kind = kind;
        this.attempts = attempts;
    }

    /**
     * The failure that ended a request after {@code attempts} attempts.
     *
     * @param message what was sent where and what went wrong, without a secret
     */
    public static AdobeWorkflowTransportException of(Kind kind, String message, int attempts, Throwable cause) {
        return new AdobeWorkflowTransportException(message, kind, attempts, cause);
    }

    /**
     * {@code what} was dropped, before it was sent or while it waited to be sent again, because the component is
     * stopping; {@code attempts} is how many attempts it had made, 0 when none.
     */
    public static AdobeWorkflowTransportException stopping(String what, int attempts) {
        return new AdobeWorkflowTransportException(what + " was abandoned: the adobe-workflow component is stopping",
                Kind.STOPPED, attempts, null);
    }

    public Kind getKind() {
        return kind;
    }

    /** Whether the request can have reached Adobe, and so may have been applied. */
    public boolean mayHaveBeenApplied() {
        return kind != Kind.NOT_SENT && kind != Kind.NO_CONNECTION;
    }

    /** How many attempts the request had when this failure ended it, 0 when none was sent. */
    public int getAttempts() {
        return attempts;
    }
}
