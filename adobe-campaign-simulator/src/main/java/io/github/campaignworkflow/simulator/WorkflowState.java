package io.github.campaignworkflow.simulator;

import java.util.Locale;

/**
 * Life-cycle states of a simulated workflow. Adobe does not document the state field of the
 * workflow resource, so the simulator uses lowercase words derived from Campaign's user guide
 * (editing, in progress, paused, finished, erroneous) plus {@code stopped}.
 */
public enum WorkflowState {
    EDITED,
    STARTED,
    PAUSED,
    STOPPED,
    FINISHED,
    ERROR;

    /** The word the simulator puts in the {@code state} field of the workflow resource. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name ({@code "started"}); case-insensitive because it is configuration, not a request. */
    public static WorkflowState fromWireName(String name) {
        for (WorkflowState state : values()) {
            if (state.wireName().equalsIgnoreCase(name)) {
                return state;
            }
        }
        throw new IllegalArgumentException("Unknown workflow state '" + name + "'; allowed: edited, started, paused, stopped, finished, error");
    }
}
