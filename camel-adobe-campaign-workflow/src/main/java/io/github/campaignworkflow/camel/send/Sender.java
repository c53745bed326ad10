package io.github.campaignworkflow.camel.send;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.github.campaignworkflow.camel.AdobeWorkflowAuthenticationException;
import io.github.campaignworkflow.camel.AdobeWorkflowTransportException;
import io.github.campaignworkflow.camel.http.HttpTransport;
import io.github.campaignworkflow.camel.http.RequestLimits;
import io.github.campaignworkflow.camel.http.TransportException;
import io.github.campaignworkflow.camel.http.WireRequest;
import io.github.campaignworkflow.camel.http.WireResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a request until it has a response that stands, the way the contract asks: a credential per attempt; once more
 * with a new credential when the server refused the credential and the supply allows it; again only where the
 * {@link RetryPolicy} says the request certainly was not applied. The first attempt runs on the caller's thread; an
 * attempt that had to wait (a back-off, a credential being fetched) runs on the transport's executor, never on a
 * timer thread. Waiting for a credential lasts at most {@code responseTimeout}: a shared fetch that takes longer goes
 * on for the others, under its own deadline.
 *
 * @param <C> the credential of an attempt
 */
public final class Sender<C> {

    private static final Logger LOG = LoggerFactory.getLogger(Sender.class);

    private final HttpTransport transport;
    private final Credentials<C> credentials;
    private final RetryPolicy retryPolicy;
    private final RequestLimits limits;
    private final WaitScheduler waits;
    private final String endpointName;
    private final Duration credentialWait;

    /**
     * @param endpointName the endpoint, secrets masked, named in authentication failures
     */
    public Sender(HttpTransport transport, Credentials<C> credentials, RetryPolicy retryPolicy, RequestLimits limits,
                  WaitScheduler waits, String endpointName) {
        this.transport = transport;
        this.credentials = credentials;
        this.retryPolicy = retryPolicy;
        this.limits = limits;
        this.waits = waits;
        this.endpointName = endpointName;
        this.credentialWait = Duration.ofMillis(limits.responseTimeoutMillis());
    }

    /**
     * The future completes with the last response, whatever its status, or fails with
     * {@link AdobeWorkflowAuthenticationException} (no credential: nothing sent) or
     * {@link AdobeWorkflowTransportException} (no response).
     */
    public CompletableFuture<Sent> send(Outgoing<C> request) {
        Attempts attempts = new Attempts(request);
        attempts.next();
        return attempts.result;
    }

    /** The attempts of one request. */
    private final class Attempts {
        private final Outgoing<C> request;
        private final CompletableFuture<Sent> result = new CompletableFuture<>();
        private int attempts;
        private int retries;
        private boolean renewed;

        Attempts(Outgoing<C> request) {
            this.request = request;
        }

        /** Gets a credential, then attempts: at once when it is at hand, else when it comes. */
        void next() {
            if (waits.isStopping()) {
                stopped(request.describe());
                return;
            }
            CompletableFuture<C> credential = credentials.current();
            if (credential.isDone()) {
                withCredential(credential);
                return;
            }
            waits.race(credential, credentialWait, transport.executor(), () -> withCredential(credential),
                    () -> result.completeExceptionally(AdobeWorkflowAuthenticationException.noCredentialInTime(
                            credentials.kind(), endpointName, credentialWait.toMillis())),
                    () -> stopped(request.describe()));
        }

        private void withCredential(CompletableFuture<C> credential) {
            C value;
            try {
                value = credential.join();
            } catch (CompletionException | CancellationException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                result.completeExceptionally(
                        AdobeWorkflowAuthenticationException.noCredential(credentials.kind(), endpointName, cause));
                return;
            }
            try {
                attempt(value);
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }

        private void attempt(C credential) {
            attempts++;
            WireRequest wire = request.toWire(credential);
            WireResponse response;
            try {
                response = transport.exchange(wire, limits);
            } catch (TransportException e) {
                Optional<Duration> wait = retryPolicy.afterFailure(request.isRead(), retries + 1, e.kind());
                if (wait.isPresent()) {
                    retryLater(wait.get(), e.getMessage());
                } else {
                    result.completeExceptionally(
                            AdobeWorkflowTransportException.of(e.kind(), e.getMessage(), attempts, e.getCause()));
                }
                return;
            }
            if (!renewed && credentials.isRefusal(response) && credentials.renew(credential)) {
                renewed = true;
                LOG.debug("{} was refused its {}: sending it once more with a new one", wire, credentials.kind());
                next();
                return;
            }
            Optional<Duration> wait = retryPolicy.afterResponse(request.isRead(), retries + 1, response);
            if (wait.isPresent()) {
                retryLater(wait.get(), "HTTP " + response.status());
                return;
            }
            result.complete(new Sent(response, attempts));
        }

        private void retryLater(Duration wait, String cause) {
            retries++;
            if (LOG.isDebugEnabled()) {
                LOG.debug("Retrying {} in {} ms after {} (retry {} of {})", request.describe(), wait.toMillis(), cause,
                        retries, retryPolicy.maxRetries());
            }
            waits.after(wait, transport.executor(), this::next, () -> stopped("the retry of " + request.describe()));
        }

        private void stopped(String what) {
            result.completeExceptionally(AdobeWorkflowTransportException.stopping(what, attempts));
        }
    }
}
