package io.github.campaignworkflow.camel;

import java.util.Map;

import io.github.campaignworkflow.camel.auth.ImsTokenException;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * DOWN, with what IMS said, when no token can be had for the endpoint's credential; UP otherwise. It asks the token
 * provider, which answers from its cache when it can, so a healthy check does not call IMS.
 */
public class AdobeWorkflowProducerHealthCheck extends AbstractHealthCheck {

    private final AdobeWorkflowEndpoint endpoint;

    public AdobeWorkflowProducerHealthCheck(AdobeWorkflowEndpoint endpoint, String endpointId) {
        super("camel", "producer:adobe-workflow-" + endpointId);
        this.endpoint = endpoint;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        if (endpoint.client() == null) {
            builder.message("The endpoint " + endpoint.describe() + " is not started");
            builder.down();
            return;
        }
        try {
            endpoint.client().sender().tokens().getAccessToken();
            builder.up();
        } catch (ImsTokenException e) {
            builder.message(e.getMessage());
            builder.error(e);
            if (e.getStatusCode() > 0) {
                builder.detail(SERVICE_STATUS_CODE, e.getStatusCode());
            }
            if (e.getImsError() != null) {
                builder.detail(SERVICE_ERROR_CODE, e.getImsError());
            }
            builder.down();
        } catch (Exception e) {
            builder.message(e.getMessage());
            builder.error(e);
            builder.down();
        }
    }
}
