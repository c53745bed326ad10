package io.github.campaignworkflow.camel.request;

import java.util.Map;

import io.github.campaignworkflow.camel.WorkflowCommand;

/**
 * What one message asks for, resolved from the endpoint's options and the message's headers and already validated.
 *
 * @param command    the command
 * @param workflowId the workflow, a safe path segment
 * @param activity   the External signal activity (signal only), else {@code null}
 * @param source     the signal's source (signal only), else {@code null}
 * @param parameters the signal's parameters (signal only, may be {@code null}: none)
 */
public record WorkflowRequest(
        WorkflowCommand command, String workflowId, String activity, String source, Map<String, Object> parameters) {
}
