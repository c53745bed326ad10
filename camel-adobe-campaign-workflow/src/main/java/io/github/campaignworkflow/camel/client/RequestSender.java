package io.github.campaignworkflow.camel.client;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.campaignworkflow.camel.AdobeWorkflowAuthenticationException;
import io.github.campaignworkflow.camel.auth.AccessTokenProvider;
import io.github.campaignworkflow.camel.auth.Secret;
import io.github.campaignworkflow.camel.http.HttpAnswer;
import io.github.campaignworkflow.camel.http.HttpRequestSpec;
import io.github.campaignworkflow.camel.http.HttpTransport;
import io.github.campaignworkflow.camel.http.MaskedHeader;
import io.github.campaignworkflow.camel.http.TransportException;
import io.github.campaignworkflow.camel.retry.RetryPolicy;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a request to Adobe with credentials, the way the contract asks: a fresh token per attempt; one more attempt
 * with a new token after a 401 when the token provider can renew it; retries only where the {@link RetryPolicy} says
 * the request certainly was not applied. The wait before a retry is scheduled on Camel's scheduled executor, so no
 * thread sleeps.
 */
public final class RequestSender {

    private static final Logger LOG = LoggerFactory.getLogger(RequestSender.class);

    private final HttpTransport transport;
    private final AccessTokenProvider tokens;
    private final Header apiKeyHeader;
    private final RetryPolicy retryPolicy;
    private final RequestConfig requestConfig;
    private final ScheduledExecutorService scheduler;
    private final String endpointName;
    private volatile Credentials lastCredentials;

    /** The headers sent with one token. The array is shared: the transport only reads it. */
    private record Credentials(String token, Header[] headers) {
        @Override
        public String toString() {
            return "Credentials[token=xxxxxx]";
        }
    }

    /**
     * @param endpointName the endpoint, secrets masked, named in authentication failures
     */
    public RequestSender(HttpTransport transport, AccessTokenProvider tokens, Secret apiKey, RetryPolicy retryPolicy,
                         RequestConfig requestConfig, ScheduledExecutorService scheduler, String endpointName) {
        this.transport = transport;
        this.tokens = tokens;
        this.apiKeyHeader = new MaskedHeader("X-Api-Key", apiKey.reveal());
        this.retryPolicy = retryPolicy;
        this.requestConfig = requestConfig;
        this.scheduler = scheduler;
        this.endpointName = endpointName;
    }

    public AccessTokenProvider tokens() {
        return tokens;
    }

    /**
     * Sends the request until it has an answer that stands. The future completes with the last answer, whatever its
     * status, or fails with {@link AdobeWorkflowAuthenticationException} (no token: nothing sent) or
     * {@link TransportException} (no answer).
     */
    public CompletableFuture<Delivery> send(HttpRequestSpec request) {
        CompletableFuture<Delivery> result = new CompletableFuture<>();
        new Attempts(request, result).run();
        return result;
    }

    /** The attempts of one request. Each step runs on the caller's thread or, after a wait, on the scheduler's. */
    private final class Attempts implements Runnable {
        private final HttpRequestSpec request;
        private final CompletableFuture<Delivery> result;
        private int attempts;
        private int retries;
        private boolean tokenRenewed;

        Attempts(HttpRequestSpec request, CompletableFuture<Delivery> result) {
            this.request = request;
            this.result = result;
        }

        @Override
        public void run() {
            try {
                attempt();
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }

        private void attempt() {
            String token;
            try {
                token = tokens.getAccessToken();
            } catch (Exception e) {
                result.completeExceptionally(new AdobeWorkflowAuthenticationException(
                        "No access token for " + endpointName + ", nothing was sent: " + e.getMessage(), e));
                return;
            }
            if (token == null || token.isBlank()) {
                result.completeExceptionally(new AdobeWorkflowAuthenticationException(
                        "No access token for " + endpointName + ", nothing was sent: the token provider "
                                                                                    + tokens.getClass().getName()
                                                                                    + " gave an empty token",
                        null));
                return;
            }
            attempts++;
            HttpAnswer answer;
            try {
                answer = transport.send(request, credentials(token), requestConfig);
            } catch (TransportException e) {
                Optional<Duration> wait = retryPolicy.afterFailure(request.method(), retries + 1, e);
                if (wait.isPresent()) {
                    retryLater(wait.get(), e.getMessage());
                } else {
                    result.completeExceptionally(e.afterAttempts(attempts));
                }
                return;
            }
            if (answer.status() == 401 && !tokenRenewed && tokens.invalidate(token)) {
                tokenRenewed = true;
                LOG.debug("{} answered 401: sending it once more with a new token", request);
                attempt();
                return;
            }
            Optional<Duration> wait = retryPolicy.afterAnswer(request.method(), retries + 1, answer);
            if (wait.isPresent()) {
                retryLater(wait.get(), "HTTP " + answer.status());
                return;
            }
            if (LOG.isTraceEnabled()) {
                LOG.trace("{} answered {} after {} attempt(s)", request, answer.status(), attempts);
            }
            result.complete(new Delivery(request, answer, attempts));
        }

        private void retryLater(Duration wait, String cause) {
            retries++;
            if (LOG.isDebugEnabled()) {
                LOG.debug("Retrying {} in {} ms after {} (retry {} of {})", request, wait.toMillis(), cause, retries,
                        retryPolicy.maxRetries());
            }
            try {
                scheduler.schedule(this, wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                result.completeExceptionally(new IllegalStateException(
                        "Cannot retry " + request + ": the component is stopping", e));
            }
        }

        private Header[] credentials(String token) {
            Credentials current = lastCredentials;
            if (current == null || !current.token().equals(token)) {
                // a token lives for hours: its headers are built once, not per request
                current = new Credentials(token, new Header[] {
                        new MaskedHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token), apiKeyHeader });
                lastCredentials = current;
            }
            return current.headers();
        }
    }
}
