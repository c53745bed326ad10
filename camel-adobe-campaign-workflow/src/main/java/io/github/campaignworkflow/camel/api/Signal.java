package io.github.campaignworkflow.camel.api;

import java.util.Map;
import java.util.Objects;

/**
 * An External signal to trigger: which activity, the source it names, and its parameters. Each Campaign API checks
 * the parameters against its own rules before anything is sent.
 *
 * @param activity   the External signal activity's name
 * @param source     the signal's source
 * @param parameters the parameters in their order, or {@code null} for none (an empty map is sent as empty)
 */
public record Signal(String activity, String source, Map<String, Object> parameters) {

    public Signal {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(source, "source");
    }
}
