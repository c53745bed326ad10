package io.github.campaignworkflow.camel;

import org.apache.camel.CamelException;

/**
 * No bearer token could be had for an endpoint, so nothing was sent to Adobe. The message names the endpoint (its
 * URI with secrets masked) and, for IMS credentials, the client ID and what IMS said.
 */
public class AdobeWorkflowAuthenticationException extends CamelException {

    public AdobeWorkflowAuthenticationException(String message, Throwable cause) {
        super(message, cause);
    }
}
