package io.github.campaignworkflow.camel.http;

import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * The bounds of one request: how long it may wait for a pooled connection, how long its whole response may take once
 * it is written (status line, headers and body), and how large the response's body may be after decoding. The values
 * come from an endpoint, which checked them.
 *
 * @param connectionRequestTimeoutMillis the longest wait for a free pooled connection
 * @param responseTimeoutMillis          the longest time from the request written to the last byte of the response
 * @param maxResponseSize                the largest response body, in bytes, after content decoding
 * @param requestConfig                  HttpClient's part of the bounds, built once; the whole-response deadline and
 *                                       the size limit are the transport's
 */
public record RequestLimits(
        long connectionRequestTimeoutMillis, long responseTimeoutMillis, long maxResponseSize, RequestConfig requestConfig) {

    public RequestLimits(long connectionRequestTimeoutMillis, long responseTimeoutMillis, long maxResponseSize) {
        this(connectionRequestTimeoutMillis, responseTimeoutMillis, maxResponseSize, RequestConfig.custom()
                .setConnectionRequestTimeout(Timeout.ofMilliseconds(connectionRequestTimeoutMillis))
                // the socket read timeout: no single read waits longer than the whole response may take
                .setResponseTimeout(Timeout.ofMilliseconds(responseTimeoutMillis))
                .build());
    }
}
