package io.github.campaignworkflow.camel.api;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Reads a signal's parameters from a message body: a {@code Map}, or a JSON object as text. Names must be non-blank
 * strings; which values a Campaign API accepts is that API's rule, checked before it sends anything.
 */
public final class SignalParameters {

    private SignalParameters() {
    }

    /**
     * @param  body                     a {@code Map}, a JSON object as text, or {@code null}/blank for none
     * @return                          the parameters in their order, or {@code null} when there are none
     * @throws IllegalArgumentException naming the offending parameter or text
     */
    public static Map<String, Object> of(Object body) {
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
            parameters.put(name, entry.getValue());
        }
        return parameters;
    }
}
