package io.github.campaignworkflow.camel.http;

import java.util.concurrent.TimeUnit;

import org.apache.hc.core5.concurrent.Cancellable;

/**
 * The deadline of one response: armed when the request is written, it lets the transport's sweep abort the request
 * (closing its connection, so nothing is drained) if the last byte of the response has not been read in time.
 * HttpClient's own response timeout bounds each socket read only; a server that drips or never ends its body would
 * pass it forever. Arming is a field write, not a timer task per request: the sending thread stays as cheap as a
 * plain HttpClient call.
 */
final class ResponseDeadline {

    /** The {@code HttpContext} attribute under which {@link BoundedRequestExecutor} finds the deadline to arm. */
    static final String ATTRIBUTE = ResponseDeadline.class.getName();

    private static final long NOT_ARMED = Long.MIN_VALUE;

    private final Cancellable request;
    private final long timeoutMillis;
    private volatile long expiresAtNanos = NOT_ARMED;
    private volatile boolean expired;

    ResponseDeadline(Cancellable request, long timeoutMillis) {
        this.request = request;
        this.timeoutMillis = timeoutMillis;
    }

    /** The request is being written: the clock starts. A second call (CONNECT, then the request) changes nothing. */
    void arm() {
        if (expiresAtNanos == NOT_ARMED) {
            expiresAtNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        }
    }

    /** Called by the sweep: aborts the request once its time is up. */
    void abortIfExpired(long nowNanos) {
        long expiresAt = expiresAtNanos;
        if (expiresAt != NOT_ARMED && nowNanos - expiresAt >= 0 && !expired) {
            expired = true;
            request.cancel();
        }
    }

    /** Aborts the request now, whatever its deadline: the component is stopping. */
    void abort() {
        request.cancel();
    }

    boolean expired() {
        return expired;
    }

    long timeoutMillis() {
        return timeoutMillis;
    }
}
