package io.github.campaignworkflow.camel.http;

import java.net.URI;
import java.util.List;
import java.util.Objects;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.Method;

/**
 * One HTTP request as it goes on the wire, built once and sent as many times as attempts need: the entity must be
 * repeatable. Headers that change per attempt (the bearer token) are not part of it.
 *
 * @param method  GET or POST; {@link Method#isSafe()} tells a read, which repeating cannot apply twice
 * @param uri     the absolute URI
 * @param headers the fixed headers, in order
 * @param entity  the body, or {@code null}
 */
public record HttpRequestSpec(Method method, URI uri, List<Header> headers, HttpEntity entity) {

    public HttpRequestSpec {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        headers = List.copyOf(headers);
        if (entity != null && !entity.isRepeatable()) {
            throw new IllegalArgumentException("The request entity must be repeatable, requests may be retried");
        }
    }

    /** {@code METHOD path}, for messages and logs: no query, no host, nothing secret. */
    public String describe() {
        return method + " " + uri.getRawPath();
    }

    @Override
    public String toString() {
        return describe();
    }
}
