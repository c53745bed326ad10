package io.github.campaignworkflow.camel.http;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.hc.core5.concurrent.Cancellable;

/**
 * The deadline of one answer: armed when the request is written, it aborts the request (closing its connection, so
 * nothing is drained) if the last byte of the answer has not been read in time. HttpClient's own response timeout
 * bounds each socket read only; a server that drips or never ends its body would pass it forever.
 */
final class AnswerDeadline {

    /** The {@code HttpContext} attribute under which {@link BoundedRequestExecutor} finds the deadline to arm. */
    static final String ATTRIBUTE = AnswerDeadline.class.getName();

    private final Cancellable request;
    private final ScheduledExecutorService timer;
    private final long timeoutMillis;
    private ScheduledFuture<?> abort;
    private volatile boolean expired;
    private boolean finished;

    AnswerDeadline(Cancellable request, ScheduledExecutorService timer, long timeoutMillis) {
        this.request = request;
        this.timer = timer;
        this.timeoutMillis = timeoutMillis;
    }

    /** The request is being written: the clock starts. A second call (CONNECT, then the request) changes nothing. */
    synchronized void arm() {
        if (abort != null || finished) {
            return;
        }
        try {
            abort = timer.schedule(this::expire, timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            request.cancel();
        }
    }

    private void expire() {
        expired = true;
        request.cancel();
    }

    /** The answer was read, or the request failed: the deadline no longer matters. */
    synchronized void disarm() {
        finished = true;
        if (abort != null) {
            abort.cancel(false);
        }
    }

    boolean expired() {
        return expired;
    }

    long timeoutMillis() {
        return timeoutMillis;
    }
}
