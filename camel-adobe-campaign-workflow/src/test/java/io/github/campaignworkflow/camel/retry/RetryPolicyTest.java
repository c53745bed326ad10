package io.github.campaignworkflow.camel.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import io.github.campaignworkflow.camel.http.AdobeResponse;
import io.github.campaignworkflow.camel.http.TransportException;
import io.github.campaignworkflow.camel.http.TransportException.Kind;
import org.apache.hc.core5.http.Method;
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

    private static AdobeResponse answer(int status, String retryAfter) {
        return new AdobeResponse(status, null, retryAfter, new byte[0]);
    }

    @ParameterizedTest(name = "{0} after HTTP {1}: retried={2}")
    @CsvSource({
            "POST, 429, true", "POST, 503, true", "POST, 500, false", "POST, 502, false", "POST, 504, false",
            "POST, 400, false", "POST, 401, false", "POST, 404, false", "POST, 409, false", "POST, 200, false",
            "GET, 429, true", "GET, 503, true", "GET, 502, true", "GET, 504, true", "GET, 500, false",
            "GET, 404, false", "GET, 200, false" })
    void statusTable(Method method, int status, boolean retried) {
        assertThat(policy(0.5).afterResponse(method, 1, answer(status, null)).isPresent()).isEqualTo(retried);
    }

    @ParameterizedTest(name = "{0} after {1}: retried={2}")
    @CsvSource({
            "POST, NOT_SENT, true", "POST, RESPONSE_TIMEOUT, false", "POST, NO_RESPONSE, false",
            "POST, NO_CONNECTION, false", "POST, RESPONSE_TOO_LARGE, false", "POST, STOPPED, false",
            "GET, NOT_SENT, true", "GET, RESPONSE_TIMEOUT, true", "GET, NO_RESPONSE, false",
            "GET, NO_CONNECTION, false", "GET, RESPONSE_TOO_LARGE, false", "GET, STOPPED, false" })
    void failureTable(Method method, Kind kind, boolean retried) {
        TransportException failure = new TransportException(kind, "x", null);
        assertThat(policy(0.5).afterFailure(method, 1, failure).isPresent()).isEqualTo(retried);
    }

    @Test
    void atMostMaxRetriesRetries() {
        RetryPolicy policy = policy(0.5);
        assertThat(policy.afterResponse(Method.POST, 3, answer(503, null))).isPresent();
        assertThat(policy.afterResponse(Method.POST, 4, answer(503, null))).isEmpty();
        assertThat(new RetryPolicy(0, Duration.ofMillis(10), Duration.ofMillis(10), CLOCK, () -> 0.5)
                .afterResponse(Method.POST, 1, answer(503, null))).isEmpty();
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
        assertThat(policy.afterResponse(Method.POST, 1, answer(429, "7"))).contains(Duration.ofSeconds(7));
        assertThat(policy.afterResponse(Method.POST, 1, answer(503, "Thu, 26 Nov 2026 10:00:12 GMT")))
                .contains(Duration.ofSeconds(12));
        assertThat(policy.afterResponse(Method.POST, 1, answer(503, "Thu, 26 Nov 2026 09:59:00 GMT")))
                .contains(Duration.ZERO);
        assertThat(policy.afterResponse(Method.POST, 1, answer(429, "3600"))).contains(Duration.ofSeconds(30));
        // unreadable: the back-off applies
        Optional<Duration> unreadable = policy.afterResponse(Method.POST, 1, answer(429, "soon"));
        assertThat(unreadable).contains(Duration.ofMillis(750));
        assertThat(policy.afterResponse(Method.POST, 1, answer(429, "-5"))).contains(Duration.ofMillis(750));
    }

    @Test
    void retryAfterDoesNotMakeAnUnsafeRequestRetryable() {
        assertThat(policy(0.5).afterResponse(Method.POST, 1, answer(500, "1"))).isEmpty();
    }
}
