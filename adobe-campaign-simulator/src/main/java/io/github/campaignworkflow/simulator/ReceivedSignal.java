package io.github.campaignworkflow.simulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A signal the simulator accepted. Parameter values are what Jackson made of the JSON:
 * {@code String}, {@code Boolean}, or a {@code Number} (Integer, Long, BigInteger, Double).
 * Dates arrive and stay ISO-8601 strings. An absent {@code parameters} object gives an empty map.
 */
public record ReceivedSignal(String activity, String source, Map<String, Object> parameters) {

    public ReceivedSignal {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(source, "source");
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
