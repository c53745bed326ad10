package io.github.campaignworkflow.camel.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a message asks of a workflow. The four execution commands are Adobe's {@code method} values; {@code status}
 * reads the workflow and {@code signal} triggers one of its External signal activities.
 */
public enum WorkflowCommand {

    START(true),
    PAUSE(true),
    RESUME(true),
    STOP(true),
    STATUS(false),
    SIGNAL(false);

    /** The accepted values, as listed in error messages and in the component metadata. */
    public static final String ALLOWED = Arrays.stream(values()).map(WorkflowCommand::word)
            .collect(Collectors.joining(", "));

    private final boolean execution;
    private final String word;

    WorkflowCommand(boolean execution) {
        this.execution = execution;
        this.word = name().toLowerCase(Locale.ROOT);
    }

    /** Whether this is one of the four commands posted to {@code .../commands} as {@code {"method": word}}. */
    public boolean isExecution() {
        return execution;
    }

    /** The lowercase word Adobe expects and users write. */
    public String word() {
        return word;
    }

    /**
     * Parses a command case-insensitively.
     *
     * @param  where                    where the value came from (an option or a header), for the error message
     * @throws IllegalArgumentException naming the value and the allowed ones
     */
    public static WorkflowCommand parse(String value, String where) {
        if (value != null) {
            String trimmed = value.trim();
            for (WorkflowCommand command : values()) {
                if (command.word.equalsIgnoreCase(trimmed)) {
                    return command;
                }
            }
        }
        throw new IllegalArgumentException(
                "Unknown workflow command '" + value + "' in " + where + ": allowed values are " + ALLOWED
                                           + " (case-insensitive)");
    }

    @Override
    public String toString() {
        return word;
    }
}
