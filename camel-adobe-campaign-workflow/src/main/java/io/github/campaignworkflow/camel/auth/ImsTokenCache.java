package io.github.campaignworkflow.camel.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.github.campaignworkflow.camel.AdobeWorkflowAuthenticationException;
import io.github.campaignworkflow.camel.http.WireResponse;
import io.github.campaignworkflow.camel.send.CredentialBackoff;
import io.github.campaignworkflow.camel.send.Credentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The IMS tokens of one OAuth Server-to-Server credential, shared by every endpoint that uses it.
 * <ul>
 * <li><b>Cached</b>: a token is reused until its refresh time (ahead of expiry, see {@link AccessToken#issued}).</li>
 * <li><b>Single flight, no lock</b>: however many exchanges need a token at once, one fetch runs; the others share its
 * future, and continue when it ends. While a still-valid token is being replaced, they keep using it.</li>
 * <li><b>Backs off</b>: after a failed fetch (IMS unreachable, refusing, or answering a token without a usable
 * lifetime), callers get that failure at once for a growing while (1 s doubling to 30 s).</li>
 * <li><b>Bounded 401 recovery</b>: a token Adobe refused is dropped and fetched anew at most once per 10 seconds; within
 * that window a 401 stands.</li>
 * </ul>
 * camel-http's OAuth2 support caches tokens, but it neither shares concurrent fetches nor drops a token on 401, which
 * is why this class exists.
 */
public final class ImsTokenCache implements Credentials<String> {

    private static final Logger LOG = LoggerFactory.getLogger(ImsTokenCache.class);
    /** At most one IMS request per this window is caused by Adobe refusing a token. */
    static final Duration RENEWAL_AFTER_401_WINDOW = Duration.ofSeconds(10);

    private final Supplier<CompletableFuture<AccessToken>> fetcher;
    private final String clientId;
    private final Clock clock;
    private final CredentialBackoff backoff;

    private volatile AccessToken current;
    private final AtomicReference<CompletableFuture<AccessToken>> inFlight = new AtomicReference<>();
    private long lastRenewalAfter401 = Long.MIN_VALUE / 2; // guarded by this

    /**
     * @param fetcher asks IMS for a token; its future must end within the token request's deadline
     */
    public ImsTokenCache(Supplier<CompletableFuture<AccessToken>> fetcher, String clientId, Clock clock) {
        this.fetcher = fetcher;
        this.clientId = clientId;
        this.clock = clock;
        this.backoff = new CredentialBackoff(clock);
    }

    @Override
    public String kind() {
        return BearerTokens.KIND;
    }

    @Override
    public boolean isRefusal(WireResponse response) {
        return BearerTokens.isUnauthorized(response);
    }

    @Override
    public CompletableFuture<String> current() {
        long now = clock.millis();
        AccessToken token = current;
        if (token != null && token.isFresh(now)) {
            return CompletableFuture.completedFuture(token.value().reveal());
        }
        boolean usable = token != null && token.isUsable(now);
        AdobeWorkflowAuthenticationException backedOff = backoff.pending();
        if (backedOff != null) {
            return usable
                    ? CompletableFuture.completedFuture(token.value().reveal())
                    : CompletableFuture.failedFuture(backedOff);
        }
        while (true) {
            CompletableFuture<AccessToken> running = inFlight.get();
            if (running != null) {
                // while a still-valid token is being replaced, the others keep using it
                return usable ? CompletableFuture.completedFuture(token.value().reveal())
                        : running.thenApply(fresh -> fresh.value().reveal());
            }
            CompletableFuture<AccessToken> mine = new CompletableFuture<>();
            if (inFlight.compareAndSet(null, mine)) {
                start(mine);
                // the caller that starts a replacement waits for it, and falls back on the old token if it fails
                return usable ? mine.handle((fresh, failed) -> (failed == null ? fresh : token).value().reveal())
                        : mine.thenApply(fresh -> fresh.value().reveal());
            }
        }
    }

    private void start(CompletableFuture<AccessToken> mine) {
        CompletableFuture<AccessToken> fetch;
        try {
            fetch = fetcher.get();
        } catch (RuntimeException e) {
            fetch = CompletableFuture.failedFuture(e);
        }
        fetch.whenComplete((fresh, failure) -> {
            if (failure == null) {
                current = fresh;
                backoff.succeeded();
                LOG.debug("Obtained an IMS access token for client ID {}, valid until {}", clientId,
                        Instant.ofEpochMilli(fresh.expiresAtMillis()));
                inFlight.set(null);
                mine.complete(fresh);
                return;
            }
            AdobeWorkflowAuthenticationException cause
                    = failure instanceof AdobeWorkflowAuthenticationException ims ? ims
                    : failure.getCause() instanceof AdobeWorkflowAuthenticationException ims ? ims
                    : AdobeWorkflowAuthenticationException.refused(
                            "The token request for client ID '" + clientId + "' failed: " + failure, 0, null, failure);
            backoff.failed(cause);
            AccessToken stale = current;
            if (stale != null && stale.isUsable(clock.millis())) {
                LOG.warn("Could not replace the IMS access token for client ID {} ahead of its expiry at {}; still"
                         + " using it. Cause: {}", clientId, Instant.ofEpochMilli(stale.expiresAtMillis()),
                        cause.getMessage());
            }
            inFlight.set(null);
            mine.completeExceptionally(cause);
        });
    }

    /**
     * Drops the refused token, if it is still the current one, unless a token was already dropped for a 401 in the
     * last 10 seconds: a revoked credential then fails fast instead of sending IMS a request per exchange. The lock
     * only guards these few fields, never a fetch.
     */
    @Override
    public synchronized boolean renew(String rejectedToken) {
        AccessToken token = current;
        if (token == null || !token.value().reveal().equals(rejectedToken)) {
            return true; // already dropped or replaced: the next attempt gets the new token
        }
        long now = clock.millis();
        if (now - lastRenewalAfter401 < RENEWAL_AFTER_401_WINDOW.toMillis()) {
            LOG.debug("Adobe refused the IMS access token of client ID {}, renewed less than {} s ago: the 401 stands",
                    clientId, RENEWAL_AFTER_401_WINDOW.toSeconds());
            return false;
        }
        lastRenewalAfter401 = now;
        current = null;
        LOG.debug("Adobe refused the IMS access token of client ID {}: it is dropped", clientId);
        return true;
    }

    @Override
    public String toString() {
        return "ImsTokenCache[clientId=" + clientId + "]";
    }
}
