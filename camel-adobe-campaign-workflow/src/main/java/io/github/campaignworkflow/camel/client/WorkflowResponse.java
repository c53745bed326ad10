package io.github.campaignworkflow.camel.client;

import io.github.campaignworkflow.camel.http.AdobeResponse;

/**
 * the outcome of a request, as it goes onto the message.
 *
 * @param statusCode the HTTP status of the response that stands
 * @param body       the response: a {@code Map} (or {@code List}) parsed from JSON, the text when it is not JSON,
 *                   {@code null} when empty
 * @param state      the workflow's state when the response carries one, else {@code null}
 * @param attempts   how many HTTP attempts the command's request took
 */
public record WorkflowResponse(int statusCode, Object body, String state, int attempts) {

    public boolean isSuccess() {
        return AdobeResponse.isSuccess(statusCode);
    }

    WorkflowResponse withAttempts(int commandAttempts) {
        return new WorkflowResponse(statusCode, body, state, commandAttempts);
    }
}
