package io.github.campaignworkflow.camel.api;

import java.util.Objects;
import java.util.Optional;

/**
 * What one message asks of a workflow, resolved from the endpoint's options and the message's headers and already
 * checked: the workflow API's request.
 *
 * @param command    the command
 * @param workflowId the workflow, a safe path segment
 * @param signal     what to trigger, present exactly when the command is {@code signal}
 */
public record WorkflowRequest(WorkflowCommand command, String workflowId, Optional<Signal> signal) {

    public WorkflowRequest {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(workflowId, "workflowId");
        Objects.requireNonNull(signal, "signal");
        if (signal.isPresent() != (command == WorkflowCommand.SIGNAL)) {
            throw new IllegalArgumentException("A signal goes with the command signal, and only with it");
        }
    }

    /** A command other than signal. */
    public static WorkflowRequest of(WorkflowCommand command, String workflowId) {
        return new WorkflowRequest(command, workflowId, Optional.empty());
    }

    /** Reading the workflow's status. */
    public static WorkflowRequest status(String workflowId) {
        return of(WorkflowCommand.STATUS, workflowId);
    }

    /** Triggering an External signal activity. */
    public static WorkflowRequest signal(String workflowId, Signal signal) {
        return new WorkflowRequest(WorkflowCommand.SIGNAL, workflowId, Optional.of(signal));
    }
}
