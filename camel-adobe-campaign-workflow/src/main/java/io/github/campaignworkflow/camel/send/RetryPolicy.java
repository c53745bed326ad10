package io.github.campaignworkflow.camel.send;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.DoubleSupplier;

import io.github.campaignworkflow.camel.AdobeWorkflowTransportException.Kind;
import io.github.campaignworkflow.camel.http.WireResponse;

/**
 * Decides whether a request is sent once more, and when. A workflow command is not idempotent in effect (a repeated
 * start can restart a marketing workflow), so a request is repeated only when it certainly was not applied:
 * <ul>
 * <li>any request: the connection failed before it was written, or Adobe answered 429 or 503;</li>
 * <li>a read (a GET, or a SOAP query) also after 502, 504 or a response timeout.</li>
 * </ul>
 * Anything else (a command, a signal) is never repeated after a response timeout, a connection dropped after
 * sending, or 500/502/504.
 * <p>
 * The wait is Adobe's {@code Retry-After} (seconds or an HTTP date) when it sent one, else an exponential back-off
 * from {@code initialDelay}, doubled per retry, with jitter; both are capped at {@code maxDelay}.
 */
public final class RetryPolicy {

    private final int maxRetries;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final Clock clock;
    private final DoubleSupplier random;

    /**
     * @param maxRetries   0 or more, as the endpoint checked
     * @param initialDelay not negative, as the endpoint checked
     * @param random       uniform values in [0, 1) for the jitter
     */
    public RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay, Clock clock, DoubleSupplier random) {
        this.maxRetries = maxRetries;
        this.initialDelay = initialDelay;
        this.maxDelay = maxDelay;
        this.clock = clock;
        this.random = random;
    }

    public int maxRetries() {
        return maxRetries;
    }

    /**
     * After a response.
     *
     * @param  read     whether the request only reads
     * @param  attempts how many attempts were made so far, this one included
     * @return          the wait before the next attempt, or empty when the response stands
     */
    public Optional<Duration> afterResponse(boolean read, int attempts, WireResponse response) {
        if (attempts > maxRetries || !isRetryable(read, response.status())) {
            return Optional.empty();
        }
        Duration requested = parseRetryAfter(response.retryAfter());
        return Optional.of(requested != null ? cap(requested) : backoff(attempts));
    }

    /**
     * After an attempt that got no response.
     *
     * @param  read     whether the request only reads
     * @param  attempts how many attempts were made so far, this one included
     * @return          the wait before the next attempt, or empty when the failure stands
     */
    public Optional<Duration> afterFailure(boolean read, int attempts, Kind failure) {
        if (attempts > maxRetries || !isRetryable(read, failure)) {
            return Optional.empty();
        }
        return Optional.of(backoff(attempts));
    }

    static boolean isRetryable(boolean read, int status) {
        return switch (status) {
            case 429, 503 -> true;
            case 502, 504 -> read;
            default -> false;
        };
    }

    static boolean isRetryable(boolean read, Kind kind) {
        return switch (kind) {
            case NOT_SENT -> true;
            case RESPONSE_TIMEOUT -> read;
            // a saturated pool is not Adobe refusing: waiting longer in it would only add load
            case NO_CONNECTION, NO_RESPONSE, RESPONSE_TOO_LARGE, STOPPED -> false;
        };
    }

    /** Half the exponential delay fixed, half random, so that many clients throttled together do not return together. */
    Duration backoff(int attempts) {
        long base = initialDelay.toMillis();
        long exponential = base << Math.min(attempts - 1, 30);
        long capped = exponential < base ? maxDelay.toMillis() : Math.min(exponential, maxDelay.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (capped - half)));
    }

    private Duration cap(Duration wait) {
        return wait.compareTo(maxDelay) > 0 ? maxDelay : wait;
    }

    /** @return the wait Adobe asked for, or {@code null} when the header is absent or unreadable */
    Duration parseRetryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        try {
            long seconds = Long.parseLong(trimmed);
            return seconds >= 0 ? Duration.ofSeconds(seconds) : null;
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(clock.instant(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
