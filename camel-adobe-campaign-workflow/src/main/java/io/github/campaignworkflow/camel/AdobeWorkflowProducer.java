package io.github.campaignworkflow.camel;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import io.github.campaignworkflow.camel.request.WorkflowRequest;
import io.github.campaignworkflow.camel.client.WorkflowResponse;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Resolves what a message asks for, runs it and puts the response on the message. It is asynchronous: a request that
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
            outcome = getEndpoint().client().execute(request);
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        if (outcome.isDone()) {
            complete(exchange, outcome);
            callback.done(true);
            return true;
        }
        outcome.whenComplete((result, failure) -> {
            complete(exchange, result, failure);
            callback.done(false);
        });
        return false;
    }

    private static void complete(Exchange exchange, CompletableFuture<WorkflowResponse> done) {
        try {
            complete(exchange, done.get(), null);
        } catch (ExecutionException e) {
            complete(exchange, null, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.setException(e);
        }
    }

    private static void complete(Exchange exchange, WorkflowResponse result, Throwable failure) {
        Message message = exchange.getMessage();
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            // routes and dead-letter records see how often a failed request was tried
            if (cause instanceof AdobeWorkflowException refused) {
                message.setHeader(AdobeWorkflowConstants.ATTEMPTS, refused.getAttempts());
                message.setHeader(AdobeWorkflowConstants.HTTP_RESPONSE_CODE, refused.getStatusCode());
            } else if (cause instanceof AdobeWorkflowTransportException unanswered && unanswered.getAttempts() > 0) {
                message.setHeader(AdobeWorkflowConstants.ATTEMPTS, unanswered.getAttempts());
            }
            exchange.setException(cause);
            return;
        }
        message.setBody(result.body());
        message.setHeader(AdobeWorkflowConstants.HTTP_RESPONSE_CODE, result.statusCode());
        message.setHeader(AdobeWorkflowConstants.ATTEMPTS, result.attempts());
        if (result.state() != null) {
            message.setHeader(AdobeWorkflowConstants.STATE, result.state());
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
