package io.github.campaignworkflow.simulator;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable description of a workflow to simulate. Each {@code with}-style method returns a new
 * spec, so a spec can be shared between simulators and tests without surprises.
 *
 * <pre>{@code
 * WorkflowSpec.named("WKF-SIGNAL").initialState("started").signal("signal1", "contentURL", "count")
 * WorkflowSpec.named("WKF-NIGHTLY").runFor(Duration.ofSeconds(1))   // finishes by itself
 * WorkflowSpec.named("WKF-BROKEN").failAfter(Duration.ofMillis(200)) // ends in "error"
 * }</pre>
 */
public final class WorkflowSpec {

    private final String id;
    private final String label;
    private final WorkflowState initialState;
    private final Duration runDuration;
    private final boolean endsInError;
    private final Map<String, SignalActivitySpec> signals;

    private WorkflowSpec(String id, String label, WorkflowState initialState, Duration runDuration,
                         boolean endsInError, Map<String, SignalActivitySpec> signals) {
        this.id = id;
        this.label = label;
        this.initialState = initialState;
        this.runDuration = runDuration;
        this.endsInError = endsInError;
        this.signals = Collections.unmodifiableMap(new LinkedHashMap<>(signals));
    }

    /** A workflow in state {@code edited}, without activities, that runs until stopped. */
    public static WorkflowSpec named(String id) {
        Objects.requireNonNull(id, "id");
        if (id.isBlank() || id.contains("/")) {
            throw new IllegalArgumentException("A workflow id must be a non-blank single path segment: '" + id + "'");
        }
        return new WorkflowSpec(id, id, WorkflowState.EDITED, null, false, Map.of());
    }

    public WorkflowSpec label(String newLabel) {
        return new WorkflowSpec(id, Objects.requireNonNull(newLabel, "label"), initialState, runDuration, endsInError, signals);
    }

    /** The state the workflow has when added, e.g. {@code "started"} (lowercase wire names). */
    public WorkflowSpec initialState(String state) {
        return initialState(WorkflowState.fromWireName(state));
    }

    public WorkflowSpec initialState(WorkflowState state) {
        return new WorkflowSpec(id, label, Objects.requireNonNull(state, "state"), runDuration, endsInError, signals);
    }

    /** After running this long (pauses excluded), {@code started} becomes {@code finished} by itself. */
    public WorkflowSpec runFor(Duration duration) {
        return new WorkflowSpec(id, label, initialState, positive(duration), false, signals);
    }

    /** After running this long (pauses excluded), {@code started} becomes {@code error} by itself. */
    public WorkflowSpec failAfter(Duration duration) {
        return new WorkflowSpec(id, label, initialState, positive(duration), true, signals);
    }

    /** Adds an External signal activity declaring the given parameter names; its label is its name. */
    public WorkflowSpec signal(String activity, String... parameterNames) {
        return signal(new SignalActivitySpec(activity, activity, Arrays.asList(parameterNames)));
    }

    public WorkflowSpec signal(SignalActivitySpec activity) {
        Map<String, SignalActivitySpec> copy = new LinkedHashMap<>(signals);
        if (copy.putIfAbsent(activity.name(), activity) != null) {
            throw new IllegalArgumentException("Workflow '" + id + "' already has an activity '" + activity.name() + "'");
        }
        return new WorkflowSpec(id, label, initialState, runDuration, endsInError, copy);
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public WorkflowState initialState() {
        return initialState;
    }

    /** Null when the workflow runs until stopped. */
    public Duration runDuration() {
        return runDuration;
    }

    public boolean endsInError() {
        return endsInError;
    }

    public List<SignalActivitySpec> signals() {
        return List.copyOf(signals.values());
    }

    private static Duration positive(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("A run duration must be positive: " + duration);
        }
        return duration;
    }

    @Override
    public String toString() {
        return "WorkflowSpec[" + id + ", " + initialState.wireName() + ", signals=" + signals.keySet() + "]";
    }
}
