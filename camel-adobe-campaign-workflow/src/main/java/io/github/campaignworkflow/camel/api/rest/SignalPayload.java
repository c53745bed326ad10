package io.github.campaignworkflow.camel.api.rest;

import java.time.temporal.TemporalAccessor;
import java.util.Calendar;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.campaignworkflow.camel.api.Json;
import io.github.campaignworkflow.camel.api.Signal;

/**
 * The body of an External signal trigger, {@code {"source": ..., "parameters": {...}}}, and Adobe's rules for it:
 * parameter values are strings, numbers, booleans or dates/times (written as ISO-8601), and the payload is at most
 * 64 KB.
 */
final class SignalPayload {

    /** Adobe's limit on the trigger payload. */
    static final int MAX_BYTES = 64 * 1024;

    private SignalPayload() {
    }

    /**
     * Checks the signal against Adobe's rules and writes it with Jackson.
     *
     * @throws IllegalArgumentException naming the offending parameter, or when the payload exceeds 64 KB
     */
    static byte[] write(Signal signal) {
        Map<String, Object> payload = new LinkedHashMap<>(4);
        payload.put("source", signal.source());
        if (signal.parameters() != null) {
            signal.parameters().forEach(SignalPayload::requireAllowedValue);
            payload.put("parameters", signal.parameters());
        }
        byte[] json = Json.write(payload);
        if (json.length > MAX_BYTES) {
            throw new IllegalArgumentException(
                    "The signal payload is " + json.length + " bytes; Adobe accepts at most " + MAX_BYTES + " (64 KB)");
        }
        return json;
    }

    private static void requireAllowedValue(String name, Object value) {
        if (!(value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof TemporalAccessor || value instanceof Date || value instanceof Calendar)) {
            throw new IllegalArgumentException(
                    "Invalid value of signal parameter '" + name + "': "
                                               + (value == null ? "null" : value.getClass().getName())
                                               + "; Adobe accepts a string, number, boolean or date/time");
        }
    }
}
