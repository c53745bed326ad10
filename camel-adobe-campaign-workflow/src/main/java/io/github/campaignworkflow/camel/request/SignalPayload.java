package io.github.campaignworkflow.camel.request;

import java.time.temporal.TemporalAccessor;
import java.util.Calendar;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.campaignworkflow.camel.response.Json;

/**
 * The body of an External signal trigger, {@code {"source": ..., "parameters": {...}}}, and Adobe's rules for it:
 * parameter values are strings, numbers, booleans or dates/times (written as ISO-8601), and the payload is at most
 * 64 KB.
 */
public final class SignalPayload {

    /** Adobe's limit on the trigger payload. */
    public static final int MAX_BYTES = 64 * 1024;

    private SignalPayload() {
    }

    /**
     * Reads and checks the parameters from a message body.
     *
     * @param  body                     a {@code Map}, a JSON object as text, or {@code null}/blank for none
     * @return                          the parameters in their order, or {@code null} when there are none
     * @throws IllegalArgumentException naming the offending parameter or text
     */
    public static Map<String, Object> parameters(Object body) {
        if (body == null || body instanceof String text && text.isBlank()) {
            return null;
        }
        Map<?, ?> raw;
        if (body instanceof Map<?, ?> map) {
            raw = map;
        } else if (body instanceof String text) {
            try {
                raw = Json.readObject(text);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(
                        "The signal parameters in the message body are not a JSON object: " + e.getOriginalMessage(), e);
            }
            if (raw == null) {
                return null;
            }
        } else {
            throw new IllegalArgumentException(
                    "The signal parameters must be a Map or a JSON object as text, not " + body.getClass().getName());
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : raw.entrySet()) {
            if (!(entry.getKey() instanceof String name) || name.isBlank()) {
                throw new IllegalArgumentException(
                        "Invalid signal parameter name '" + entry.getKey() + "': names are non-blank strings");
            }
            parameters.put(name, requireAllowedValue(name, entry.getValue()));
        }
        return parameters;
    }

    private static Object requireAllowedValue(String name, Object value) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof TemporalAccessor || value instanceof Date || value instanceof Calendar) {
            return value;
        }
        throw new IllegalArgumentException(
                "Invalid value of signal parameter '" + name + "': " + (value == null ? "null" : value.getClass().getName())
                                           + "; Adobe accepts a string, number, boolean or date/time");
    }

    /**
     * Writes the payload with Jackson.
     *
     * @param  parameters               {@code null} for a signal without parameters
     * @throws IllegalArgumentException when the payload exceeds 64 KB
     */
    public static byte[] write(String source, Map<String, Object> parameters) {
        Map<String, Object> payload = new LinkedHashMap<>(4);
        payload.put("source", source);
        if (parameters != null) {
            payload.put("parameters", parameters);
        }
        byte[] json = Json.write(payload);
        if (json.length > MAX_BYTES) {
            throw new IllegalArgumentException(
                    "The signal payload is " + json.length + " bytes; Adobe accepts at most " + MAX_BYTES + " (64 KB)");
        }
        return json;
    }
}
