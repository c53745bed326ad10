package io.github.campaignworkflow.simulator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bearer tokens this simulator issued, with their client and expiry. Expiry is judged on the
 * injectable clock so a test can make a token expire without waiting 24 hours.
 */
final class TokenRegistry {

    private record IssuedToken(String clientId, Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, IssuedToken> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger issuedByIms = new AtomicInteger();
    private final Clock clock;
    private final Duration lifetime;

    TokenRegistry(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A token answered by the IMS endpoint: counted in {@link #issuedByIms()}. */
    String issueThroughIms(String clientId) {
        issuedByIms.incrementAndGet();
        return issue(clientId);
    }

    /** A token handed out directly (tests wanting a static token): not counted as an IMS exchange. */
    String issue(String clientId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        // Real IMS tokens are JWTs; the "sim-" prefix makes it obvious where a token came from.
        String token = "sim-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.put(token, new IssuedToken(clientId, clock.instant().plus(lifetime)));
        return token;
    }

    /** The client the token was issued to, when the token is known and not expired. */
    Optional<String> clientOfValidToken(String token) {
        IssuedToken issued = tokens.get(token);
        if (issued == null || !clock.instant().isBefore(issued.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(issued.clientId());
    }

    /** Ends the token's life now, as an expiry would; an unknown token is ignored. */
    void expire(String token) {
        tokens.remove(token);
    }

    int issuedByIms() {
        return issuedByIms.get();
    }

    /** Restarts the count of {@link #issuedByIms()}; the tokens already issued stay valid. */
    void resetIssuedCount() {
        issuedByIms.set(0);
    }

    Duration lifetime() {
        return lifetime;
    }
}
