package io.github.campaignworkflow.simulator;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static io.github.campaignworkflow.simulator.WorkflowCommand.PAUSE;
import static io.github.campaignworkflow.simulator.WorkflowCommand.RESUME;
import static io.github.campaignworkflow.simulator.WorkflowCommand.START;
import static io.github.campaignworkflow.simulator.WorkflowCommand.STOP;
import static io.github.campaignworkflow.simulator.WorkflowState.EDITED;
import static io.github.campaignworkflow.simulator.WorkflowState.ERROR;
import static io.github.campaignworkflow.simulator.WorkflowState.FINISHED;
import static io.github.campaignworkflow.simulator.WorkflowState.PAUSED;
import static io.github.campaignworkflow.simulator.WorkflowState.STARTED;
import static io.github.campaignworkflow.simulator.WorkflowState.STOPPED;
import static org.assertj.core.api.Assertions.assertThat;

class WorkflowStateMachineTest {

    @Test
    void startIsAllowedFromEditedStoppedAndFinishedOnly() {
        assertThat(WorkflowStateMachine.next(EDITED, START)).contains(STARTED);
        assertThat(WorkflowStateMachine.next(STOPPED, START)).contains(STARTED);
        assertThat(WorkflowStateMachine.next(FINISHED, START)).contains(STARTED);
        assertThat(WorkflowStateMachine.next(STARTED, START)).isEmpty();
        assertThat(WorkflowStateMachine.next(PAUSED, START)).isEmpty();
        assertThat(WorkflowStateMachine.next(ERROR, START)).isEmpty();
    }

    @Test
    void pauseResumeAndStop() {
        assertThat(WorkflowStateMachine.next(STARTED, PAUSE)).contains(PAUSED);
        assertThat(WorkflowStateMachine.next(PAUSED, PAUSE)).isEmpty();
        assertThat(WorkflowStateMachine.next(PAUSED, RESUME)).contains(STARTED);
        assertThat(WorkflowStateMachine.next(STARTED, RESUME)).isEmpty();
        assertThat(WorkflowStateMachine.next(STARTED, STOP)).contains(STOPPED);
        assertThat(WorkflowStateMachine.next(PAUSED, STOP)).contains(STOPPED);
        assertThat(WorkflowStateMachine.next(ERROR, STOP)).contains(STOPPED);
        assertThat(WorkflowStateMachine.next(EDITED, STOP)).isEmpty();
        assertThat(WorkflowStateMachine.next(FINISHED, STOP)).isEmpty();
    }

    @Test
    void commandWordsAreExactLowercase() {
        assertThat(WorkflowCommand.fromWord("resume")).contains(RESUME);
        assertThat(WorkflowCommand.fromWord("Resume")).isEqualTo(Optional.empty());
        assertThat(WorkflowState.fromWireName("Started")).isEqualTo(STARTED);
        assertThat(STARTED.wireName()).isEqualTo("started");
    }
}
