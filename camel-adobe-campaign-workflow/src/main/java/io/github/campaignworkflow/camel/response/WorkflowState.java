package io.github.campaignworkflow.camel.response;

import java.util.Map;

/**
 * Where the workflow's state is in a response. Adobe does not document the field, so the lookup lives here alone:
 * the top-level {@code state}, else the top-level {@code status}.
 */
public final class WorkflowState {

    private WorkflowState() {
    }

    /** @return the state, or {@code null} when the body is not a JSON object or carries neither field */
    public static String of(Object body) {
        if (body instanceof Map<?, ?> map) {
            String state = Json.text(map.get("state"));
            return state != null ? state : Json.text(map.get("status"));
        }
        return null;
    }
}
