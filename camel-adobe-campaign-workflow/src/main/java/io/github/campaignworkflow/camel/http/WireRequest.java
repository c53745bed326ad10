package io.github.campaignworkflow.camel.http;

import java.net.URI;
import java.util.Objects;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.Method;

/**
 * One HTTP request as it goes on the wire, credentials included: built for one attempt. Its entity must be
 * repeatable, since the same body may be sent again by a later attempt.
 *
 * @param method  GET or POST
 * @param uri     the absolute URI
 * @param headers every header the request carries, in order; secret values are {@link MaskedHeader}s
 * @param entity  the body, or {@code null}
 * @param action  what the request does where the path does not say it (a SOAP method such as
 *                {@code xtk:workflow#Start}), or {@code null}
 */
public record WireRequest(Method method, URI uri, Header[] headers, HttpEntity entity, String action) {

    public WireRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(headers, "headers");
        if (entity != null && !entity.isRepeatable()) {
            throw new IllegalArgumentException("The request entity must be repeatable, requests may be retried");
        }
    }

    /** {@code METHOD path} or {@code action (METHOD path)}, for messages and logs: no query, no host, nothing secret. */
    public String describe() {
        String request = method + " " + uri.getRawPath();
        return action != null ? action + " (" + request + ")" : request;
    }

    @Override
    public String toString() {
        return describe();
    }
}
