package io.github.campaignworkflow.camel.send;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.github.campaignworkflow.camel.AdobeWorkflowAuthenticationException;

/**
 * After a credential could not be had (an IMS token request, a Logon failed), the same failure is given for a while
 * instead of asking again: 1 s after the first failure, doubling with each failure in a row up to 30 s; a success ends
 * it. No jitter, unlike {@link RetryPolicy}: one fetch is shared by every exchange, so there is no herd to spread.
 */
public final class CredentialBackoff {

    private static final Duration FIRST = Duration.ofSeconds(1);
    private static final Duration MAX = Duration.ofSeconds(30);

    private record Failure(AdobeWorkflowAuthenticationException cause, long retryAtMillis, int consecutive) {
    }

    private final Clock clock;
    private volatile Failure last;

    public CredentialBackoff(Clock clock) {
        this.clock = clock;
    }

    /** @return the failure to give instead of asking, saying until when, while the back-off lasts; else {@code null} */
    public AdobeWorkflowAuthenticationException pending() {
        Failure failure = last;
        return failure != null && clock.millis() < failure.retryAtMillis()
                ? failure.cause().repeatedUntil(Instant.ofEpochMilli(failure.retryAtMillis())) : null;
    }

    public void failed(AdobeWorkflowAuthenticationException cause) {
        Failure previous = last;
        int consecutive = previous != null ? previous.consecutive() + 1 : 1;
        Duration wait = FIRST.multipliedBy(1L << Math.min(consecutive - 1, 5));
        last = new Failure(cause, clock.millis() + Math.min(wait.toMillis(), MAX.toMillis()), consecutive);
    }

    public void succeeded() {
        last = null;
    }
}
