package io.github.campaignworkflow.camel.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Supplies IMS tokens for one OAuth Server-to-Server credential, shared by every endpoint that uses it.
 * <ul>
 * <li><b>Cached</b>: a token is reused until its refresh time (ahead of expiry, see {@link AccessToken#issued}).</li>
 * <li><b>Single flight</b>: however many exchanges need a token at once, one asks IMS; the others wait for that
 * answer, or its failure. While a still-valid token is being replaced, the others keep using it.</li>
 * <li><b>Recovers from 401</b>: {@link #invalidate(String)} drops a token Adobe refused, so the next call fetches a
 * new one.</li>
 * <li><b>Backs off</b>: after a failed fetch, callers get that failure at once for a short, growing while (1 s
 * doubling to 30 s) instead of each calling IMS again.</li>
 * </ul>
 * camel-http's OAuth2 support caches tokens, but it neither serialises concurrent fetches nor drops a token on 401,
 * which is why this class exists.
 */
public final class ClientCredentialsTokenProvider implements AccessTokenProvider {

    private static final Logger LOG = LoggerFactory.getLogger(ClientCredentialsTokenProvider.class);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    /** The fetch behind the cache: {@link ImsTokenClient#fetch()} in production. */
    @FunctionalInterface
    public interface TokenFetcher {
        AccessToken fetch() throws ImsTokenException;
    }

    private record Failure(ImsTokenException cause, Instant retryAt) {
    }

    private final TokenFetcher fetcher;
    private final String clientId;
    private final Clock clock;
    private final ReentrantLock fetchLock = new ReentrantLock();

    private volatile AccessToken current;
    private volatile Failure lastFailure;
    private int consecutiveFailures;

    public ClientCredentialsTokenProvider(TokenFetcher fetcher, String clientId, Clock clock) {
        this.fetcher = fetcher;
        this.clientId = clientId;
        this.clock = clock;
    }

    @Override
    public String getAccessToken() throws ImsTokenException {
        AccessToken token = current;
        long now = clock.millis();
        if (token != null && token.isFresh(now)) {
            return token.value().reveal();
        }
        // due for refresh but still valid while another thread fetches: no reason to wait for it
        if (token != null && token.isUsable(now) && fetchLock.isLocked()) {
            return token.value().reveal();
        }
        fetchLock.lock();
        try {
            return fetchUnderLock();
        } finally {
            fetchLock.unlock();
        }
    }

    private String fetchUnderLock() throws ImsTokenException {
        Instant now = clock.instant();
        AccessToken token = current;
        if (token != null && token.isFresh(now)) {
            return token.value().reveal(); // another thread fetched it while this one waited
        }
        Failure failure = lastFailure;
        if (failure != null && now.isBefore(failure.retryAt())) {
            if (token != null && token.isUsable(now)) {
                return token.value().reveal();
            }
            throw new ImsTokenException(failure.cause().getMessage() + " (not asking IMS again before "
                                        + failure.retryAt() + ")",
                    failure.cause().getStatusCode(), failure.cause().getImsError(), failure.cause());
        }
        try {
            AccessToken fresh = fetcher.fetch();
            current = fresh;
            lastFailure = null;
            consecutiveFailures = 0;
            LOG.debug("Obtained an IMS access token for client ID {}, valid until {}, replaced from {}", clientId,
                    fresh.expiresAt(), fresh.refreshAt());
            return fresh.value().reveal();
        } catch (ImsTokenException e) {
            consecutiveFailures++;
            Instant retryAt = clock.instant().plus(backoff(consecutiveFailures));
            lastFailure = new Failure(e, retryAt);
            if (token != null && token.isUsable(now)) {
                LOG.warn("Could not replace the IMS access token for client ID {} ahead of its expiry at {}; still using"
                         + " it. Cause: {}", clientId, token.expiresAt(), e.getMessage());
                return token.value().reveal();
            }
            throw e;
        }
    }

    private static Duration backoff(int failures) {
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(failures - 1, 5));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    @Override
    public boolean invalidate(String rejectedToken) {
        fetchLock.lock();
        try {
            AccessToken token = current;
            if (token != null && token.value().reveal().equals(rejectedToken)) {
                current = null;
                LOG.debug("Adobe refused the IMS access token of client ID {}: it is dropped", clientId);
            }
            // a failure back-off must not keep the retry from asking IMS for the replacement
            lastFailure = null;
            return true;
        } finally {
            fetchLock.unlock();
        }
    }

    @Override
    public String toString() {
        return "ClientCredentialsTokenProvider[clientId=" + clientId + "]";
    }
}
