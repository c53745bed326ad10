package io.github.campaignworkflow.simulator;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

/**
 * Injected rate limiting for retry tests: when on, every Nth API request (IMS excluded) answers
 * {@code 429} with {@code Retry-After} in whole seconds. Deterministic on purpose, unlike a real quota.
 */
final class RequestThrottle {

    private record Setting(int every, Duration retryAfter) {
    }

    private volatile Setting setting;
    private final AtomicLong apiRequests = new AtomicLong();

    RequestThrottle(int every, Duration retryAfter) {
        configure(every, retryAfter);
    }

    /** {@code every} 0 turns throttling off; reconfiguring restarts the count. */
    void configure(int every, Duration retryAfter) {
        if (every < 0) {
            throw new IllegalArgumentException("throttleEvery must be 0 (off) or positive: " + every);
        }
        if (retryAfter == null || retryAfter.isNegative()) {
            throw new IllegalArgumentException("Retry-After must be zero or positive: " + retryAfter);
        }
        setting = new Setting(every, retryAfter);
        apiRequests.set(0);
    }

    Optional<ResponseDefinition> check() {
        Setting current = setting;
        long count = apiRequests.incrementAndGet();
        if (current.every() == 0 || count % current.every() != 0) {
            return Optional.empty();
        }
        return Optional.of(tooManyRequests(current.retryAfter()));
    }

    private static ResponseDefinition tooManyRequests(Duration retryAfter) {
        // Retry-After carries whole seconds; round up so a client never retries too early.
        long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
        ResponseDefinition json = JsonAnswers.gatewayError(429, "429050", "Too many requests");
        return responseDefinition()
                .withStatus(429)
                .withHeader("Content-Type", JsonAnswers.JSON)
                .withHeader("Retry-After", Long.toString(seconds))
                .withBody(json.getBody())
                .build();
    }
}
