package io.github.campaignworkflow.camel.http;

import java.security.MessageDigest;
import java.util.Objects;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * A credential value (token, client secret, API key) that never shows itself: {@link #toString()} masks it, so it
 * cannot leak into logs, exception messages or debugger-friendly dumps by accident. Only {@link #reveal()} gives the
 * value, where it is put on the wire.
 */
public final class Secret {

    private static final String MASK = "xxxxxx";

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** @return the secret, or {@code null} when the value is {@code null} or blank */
    public static Secret ofNullable(String value) {
        return value == null || value.isBlank() ? null : new Secret(value);
    }

    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        // constant-time, so equality checks on cache keys do not leak the value through timing
        return other instanceof Secret that
                && MessageDigest.isEqual(value.getBytes(UTF_8), that.value.getBytes(UTF_8));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return MASK;
    }
}
