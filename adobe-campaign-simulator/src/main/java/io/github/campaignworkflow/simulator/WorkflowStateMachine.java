package io.github.campaignworkflow.simulator;

import java.util.Optional;

/** Which execution command is allowed in which state, and where it leads. Pure, stateless. */
final class WorkflowStateMachine {

    private WorkflowStateMachine() {
    }

    /** The state the command leads to, or empty when the command makes no sense in {@code from}. */
    static Optional<WorkflowState> next(WorkflowState from, WorkflowCommand command) {
        switch (command) {
            case START:
                return from == WorkflowState.EDITED || from == WorkflowState.STOPPED || from == WorkflowState.FINISHED
                        ? Optional.of(WorkflowState.STARTED) : Optional.empty();
            case PAUSE:
                return from == WorkflowState.STARTED ? Optional.of(WorkflowState.PAUSED) : Optional.empty();
            case RESUME:
                return from == WorkflowState.PAUSED ? Optional.of(WorkflowState.STARTED) : Optional.empty();
            case STOP:
                // Stopping an erroneous workflow is allowed so that a client can recover (stop, then start).
                return from == WorkflowState.STARTED || from == WorkflowState.PAUSED || from == WorkflowState.ERROR
                        ? Optional.of(WorkflowState.STOPPED) : Optional.empty();
            default:
                throw new IllegalArgumentException("Unhandled command " + command);
        }
    }

    /** Where a run that ends by itself lands. */
    static WorkflowState endOfRun(boolean endsInError) {
        return endsInError ? WorkflowState.ERROR : WorkflowState.FINISHED;
    }
}
