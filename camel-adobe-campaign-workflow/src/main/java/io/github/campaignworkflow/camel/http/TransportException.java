package io.github.campaignworkflow.camel.http;

import java.io.IOException;

/**
 * An HTTP attempt that got no usable response. {@link #kind()} says how far the request got, which is what decides
 * whether it may be sent again. Inside the component only: a request that ends with one fails the exchange with the
 * public {@code AdobeWorkflowTransportException}, whose {@code Kind} has the same constants and says what each means.
 */
public class TransportException extends IOException {

    /** How far a failed attempt got. */
    public enum Kind {
        NOT_SENT, NO_CONNECTION, RESPONSE_TIMEOUT, NO_RESPONSE, RESPONSE_TOO_LARGE, STOPPED
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
