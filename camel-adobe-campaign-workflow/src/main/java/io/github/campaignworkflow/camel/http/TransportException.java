package io.github.campaignworkflow.camel.http;

import java.io.IOException;

/**
 * An HTTP attempt that got no usable answer. {@link #kind()} says how far the request got, which is what decides
 * whether it may be sent again.
 */
public class TransportException extends IOException {

    /** How far a failed attempt got. */
    public enum Kind {
        /** The request was not written: connecting failed or the TLS handshake did. Safe to repeat. */
        NOT_SENT,
        /**
         * The request was not written because no pooled connection became free within
         * {@code connectionRequestTimeout}: the client itself is saturated, so repeating it would only add load.
         */
        NO_CONNECTION,
        /** The request was sent and no answer came within the response timeout. It may have been applied. */
        RESPONSE_TIMEOUT,
        /** The request was sent and the connection broke or the answer was unreadable. It may have been applied. */
        NO_RESPONSE,
        /** The answer's body exceeded {@code maxResponseSize}; the connection was aborted. It may have been applied. */
        ANSWER_TOO_LARGE,
        /** The component stopped while the request waited or was in flight. It may have been applied if it was sent. */
        STOPPED
    }

    private final Kind kind;
    private final int attempts;

    public TransportException(Kind kind, String message, Throwable cause) {
        this(kind, message, cause, 0);
    }

    private TransportException(Kind kind, String message, Throwable cause, int attempts) {
        super(message, cause);
        this.kind = kind;
        this.attempts = attempts;
    }

    /** The same failure, as the last of {@code attempts} attempts. */
    public TransportException afterAttempts(int attempts) {
        return new TransportException(kind, getMessage() + " (attempt " + attempts + ")", getCause(), attempts);
    }

    public Kind kind() {
        return kind;
    }

    /** How many attempts the request had when this failure ended it, 0 when not known. */
    public int attempts() {
        return attempts;
    }

    /** Whether the request can have reached the server, and so may have been applied. */
    public boolean mayHaveBeenApplied() {
        return kind != Kind.NOT_SENT && kind != Kind.NO_CONNECTION;
    }
}
