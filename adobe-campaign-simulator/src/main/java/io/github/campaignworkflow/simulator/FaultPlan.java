package io.github.campaignworkflow.simulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The faults injected per workflow, in the order they were asked for. A request takes the first rule that targets it;
 * a counted rule is used up after its last fault, an unlimited one stays until {@link #clear()}.
 */
final class FaultPlan {

    /** The number of faults left for a counted rule; {@link #UNLIMITED} for a rule that never runs out. */
    private static final int UNLIMITED = -1;

    private static final class Rule {
        final SimulatedFault fault;
        int remaining;

        Rule(SimulatedFault fault, int remaining) {
            this.fault = fault;
            this.remaining = remaining;
        }
    }

    private final Map<String, List<Rule>> rules = new HashMap<>();
    private final Map<String, Integer> injected = new HashMap<>();

    synchronized void add(String workflowId, SimulatedFault fault, int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be positive: " + times);
        }
        rules.computeIfAbsent(workflowId, id -> new ArrayList<>()).add(new Rule(fault, times));
    }

    synchronized void addUnlimited(String workflowId, SimulatedFault fault) {
        rules.computeIfAbsent(workflowId, id -> new ArrayList<>()).add(new Rule(fault, UNLIMITED));
    }

    /**
     * The fault this request gets, counted as injected; empty when the workflow answers normally. A SOAP-only fault
     * is for SOAP calls: a REST request passes it by and leaves it planned.
     */
    synchronized Optional<SimulatedFault> take(String workflowId, SimulatedFault.Call call, boolean soap) {
        List<Rule> forWorkflow = rules.get(workflowId);
        if (forWorkflow == null) {
            return Optional.empty();
        }
        for (Iterator<Rule> iterator = forWorkflow.iterator(); iterator.hasNext(); ) {
            Rule rule = iterator.next();
            if (!rule.fault.targets(call) || (rule.fault.isSoapOnly() && !soap)) {
                continue;
            }
            if (rule.remaining != UNLIMITED && --rule.remaining == 0) {
                iterator.remove();
            }
            injected.merge(workflowId, 1, Integer::sum);
            return Optional.of(rule.fault);
        }
        return Optional.empty();
    }

    synchronized int injected(String workflowId) {
        return injected.getOrDefault(workflowId, 0);
    }

    /** Forgets every rule and every count. */
    synchronized void clear() {
        rules.clear();
        injected.clear();
    }
}
