package io.github.campaignworkflow.simulator;

import java.util.Locale;
import java.util.Optional;

/** The four execution commands of {@code POST .../commands}, carried as {@code {"method":"<word>"}}. */
public enum WorkflowCommand {
    START,
    PAUSE,
    RESUME,
    STOP;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Exact lowercase match only: the component contract promises lowercase words on the wire,
     * so the simulator refuses {@code "START"} to catch a client that forgets to normalise.
     */
    public static Optional<WorkflowCommand> fromWord(String word) {
        for (WorkflowCommand command : values()) {
            if (command.word().equals(word)) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }
}
