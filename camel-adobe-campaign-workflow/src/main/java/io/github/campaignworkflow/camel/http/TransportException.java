package io.github.campaignworkflow.camel.http;

import java.io.IOException;

import io.github.campaignworkflow.camel.AdobeWorkflowTransportException.Kind;

/**
 * An HTTP exchange that got no usable response. {@link #kind()} says how far the request got, which is what decides
 * whether it may be sent again. The kind is the public {@link Kind} of the failure a route finally sees: the one
 * place where how far a request got is determined is here, so the transport names it directly.
 */
public final class TransportException extends IOException {

    private final Kind kind;

    public TransportException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
