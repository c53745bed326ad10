package io.github.campaignworkflow.camel;

import java.util.List;

import org.apache.camel.CamelException;

/**
 * The command was accepted but the workflow did not reach any of the awaited states within {@code awaitTimeout}.
 * The command itself may still take effect later.
 */
public class AdobeWorkflowAwaitTimeoutException extends CamelException {

    private final String workflowId;
    private final List<String> awaitedStates;
    private final String lastState;

    public AdobeWorkflowAwaitTimeoutException(String workflowId, String command, List<String> awaitedStates,
                                              String lastState, long waitedMillis, int polls) {
        super("Workflow " + workflowId + " did not reach " + String.join(" or ", awaitedStates) + " within "
              + waitedMillis + " ms after the command " + command + " was accepted; last state seen: "
              + (lastState != null ? lastState : "none (the status answers carried no state)") + " after " + polls
              + " status poll(s)");
        this.workflowId = workflowId;
        this.awaitedStates = List.copyOf(awaitedStates);
        this.lastState = lastState;
    }

    public String getWorkflowId() {
        return workflowId;
    }

    public List<String> getAwaitedStates() {
        return awaitedStates;
    }

    /** The state of the last status answer, or {@code null} when none carried one. */
    public String getLastState() {
        return lastState;
    }
}
