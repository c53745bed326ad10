package io.github.campaignworkflow.simulator;

/**
 * A simulated workflow's state as Campaign's {@code xtk:workflow} {@code @state} and {@code @failed} show it. While a
 * command waits to be applied, the state is the one Campaign shows for that request (start requested, ...).
 */
final class XtkWorkflowState {

    static final int EDITED = 0;
    static final int START_REQUESTED = 10;
    static final int STARTED = 11;
    static final int PAUSE_REQUESTED = 12;
    static final int PAUSED = 13;
    static final int RESUME_REQUESTED = 14;
    static final int STOP_REQUESTED = 15;
    static final int FINISHED = 20;

    private XtkWorkflowState() {
    }

    static int state(SimulatedWorkflow.Snapshot snapshot) {
        if (snapshot.pendingCommand() != null) {
            switch (snapshot.pendingCommand()) {
                case START:
                    return START_REQUESTED;
                case PAUSE:
                    return PAUSE_REQUESTED;
                case RESUME:
                    return RESUME_REQUESTED;
                default:
                    return STOP_REQUESTED;
            }
        }
        switch (snapshot.state()) {
            case EDITED:
                return EDITED;
            case STARTED:
                return STARTED;
            case PAUSED:
            case ERROR: // a failed workflow is paused, with @failed="1"
                return PAUSED;
            default: // stopped and finished: Campaign shows a stopped workflow as finished
                return FINISHED;
        }
    }

    static boolean failed(SimulatedWorkflow.Snapshot snapshot) {
        return snapshot.state() == WorkflowState.ERROR;
    }
}
