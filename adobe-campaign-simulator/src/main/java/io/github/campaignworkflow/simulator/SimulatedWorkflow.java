package io.github.campaignworkflow.simulator;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One workflow's live state. Every method is synchronized on the workflow: requests for
 * different workflows never wait for each other, requests for one workflow are serialized.
 *
 * <p>Commands are accepted at once and applied later on the scheduler, as Campaign does
 * ("the command is saved and will become effective once the server is available"). A command is
 * judged against the state the workflow will have once the already accepted commands are applied,
 * so a quick {@code start} followed by {@code stop} is accepted; it is checked again when applied
 * and dropped if the workflow changed by itself meanwhile (e.g. its run finished).
 */
final class SimulatedWorkflow {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Outcome of a signal trigger attempt, with the state it was judged against. */
    enum TriggerOutcome { ACCEPTED, NOT_STARTED, TOO_SOON }

    record TriggerResult(TriggerOutcome outcome, WorkflowState state) {
    }

    /** The state, and the last accepted command still to apply ({@code null} when none): what Campaign's @state shows. */
    record Snapshot(WorkflowState state, WorkflowCommand pendingCommand) {
    }

    /** Thrown when a command makes no sense in the (projected) state. */
    static final class CommandRefusedException extends Exception {
        private final WorkflowState state;

        CommandRefusedException(WorkflowState state) {
            super(null, null, false, false);
            this.state = state;
        }

        WorkflowState state() {
            return state;
        }
    }

    private final WorkflowSpec spec;
    private final long numericId;
    private final String pkey;
    private final ScheduledExecutorService scheduler;

    private WorkflowState state;
    private final Deque<WorkflowCommand> pendingCommands = new ArrayDeque<>();
    private final List<String> acceptedCommands = new ArrayList<>();
    private final List<ReceivedSignal> receivedSignals = new ArrayList<>();
    private final List<String> soapCalls = new ArrayList<>();
    private final Map<String, Instant> lastTriggerByActivity = new HashMap<>();

    // Run-duration bookkeeping: real elapsed time (nanoTime), not the injectable clock, because the
    // scheduler that ends the run works in real time. A generation number invalidates stale timers.
    private long runGeneration;
    private long runSegmentStartNanos;
    private long remainingRunNanos;

    SimulatedWorkflow(WorkflowSpec spec, long numericId, ScheduledExecutorService scheduler) {
        this.spec = spec;
        this.numericId = numericId;
        this.scheduler = scheduler;
        this.pkey = "@" + randomKey();
        this.state = spec.initialState();
        this.remainingRunNanos = spec.runDuration() == null ? 0 : spec.runDuration().toNanos();
    }

    /** Starts the run timer of a workflow added in state {@code started}; called once, after construction. */
    synchronized void activate() {
        if (state == WorkflowState.STARTED) {
            startRunTimer();
        }
    }

    String id() {
        return spec.id();
    }

    /** Campaign's {@code @id}; the spec's id is its {@code @internalName}. */
    long numericId() {
        return numericId;
    }

    String label() {
        return spec.label();
    }

    String pkey() {
        return pkey;
    }

    List<SignalActivitySpec> signalActivities() {
        return spec.signals();
    }

    Optional<SignalActivitySpec> signalActivity(String name) {
        return spec.signals().stream().filter(activity -> activity.name().equals(name)).findFirst();
    }

    synchronized WorkflowState state() {
        return state;
    }

    synchronized List<String> acceptedCommands() {
        return List.copyOf(acceptedCommands);
    }

    synchronized List<ReceivedSignal> receivedSignals() {
        return List.copyOf(receivedSignals);
    }

    synchronized Snapshot snapshot() {
        return new Snapshot(state, pendingCommands.peekLast());
    }

    synchronized void recordSoapCall(String action) {
        soapCalls.add(action);
    }

    synchronized List<String> soapCalls() {
        return List.copyOf(soapCalls);
    }

    /**
     * Accepts the first of {@code candidates} that makes sense in the projected state (for SOAP's Start: resume, else
     * start); empty, and nothing accepted, when none does.
     */
    synchronized Optional<WorkflowCommand> acceptFirstApplicable(List<WorkflowCommand> candidates, Duration delay) {
        WorkflowState projected = projectedState();
        for (WorkflowCommand candidate : candidates) {
            if (WorkflowStateMachine.next(projected, candidate).isPresent()) {
                enqueue(candidate, delay);
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Records an event posted with {@code xtk:workflow#PostEvent}, always (Campaign accepts it and works on it later):
     * triggered when the workflow runs and declares the activity, queued when it is paused, of no effect otherwise.
     */
    synchronized ReceivedSignal postEvent(String activity, Map<String, Object> variables) {
        ReceivedSignal.Effect effect;
        if (signalActivity(activity).isEmpty()) {
            effect = ReceivedSignal.Effect.NONE;
        } else if (state == WorkflowState.STARTED) {
            effect = ReceivedSignal.Effect.TRIGGERED;
        } else if (state == WorkflowState.PAUSED) {
            effect = ReceivedSignal.Effect.QUEUED;
        } else {
            effect = ReceivedSignal.Effect.NONE;
        }
        ReceivedSignal signal = new ReceivedSignal(activity, "", variables, effect);
        receivedSignals.add(signal);
        return signal;
    }

    /** Accepts the command for application after {@code delay}, or refuses it naming the state. */
    synchronized void accept(WorkflowCommand command, Duration delay) throws CommandRefusedException {
        WorkflowState projected = projectedState();
        if (WorkflowStateMachine.next(projected, command).isEmpty()) {
            throw new CommandRefusedException(projected);
        }
        enqueue(command, delay);
    }

    /** Records the signal unless the workflow is not running or the activity's minimum interval has not passed. */
    synchronized TriggerResult trigger(ReceivedSignal signal, Instant now, Duration minimumInterval) {
        if (state != WorkflowState.STARTED) {
            return new TriggerResult(TriggerOutcome.NOT_STARTED, state);
        }
        Instant last = lastTriggerByActivity.get(signal.activity());
        if (!minimumInterval.isZero() && last != null && now.isBefore(last.plus(minimumInterval))) {
            return new TriggerResult(TriggerOutcome.TOO_SOON, state);
        }
        lastTriggerByActivity.put(signal.activity(), now);
        receivedSignals.add(signal);
        return new TriggerResult(TriggerOutcome.ACCEPTED, state);
    }

    private void enqueue(WorkflowCommand command, Duration delay) {
        pendingCommands.addLast(command);
        acceptedCommands.add(command.word());
        scheduler.schedule(this::applyNextPendingCommand, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    private WorkflowState projectedState() {
        WorkflowState projected = state;
        for (WorkflowCommand pending : pendingCommands) {
            projected = WorkflowStateMachine.next(projected, pending).orElse(projected);
        }
        return projected;
    }

    private synchronized void applyNextPendingCommand() {
        WorkflowCommand command = pendingCommands.pollFirst();
        if (command != null) {
            WorkflowStateMachine.next(state, command).ifPresent(this::enter);
        }
    }

    private void enter(WorkflowState newState) {
        WorkflowState previous = state;
        state = newState;
        runGeneration++;
        if (spec.runDuration() == null) {
            return;
        }
        if (previous == WorkflowState.STARTED && newState == WorkflowState.PAUSED) {
            long ranNanos = System.nanoTime() - runSegmentStartNanos;
            remainingRunNanos = Math.max(0, remainingRunNanos - ranNanos);
        } else if (newState == WorkflowState.STARTED) {
            if (previous != WorkflowState.PAUSED) {
                remainingRunNanos = spec.runDuration().toNanos(); // a fresh run
            }
            startRunTimer();
        }
    }

    private void startRunTimer() {
        if (spec.runDuration() == null) {
            return;
        }
        runSegmentStartNanos = System.nanoTime();
        long generation = runGeneration;
        scheduler.schedule(() -> endRun(generation), remainingRunNanos, TimeUnit.NANOSECONDS);
    }

    private synchronized void endRun(long generation) {
        if (generation == runGeneration && state == WorkflowState.STARTED) {
            state = WorkflowStateMachine.endOfRun(spec.endsInError());
            runGeneration++;
        }
    }

    private static String randomKey() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
