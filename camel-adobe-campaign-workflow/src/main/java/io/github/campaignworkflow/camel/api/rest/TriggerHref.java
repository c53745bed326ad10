package io.github.campaignworkflow.camel.api.rest;

import java.net.URI;
import java.util.Map;

/**
 * Finds where to trigger an External signal activity in a workflow's resource,
 * {@code activities.activity.<name>.trigger.href}, and makes sure the bearer token may go there: only to the API's
 * own scheme, host and port.
 */
final class TriggerHref {

    private TriggerHref() {
    }

    /** @throws IllegalArgumentException naming the activity, the workflow and what is wrong */
    static URI find(ApiRoot root, String workflowId, String activityName, Object workflow) {
        Map<?, ?> activities = child(child(workflow, "activities"), "activity");
        Object activity = activities != null ? activities.get(activityName) : null;
        if (activity == null) {
            throw new IllegalArgumentException(
                    "Workflow " + workflowId + " has no External signal activity '" + activityName
                                               + "'; its activities are: "
                                               + (activities == null || activities.isEmpty()
                                                       ? "none" : String.join(", ", names(activities))));
        }
        Map<?, ?> trigger = child(activity, "trigger");
        Object href = trigger != null ? trigger.get("href") : null;
        if (!(href instanceof String text) || text.isBlank()) {
            throw new IllegalArgumentException(
                    "Activity '" + activityName + "' of workflow " + workflowId
                                               + " has no trigger href: is it an External signal activity?");
        }
        URI uri;
        try {
            uri = root.resolve(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "The trigger href of activity '" + activityName + "' of workflow " + workflowId
                                               + " is not a valid URI",
                    e);
        }
        if (!root.isSameOrigin(uri)) {
            throw new IllegalArgumentException(
                    "The trigger href of activity '" + activityName + "' of workflow " + workflowId
                                               + " points at " + uri.getScheme() + "://" + uri.getRawAuthority()
                                               + ", not at the API's origin " + root.origin()
                                               + ": refused, the bearer token is only sent to the API host");
        }
        return uri;
    }

    private static Map<?, ?> child(Object node, String key) {
        if (node instanceof Map<?, ?> map && map.get(key) instanceof Map<?, ?> child) {
            return child;
        }
        return null;
    }

    private static Iterable<String> names(Map<?, ?> map) {
        return map.keySet().stream().map(String::valueOf).sorted().toList();
    }
}
