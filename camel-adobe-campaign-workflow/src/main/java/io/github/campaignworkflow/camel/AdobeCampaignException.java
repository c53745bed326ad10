package io.github.campaignworkflow.camel;

import org.apache.camel.CamelException;

/**
 * Every failure of a request to Adobe that the adobe-workflow component raises, so that one
 * {@code onException(AdobeCampaignException.class)} catches them all. The subtype says what happened:
 * <ul>
 * <li>{@link AdobeWorkflowException}: Adobe answered with a status other than 2xx;</li>
 * <li>{@link AdobeWorkflowTransportException}: no usable response came, and whether the request may have been
 * applied;</li>
 * <li>{@link AdobeWorkflowAuthenticationException}: no access token could be had, nothing was sent;</li>
 * <li>{@link AdobeWorkflowAwaitTimeoutException}: a command was accepted, its awaited state was not reached in
 * time.</li>
 * </ul>
 * Bad input is not in this family: it fails with an {@link IllegalArgumentException} before anything is sent.
 * Messages never hold a secret.
 */
public abstract class AdobeCampaignException extends CamelException {

    protected AdobeCampaignException(String message, Throwable cause) {
        super(message, cause);
    }
}
