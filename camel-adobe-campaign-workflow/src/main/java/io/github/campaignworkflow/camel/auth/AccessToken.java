package io.github.campaignworkflow.camel.auth;

import java.time.Duration;
import java.time.Instant;

import io.github.campaignworkflow.camel.http.Secret;

/**
 * A token from IMS and its timing, in epoch milliseconds.
 *
 * @param value           the token
 * @param expiresAtMillis when IMS stops accepting it
 * @param refreshAtMillis when it is replaced ahead of expiry
 */
public record AccessToken(Secret value, long expiresAtMillis, long refreshAtMillis) {

    /** The longest lifetime used, whatever IMS says: Adobe's tokens live 24 hours. */
    public static final Duration MAX_LIFETIME = Duration.ofHours(24);

    /**
     * A token issued at {@code nowMillis} with the given lifetime (at most {@link #MAX_LIFETIME} is used). It is
     * replaced ahead of expiry by the larger of {@code minMargin} and a tenth of its lifetime, but never later than
     * half-way through it.
     */
    public static AccessToken issued(Secret value, long nowMillis, Duration lifetime, Duration minMargin) {
        long life = Math.min(lifetime.toMillis(), MAX_LIFETIME.toMillis());
        long margin = Math.min(Math.max(minMargin.toMillis(), life / 10), life / 2);
        return new AccessToken(value, nowMillis + life, nowMillis + life - margin);
    }

    public boolean isFresh(long nowMillis) {
        return nowMillis < refreshAtMillis;
    }

    public boolean isUsable(long nowMillis) {
        return nowMillis < expiresAtMillis;
    }

    @Override
    public String toString() {
        return "AccessToken[value=" + value + ", expiresAt=" + Instant.ofEpochMilli(expiresAtMillis) + ", refreshAt="
               + Instant.ofEpochMilli(refreshAtMillis) + "]";
    }
}
