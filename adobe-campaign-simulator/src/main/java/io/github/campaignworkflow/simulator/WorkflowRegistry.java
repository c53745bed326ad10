package io.github.campaignworkflow.simulator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The workflows of the simulated Campaign instance; workflows can be added while it serves requests. Each gets
 * Campaign's numeric {@code @id} in order of addition from {@value #FIRST_NUMERIC_ID}; a reset numbers them again, so a
 * configured workflow keeps its number.
 */
final class WorkflowRegistry {

    static final long FIRST_NUMERIC_ID = 1001;

    private final Map<String, SimulatedWorkflow> workflows = new ConcurrentHashMap<>();
    private final Map<Long, SimulatedWorkflow> byNumericId = new ConcurrentHashMap<>();
    private long nextNumericId = FIRST_NUMERIC_ID;
    private final ScheduledExecutorService scheduler;

    WorkflowRegistry(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    synchronized void add(WorkflowSpec spec) {
        SimulatedWorkflow workflow = new SimulatedWorkflow(spec, nextNumericId, scheduler);
        if (workflows.putIfAbsent(spec.id(), workflow) != null) {
            throw new IllegalArgumentException("Workflow '" + spec.id() + "' is already simulated");
        }
        byNumericId.put(nextNumericId++, workflow);
        workflow.activate();
    }

    /** Forgets every workflow, with its commands and signals, and adds these anew in their initial state. */
    synchronized void reset(List<WorkflowSpec> specs) {
        workflows.clear();
        byNumericId.clear();
        nextNumericId = FIRST_NUMERIC_ID;
        specs.forEach(this::add);
    }

    /**
     * A workflow as SOAP names it: digits are Campaign's numeric id (then, for a workflow whose internal name is all
     * digits, that name), anything else the internal name.
     */
    Optional<SimulatedWorkflow> findBySoapId(String id) {
        return findByNumericId(id).or(() -> find(id));
    }

    /** The workflow whose numeric id these digits are; empty for anything but digits. */
    Optional<SimulatedWorkflow> findByNumericId(String digits) {
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.ofNullable(byNumericId.get(Long.parseLong(digits)));
    }

    Optional<SimulatedWorkflow> find(String id) {
        return Optional.ofNullable(workflows.get(id));
    }

    /** For the inspection methods of the simulator: an unknown id there is a test bug, so fail loudly. */
    SimulatedWorkflow require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No simulated workflow '" + id + "'"));
    }
}
