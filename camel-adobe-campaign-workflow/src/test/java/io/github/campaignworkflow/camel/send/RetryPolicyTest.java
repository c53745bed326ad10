package io.github.campaignworkflow.camel.send;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import io.github.campaignworkflow.camel.AdobeWorkflowTransportException.Kind;
import io.github.campaignworkflow.camel.http.WireResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What is retried, what never is, and how long to wait: one table, one class. */
class RetryPolicyTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    private static RetryPolicy policy(double random) {
        return new RetryPolicy(3, Duration.ofMillis(1000), Duration.ofMillis(30000), CLOCK, () -> random);
    }

    private static WireResponse answer(int status, String retryAfter) {
        return new WireResponse(status, null, retryAfter, new byte[0]);
    }

    @ParameterizedTest(name = "read={0} after HTTP {1}: retried={2}")
    @CsvSource({
            "false, 429, true", "false, 503, true", "false, 500, false", "false, 502, false", "false, 504, false",
            "false, 400, false", "false, 401, false", "false, 404, false", "false, 409, false", "false, 200, false",
            "true, 429, true", "true, 503, true", "true, 502, true", "true, 504, true", "true, 500, false",
            "true, 404, false", "true, 200, false" })
    void statusTable(boolean read, int status, boolean retried) {
        assertThat(policy(0.5).afterResponse(read, 1, answer(status, null)).isPresent()).isEqualTo(retried);
    }

    @ParameterizedTest(name = "read={0} after {1}: retried={2}")
    @CsvSource({
            "false, NOT_SENT, true", "false, RESPONSE_TIMEOUT, false", "false, NO_RESPONSE, false",
            "false, NO_CONNECTION, false", "false, RESPONSE_TOO_LARGE, false", "false, STOPPED, false",
            "true, NOT_SENT, true", "true, RESPONSE_TIMEOUT, true", "true, NO_RESPONSE, false",
            "true, NO_CONNECTION, false", "true, RESPONSE_TOO_LARGE, false", "true, STOPPED, false" })
    void failureTable(boolean read, Kind kind, boolean retried) {
        assertThat(policy(0.5).afterFailure(read, 1, kind).isPresent()).isEqualTo(retried);
    }

    @Test
    void atMostMaxRetriesRetries() {
        RetryPolicy policy = policy(0.5);
        assertThat(policy.afterResponse(false, 3, answer(503, null))).isPresent();
        assertThat(policy.afterResponse(false, 4, answer(503, null))).isEmpty();
        assertThat(new RetryPolicy(0, Duration.ofMillis(10), Duration.ofMillis(10), CLOCK, () -> 0.5)
                .afterResponse(false, 1, answer(503, null))).isEmpty();
    }

    @Test
    void backOffDoublesWithJitterAndIsCapped() {
        // half fixed, half random: attempt n waits between base*2^(n-1)/2 and base*2^(n-1)
        assertThat(policy(0.0).backoff(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy(0.999999).backoff(1)).isEqualTo(Duration.ofMillis(999));
        assertThat(policy(0.0).backoff(2)).isEqualTo(Duration.ofMillis(1000));
        assertThat(policy(0.0).backoff(3)).isEqualTo(Duration.ofMillis(2000));
        assertThat(policy(0.0).backoff(10)).isEqualTo(Duration.ofMillis(15000));
        assertThat(policy(0.999999).backoff(10)).isEqualTo(Duration.ofMillis(29999));
        assertThat(policy(0.999999).backoff(200)).isLessThanOrEqualTo(Duration.ofMillis(30000));
    }

    @Test
    void retryAfterInSecondsOrAsAnHttpDateSetsTheWaitWithinTheCap() {
        RetryPolicy policy = policy(0.5);
        assertThat(policy.afterResponse(false, 1, answer(429, "7"))).contains(Duration.ofSeconds(7));
        assertThat(policy.afterResponse(false, 1, answer(503, "Thu, 26 Nov 2026 10:00:12 GMT")))
                .contains(Duration.ofSeconds(12));
        assertThat(policy.afterResponse(false, 1, answer(503, "Thu, 26 Nov 2026 09:59:00 GMT")))
                .contains(Duration.ZERO);
        assertThat(policy.afterResponse(false, 1, answer(429, "3600"))).contains(Duration.ofSeconds(30));
        // unreadable: the back-off applies
        Optional<Duration> unreadable = policy.afterResponse(false, 1, answer(429, "soon"));
        assertThat(unreadable).contains(Duration.ofMillis(750));
        assertThat(policy.afterResponse(false, 1, answer(429, "-5"))).contains(Duration.ofMillis(750));
    }

    @Test
    void retryAfterDoesNotMakeAnUnsafeRequestRetryable() {
        assertThat(policy(0.5).afterResponse(false, 1, answer(500, "1"))).isEmpty();
    }
}
