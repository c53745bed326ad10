package io.github.campaignworkflow.camel.api;

import io.github.campaignworkflow.camel.AdobeWorkflowException;

/**
 * The outcome of a workflow request, as it goes onto the message: the workflow API's response. A response Adobe
 * refused carries its refusal; whether that fails the exchange is the endpoint's choice
 * ({@code throwExceptionOnFailure}), not the API's.
 *
 * @param statusCode the HTTP status of the response that stands
 * @param body       the response as the message body: a {@code Map} (or {@code List}), the text when it is neither,
 *                   {@code null} when empty
 * @param state      the workflow's state when the response carries one, else {@code null}
 * @param attempts   how many HTTP attempts the command's request took
 * @param refusal    what Adobe refused, {@code null} when it accepted the request
 */
public record WorkflowResponse(int statusCode, Object body, String state, int attempts, AdobeWorkflowException refusal) {

    public boolean isSuccess() {
        return refusal == null;
    }

    WorkflowResponse withAttempts(int commandAttempts) {
        return new WorkflowResponse(statusCode, body, state, commandAttempts, refusal);
    }
}
