package io.github.campaignworkflow.simulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A signal the simulator received: a REST trigger it accepted, or an event posted with SOAP's
 * {@code xtk:workflow#PostEvent}. A REST trigger's parameter values are what Jackson made of the JSON: {@code String},
 * {@code Boolean}, or a {@code Number} (Integer, Long, BigInteger, Double); dates arrive and stay ISO-8601 strings. A
 * SOAP event's are the attributes of its {@code <variables/>}, as text, and its {@code source} is empty (PostEvent has
 * none). An absent {@code parameters} object gives an empty map.
 *
 * @param effect what the workflow made of it: a REST trigger is always {@link Effect#TRIGGERED} (the others are
 *               refused), a SOAP event depends on the workflow's state
 */
public record ReceivedSignal(String activity, String source, Map<String, Object> parameters, Effect effect) {

    /** What a received signal did. */
    public enum Effect {
        /** The workflow runs and its signal activity fired. */
        TRIGGERED,
        /** The workflow is paused: Campaign keeps the event for when it resumes. */
        QUEUED,
        /** The workflow is not running, or has no such activity: Campaign logs an error in the workflow, nothing fires. */
        NONE
    }

    public ReceivedSignal {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(effect, "effect");
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A triggered signal, as a REST trigger records it. */
    public ReceivedSignal(String activity, String source, Map<String, Object> parameters) {
        this(activity, source, parameters, Effect.TRIGGERED);
    }
}
