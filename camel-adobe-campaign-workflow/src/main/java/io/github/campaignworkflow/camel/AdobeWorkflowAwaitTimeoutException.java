package io.github.campaignworkflow.camel;

import java.util.List;

/**
 * The command was accepted but the workflow did not reach any of the awaited states within {@code awaitTimeout}.
 * The command itself may still take effect later.
 */
public class AdobeWorkflowAwaitTimeoutException extends AdobeCampaignException {

    private final String workflowId;
    private final List<String> awaitedStates;
    private final String lastState;

    private AdobeWorkflowAwaitTimeoutException(String message, String workflowId, List<String> awaitedStates,
                                               String lastState) {
        super(message, null);
        this.workflowId = workflowId;
        this.awaitedStates = List.copyOf(awaitedStates);
        this.lastState = lastState;
    }

    /**
     * The {@code command} to {@code workflowId} was accepted, and {@code polls} status reads over {@code waitedMillis}
     * never showed one of {@code awaitedStates}; the last state they showed was {@code lastState} ({@code null}: none).
     */
    public static AdobeWorkflowAwaitTimeoutException notReached(String workflowId, String command,
                                                                List<String> awaitedStates, String lastState,
                                                                long waitedMillis, int polls) {
        String message = "Workflow " + workflowId + " did not reach " + String.join(" or ", awaitedStates)
                         + " within " + waitedMillis + " ms after the command " + command
                         + " was accepted; last state seen: "
                         + (lastState != null ? lastState : "none (the status responses carried no state)") + " after "
                         + polls + " status poll(s)";
        return new AdobeWorkflowAwaitTimeoutException(message, workflowId, awaitedStates, lastState);
    }

    public String getWorkflowId() {
        return workflowId;
    }

    public List<String> getAwaitedStates() {
        return awaitedStates;
    }

    /** The state of the last status response, or {@code null} when none carried one. */
    public String getLastState() {
        return lastState;
    }
}
