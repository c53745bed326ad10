package io.github.campaignworkflow.examples;

import java.util.ArrayList;
import java.util.List;

import io.github.campaignworkflow.camel.AdobeWorkflowConstants;
import org.apache.camel.Header;

/** The states the watching consumer saw, in order, so the demo can show them at the end. */
public class StateHistory {

    public static final String NAME = "stateHistory";

    private final List<String> states = new ArrayList<>();

    public synchronized void record(@Header(AdobeWorkflowConstants.STATE) String state) {
        states.add(state);
    }

    public synchronized List<String> states() {
        return List.copyOf(states);
    }

    public synchronized String last() {
        return states.isEmpty() ? null : states.get(states.size() - 1);
    }
}
