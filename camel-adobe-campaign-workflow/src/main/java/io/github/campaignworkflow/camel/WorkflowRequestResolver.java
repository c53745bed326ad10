package io.github.campaignworkflow.camel;

import java.util.Map;

import io.github.campaignworkflow.camel.api.PathSegments;
import io.github.campaignworkflow.camel.api.Signal;
import io.github.campaignworkflow.camel.api.SignalParameters;
import io.github.campaignworkflow.camel.api.WorkflowCommand;
import io.github.campaignworkflow.camel.api.WorkflowRequest;
import org.apache.camel.Message;

/**
 * Resolves what a message asks for: its headers override the endpoint's options. Every value from a header is
 * validated here, so nothing is sent for a message that is wrong.
 */
final class WorkflowRequestResolver {

    private final WorkflowCommand defaultCommand;
    private final String defaultWorkflowId;
    private final String defaultActivity;
    private final String defaultSource;
    private final boolean awaiting;

    /**
     * The defaults come from the endpoint, which validated them when it was created; any may be {@code null}.
     *
     * @param awaiting whether the endpoint waits for commands to take effect (awaitState)
     */
    WorkflowRequestResolver(WorkflowCommand defaultCommand, String defaultWorkflowId, String defaultActivity,
                                String defaultSource, boolean awaiting) {
        this.defaultCommand = defaultCommand;
        this.defaultWorkflowId = defaultWorkflowId;
        this.defaultActivity = defaultActivity;
        this.defaultSource = defaultSource;
        this.awaiting = awaiting;
    }

    /**
     * awaitState waits for a command to take effect: with status or signal there is none to wait for.
     *
     * @throws IllegalArgumentException when {@code awaiting} and the command is not start, pause, resume or stop
     */
    static void requireAwaitable(WorkflowCommand command, boolean awaiting, String where) {
        if (awaiting && !command.isExecution()) {
            throw new IllegalArgumentException(
                    "The option awaitState only applies to start, pause, resume and stop, not to " + command + " ("
                                               + where + "): remove awaitState or send an execution command");
        }
    }

    /** @throws IllegalArgumentException naming the bad or missing value and what is allowed */
    WorkflowRequest resolve(Message message) {
        String commandHeader = header(message, AdobeWorkflowConstants.COMMAND);
        WorkflowCommand command = commandHeader != null
                ? WorkflowCommand.parse(commandHeader, "header " + AdobeWorkflowConstants.COMMAND)
                : defaultCommand;
        if (command == null) {
            throw new IllegalArgumentException(
                    "No workflow command: set the option command or the header " + AdobeWorkflowConstants.COMMAND
                                               + " to one of " + WorkflowCommand.ALLOWED);
        }
        requireAwaitable(command, awaiting,
                commandHeader != null ? "header " + AdobeWorkflowConstants.COMMAND : "option command");

        String idHeader = header(message, AdobeWorkflowConstants.WORKFLOW_ID);
        String workflowId;
        if (idHeader != null) {
            workflowId = PathSegments.requireSafe(idHeader, "workflow ID (header " + AdobeWorkflowConstants.WORKFLOW_ID + ")");
        } else if (defaultWorkflowId != null) {
            workflowId = defaultWorkflowId;
        } else {
            throw new IllegalArgumentException(
                    "No workflow ID: give it in the endpoint URI (adobe-workflow:WKF12) or in the header "
                                               + AdobeWorkflowConstants.WORKFLOW_ID);
        }

        if (command != WorkflowCommand.SIGNAL) {
            return WorkflowRequest.of(command, workflowId);
        }
        String activity = orDefault(header(message, AdobeWorkflowConstants.SIGNAL_ACTIVITY), defaultActivity);
        if (activity == null) {
            throw new IllegalArgumentException(
                    "The signal command needs the name of an External signal activity: set the option activity or the"
                                               + " header " + AdobeWorkflowConstants.SIGNAL_ACTIVITY);
        }
        String source = orDefault(header(message, AdobeWorkflowConstants.SIGNAL_SOURCE), defaultSource);
        Object body = message.getBody();
        Map<String, Object> parameters = SignalParameters.of(
                body == null || body instanceof Map ? body : message.getBody(String.class));
        return WorkflowRequest.signal(workflowId, new Signal(activity, source, parameters));
    }

    /** @return the header as text, {@code null} when absent; a present but blank header is refused */
    private static String header(Message message, String name) {
        Object raw = message.getHeader(name);
        if (raw == null) {
            return null;
        }
        String value = raw instanceof String s ? s : message.getHeader(name, String.class);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(
                    "The header " + name + " is present but blank: give a value or remove the header");
        }
        return value;
    }

    private static String orDefault(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
