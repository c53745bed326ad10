package io.github.campaignworkflow.camel.auth;

import java.time.Duration;
import java.time.Instant;

/**
 * A token from IMS and its timing.
 *
 * @param value     the token
 * @param expiresAt when IMS stops accepting it
 * @param refreshAt when it is replaced ahead of expiry
 */
public record AccessToken(Secret value, Instant expiresAt, Instant refreshAt) {

    /**
     * A token issued now with the given lifetime. It is replaced ahead of expiry by the larger of {@code minMargin}
     * and a tenth of its lifetime, but never later than half-way through it.
     */
    public static AccessToken issued(Secret value, Instant now, Duration lifetime, Duration minMargin) {
        Duration margin = max(minMargin, lifetime.dividedBy(10));
        Duration half = lifetime.dividedBy(2);
        if (margin.compareTo(half) > 0) {
            margin = half;
        }
        Instant expiresAt = now.plus(lifetime);
        return new AccessToken(value, expiresAt, expiresAt.minus(margin));
    }

    public boolean isFresh(Instant now) {
        return now.isBefore(refreshAt);
    }

    /** The same check on epoch milliseconds: the hot path reads {@code Clock.millis()}, which allocates nothing. */
    public boolean isFresh(long nowMillis) {
        return nowMillis < refreshAt.toEpochMilli();
    }

    public boolean isUsable(Instant now) {
        return now.isBefore(expiresAt);
    }

    public boolean isUsable(long nowMillis) {
        return nowMillis < expiresAt.toEpochMilli();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    @Override
    public String toString() {
        return "AccessToken[value=" + value + ", expiresAt=" + expiresAt + ", refreshAt=" + refreshAt + "]";
    }
}
