package io.github.campaignworkflow.camel.client;

import io.github.campaignworkflow.camel.http.HttpAnswer;

/**
 * The outcome of a call, as it goes onto the message.
 *
 * @param statusCode the HTTP status of the answer that stands
 * @param body       the answer: a {@code Map} (or {@code List}) parsed from JSON, the text when it is not JSON,
 *                   {@code null} when empty
 * @param state      the workflow's state when the answer carries one, else {@code null}
 * @param attempts   how many HTTP attempts the command's request took
 */
public record WorkflowResult(int statusCode, Object body, String state, int attempts) {

    public boolean isSuccess() {
        return HttpAnswer.isSuccess(statusCode);
    }

    WorkflowResult withAttempts(int commandAttempts) {
        return new WorkflowResult(statusCode, body, state, commandAttempts);
    }
}
