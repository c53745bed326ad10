package io.github.campaignworkflow.simulator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

/** The workflows of the simulated Campaign instance; workflows can be added while it serves requests. */
final class WorkflowRegistry {

    private final Map<String, SimulatedWorkflow> workflows = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler;

    WorkflowRegistry(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    void add(WorkflowSpec spec) {
        SimulatedWorkflow workflow = new SimulatedWorkflow(spec, scheduler);
        if (workflows.putIfAbsent(spec.id(), workflow) != null) {
            throw new IllegalArgumentException("Workflow '" + spec.id() + "' is already simulated");
        }
        workflow.activate();
    }

    /** Forgets every workflow, with its commands and signals, and adds these anew in their initial state. */
    void reset(List<WorkflowSpec> specs) {
        workflows.clear();
        specs.forEach(this::add);
    }

    Optional<SimulatedWorkflow> find(String id) {
        return Optional.ofNullable(workflows.get(id));
    }

    /** For the inspection methods of the simulator: an unknown id there is a test bug, so fail loudly. */
    SimulatedWorkflow require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No simulated workflow '" + id + "'"));
    }
}
