package io.github.campaignworkflow.camel.client;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;

import io.github.campaignworkflow.camel.AdobeWorkflowAuthenticationException;
import io.github.campaignworkflow.camel.AdobeWorkflowTransportException;
import io.github.campaignworkflow.camel.auth.Secret;
import io.github.campaignworkflow.camel.auth.TokenSupply;
import io.github.campaignworkflow.camel.http.AdobeResponse;
import io.github.campaignworkflow.camel.http.HttpRequestSpec;
import io.github.campaignworkflow.camel.http.HttpTransport;
import io.github.campaignworkflow.camel.http.MaskedHeader;
import io.github.campaignworkflow.camel.http.RequestLimits;
import io.github.campaignworkflow.camel.http.TransportException;
import io.github.campaignworkflow.camel.retry.RetryPolicy;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a request to Adobe with credentials, the way the contract asks: a token per attempt; one more attempt with a
 * new token after a 401 when the token supply allows it; retries only where the {@link RetryPolicy} says the request
 * certainly was not applied. The first attempt runs on the caller's thread; an attempt that had to wait (a back-off,
 * a token being fetched) runs on the transport's executor, never on a timer thread.
 */
public final class RequestSender {

    private static final Logger LOG = LoggerFactory.getLogger(RequestSender.class);

    private final HttpTransport transport;
    private final TokenSupply tokens;
    private final Header apiKeyHeader;
    private final RetryPolicy retryPolicy;
    private final RequestLimits limits;
    private final WaitScheduler waits;
    private final String endpointName;

    /**
     * @param endpointName the endpoint, secrets masked, named in authentication failures
     */
    public RequestSender(HttpTransport transport, TokenSupply tokens, Secret apiKey, RetryPolicy retryPolicy,
                         RequestLimits limits, WaitScheduler waits, String endpointName) {
        this.transport = transport;
        this.tokens = tokens;
        this.apiKeyHeader = new MaskedHeader("X-Api-Key", apiKey.reveal());
        this.retryPolicy = retryPolicy;
        this.limits = limits;
        this.waits = waits;
        this.endpointName = endpointName;
    }

    /**
     * Sends the request until it has a response that stands. The future completes with the last response, whatever its
     * status, or fails with {@link AdobeWorkflowAuthenticationException} (no token: nothing sent) or
     * {@link AdobeWorkflowTransportException} (no response).
     */
    public CompletableFuture<SentRequest> send(HttpRequestSpec request) {
        Attempts attempts = new Attempts(request);
        attempts.next();
        return attempts.result;
    }

    /** The attempts of one request. */
    private final class Attempts {
        private final HttpRequestSpec request;
        private final CompletableFuture<SentRequest> result = new CompletableFuture<>();
        private int attempts;
        private int retries;
        private boolean tokenRenewed;

        Attempts(HttpRequestSpec request) {
            this.request = request;
        }

        /** Gets a token, then attempts: at once when the token is at hand, else when it comes. */
        void next() {
            if (waits.isStopping()) {
                result.completeExceptionally(AdobeWorkflowTransportException.stopping(request.describe(), attempts));
                return;
            }
            CompletableFuture<String> token = tokens.token();
            if (token.isDone()) {
                withToken(token);
                return;
            }
            token.whenComplete((value, failure) -> {
                try {
                    transport.executor().execute(() -> withToken(token));
                } catch (RejectedExecutionException e) {
                    result.completeExceptionally(
                            AdobeWorkflowTransportException.stopping(request.describe(), attempts));
                }
            });
        }

        private void withToken(CompletableFuture<String> token) {
            String value;
            try {
                value = token.join();
            } catch (CompletionException | java.util.concurrent.CancellationException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                result.completeExceptionally(AdobeWorkflowAuthenticationException.noToken(endpointName, cause));
                return;
            }
            try {
                attempt(value);
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }

        private void attempt(String token) {
            attempts++;
            AdobeResponse response;
            try {
                response = transport.send(request, new Header[] {
                        new MaskedHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token), apiKeyHeader }, limits);
            } catch (TransportException e) {
                Optional<Duration> wait = retryPolicy.afterFailure(request.method(), retries + 1, e);
                if (wait.isPresent()) {
                    retryLater(wait.get(), e.getMessage());
                } else {
                    result.completeExceptionally(AdobeWorkflowTransportException.afterAttempts(e, attempts));
                }
                return;
            }
            if (response.status() == 401 && !tokenRenewed && tokens.invalidate(token)) {
                tokenRenewed = true;
                LOG.debug("{} answered 401: sending it once more with a new token", request);
                next();
                return;
            }
            Optional<Duration> wait = retryPolicy.afterResponse(request.method(), retries + 1, response);
            if (wait.isPresent()) {
                retryLater(wait.get(), "HTTP " + response.status());
                return;
            }
            result.complete(new SentRequest(request, response, attempts));
        }

        private void retryLater(Duration wait, String cause) {
            retries++;
            if (LOG.isDebugEnabled()) {
                LOG.debug("Retrying {} in {} ms after {} (retry {} of {})", request, wait.toMillis(), cause, retries,
                        retryPolicy.maxRetries());
            }
            waits.after(wait, transport.executor(), this::next, () -> result.completeExceptionally(
                    AdobeWorkflowTransportException.stopping("the retry of " + request.describe(), attempts)));
        }
    }
}
