package io.github.campaignworkflow.camel;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * DOWN, with what IMS said, when no token can be had for a credential; UP otherwise. There is one check per
 * credential, shared by the producers that use it: {@code producer:adobe-workflow-ims-<client ID>} for an OAuth
 * credential, {@code producer:adobe-workflow-<workflow>-<command>} for an endpoint with its own token. It asks the
 * token supply, which answers from its cache when it can, so a healthy check does not call IMS; a check never waits
 * longer than a token request may take.
 */
public class AdobeWorkflowProducerHealthCheck extends AbstractHealthCheck {

    private final AdobeWorkflowEndpoint endpoint;

    public AdobeWorkflowProducerHealthCheck(AdobeWorkflowEndpoint endpoint) {
        super("camel", endpoint.healthCheckId());
        this.endpoint = endpoint;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        if (endpoint.credentials() == null) {
            builder.message("The endpoint " + endpoint.describe() + " is not started");
            builder.down();
            return;
        }
        long patience = endpoint.requestDeadlineMillis();
        try {
            endpoint.credentials().current().get(patience, TimeUnit.MILLISECONDS);
            builder.up();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            builder.message(cause.getMessage());
            builder.error(cause);
            if (cause instanceof AdobeWorkflowAuthenticationException ims) {
                if (ims.getStatusCode() > 0) {
                    builder.detail(SERVICE_STATUS_CODE, ims.getStatusCode());
                }
                if (ims.getImsError() != null) {
                    builder.detail(SERVICE_ERROR_CODE, ims.getImsError());
                }
            }
            builder.down();
        } catch (TimeoutException e) {
            builder.message("No token within " + patience + " ms");
            builder.down();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            builder.down();
        }
    }
}
