package io.github.campaignworkflow.camel.api.rest;

import java.util.Map;

import io.github.campaignworkflow.camel.api.Json;

/**
 * Where the workflow's state is in a REST response. Adobe does not document the field, so the lookup lives here alone:
 * the top-level {@code state}, else the top-level {@code status}.
 */
final class RestState {

    private RestState() {
    }

    /** @return the state, or {@code null} when the body is not a JSON object or carries neither field */
    static String of(Object body) {
        if (body instanceof Map<?, ?> map) {
            String state = Json.text(map.get("state"));
            return state != null ? state : Json.text(map.get("status"));
        }
        return null;
    }
}
