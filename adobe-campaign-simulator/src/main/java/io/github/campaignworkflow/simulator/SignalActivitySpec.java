package io.github.campaignworkflow.simulator;

import java.util.List;
import java.util.Objects;

/**
 * An External signal activity of a simulated workflow: its name (the key under
 * {@code activities.activity}), its label and the parameter names it declares.
 */
public record SignalActivitySpec(String name, String label, List<String> parameters) {

    public SignalActivitySpec {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A signal activity needs a name");
        }
        label = label == null ? name : label;
        parameters = List.copyOf(parameters);
    }

    boolean declares(String parameter) {
        return parameters.contains(parameter);
    }
}
