package io.github.campaignworkflow.camel.http;

import java.io.IOException;

/**
 * An HTTP attempt that got no usable answer. {@link #kind()} says how far the request got, which is what decides
 * whether it may be sent again.
 */
public class TransportException extends IOException {

    /** How far a failed attempt got. */
    public enum Kind {
        /** The request was not written: connecting failed, or no pooled connection became free. Safe to repeat. */
        NOT_SENT,
        /** The request was sent and no answer came within the response timeout. It may have been applied. */
        RESPONSE_TIMEOUT,
        /** The request was sent and the connection broke or the answer was unreadable. It may have been applied. */
        NO_RESPONSE
    }

    private final Kind kind;

    public TransportException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
