package io.github.campaignworkflow.camel;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.github.campaignworkflow.camel.api.WorkflowRequest;
import io.github.campaignworkflow.camel.api.WorkflowResponse;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Resolves what a message asks for, has the workflow API execute it and puts the response on the message; a response
 * Adobe refused fails the exchange unless {@code throwExceptionOnFailure=false}. It is asynchronous: a request that
 * waits (a retry back-off, a state poll) holds no thread meanwhile, and the route continues on the component's I/O
 * thread that got the response.
 */
public class AdobeWorkflowProducer extends DefaultAsyncProducer {

    private HealthCheck healthCheck;
    private WritableHealthCheckRepository healthCheckRepository;

    public AdobeWorkflowProducer(AdobeWorkflowEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public AdobeWorkflowEndpoint getEndpoint() {
        return (AdobeWorkflowEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CompletableFuture<WorkflowResponse> outcome;
        try {
            WorkflowRequest request = getEndpoint().resolver().resolve(exchange.getMessage());
            outcome = getEndpoint().api().execute(request);
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        if (outcome.isDone()) {
            // one round trip on the caller's thread: the route goes on synchronously, as fast as a plain call
            complete(exchange, outcome);
            callback.done(true);
            return true;
        }
        outcome.whenComplete((response, failure) -> {
            complete(exchange, response, failure);
            callback.done(false);
        });
        return false;
    }

    /** A future already done, read without another stage. */
    private void complete(Exchange exchange, CompletableFuture<WorkflowResponse> done) {
        WorkflowResponse response;
        try {
            response = done.join();
        } catch (CompletionException | CancellationException e) {
            complete(exchange, null, e);
            return;
        }
        complete(exchange, response, null);
    }

    private void complete(Exchange exchange, WorkflowResponse response, Throwable failure) {
        Message message = exchange.getMessage();
        if (failure != null) {
            // the futures of dependent stages wrap what failed: the exchange gets the failure itself
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof AdobeWorkflowTransportException unanswered && unanswered.getAttempts() > 0) {
                // routes and dead-letter records see how often a failed request was tried
                message.setHeader(AdobeWorkflowConstants.ATTEMPTS, unanswered.getAttempts());
            }
            exchange.setException(cause);
            return;
        }
        message.setHeader(AdobeWorkflowConstants.HTTP_RESPONSE_CODE, response.statusCode());
        message.setHeader(AdobeWorkflowConstants.ATTEMPTS, response.attempts());
        if (!response.isSuccess() && getEndpoint().settings().throwOnFailure()) {
            exchange.setException(response.refusal());
            return;
        }
        message.setBody(response.body());
        if (response.state() != null) {
            message.setHeader(AdobeWorkflowConstants.STATE, response.state());
        } else {
            message.removeHeader(AdobeWorkflowConstants.STATE);
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // health checks are optional in Camel: register only where a producer repository exists
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(getEndpoint().getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
        if (healthCheckRepository != null) {
            healthCheck = getEndpoint().getComponent().acquireHealthCheck(getEndpoint(), healthCheckRepository);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRepository != null && healthCheck != null) {
            getEndpoint().getComponent().releaseHealthCheck(healthCheck, healthCheckRepository);
            healthCheck = null;
        }
        super.doStop();
    }
}
