package io.github.campaignworkflow.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /{org}/campaign/workflow/execution/{id}/activities/activity/{activity}/trigger}:
 * triggers an External signal activity with {@code {"source":"...","parameters":{...}}}.
 */
final class SignalTrigger {

    /** Adobe's documented payload limit. */
    static final int MAX_PAYLOAD_BYTES = 64 * 1024;

    private final WorkflowRegistry workflows;
    private final Clock clock;
    private final Duration minimumInterval;

    SignalTrigger(WorkflowRegistry workflows, Clock clock, Duration minimumInterval) {
        this.workflows = workflows;
        this.clock = clock;
        this.minimumInterval = minimumInterval;
    }

    ResponseDefinition trigger(String workflowId, String activityName, Request request) {
        Optional<SimulatedWorkflow> found = workflows.find(workflowId);
        if (found.isEmpty()) {
            return WorkflowApi.unknownWorkflow(workflowId);
        }
        SimulatedWorkflow workflow = found.get();
        Optional<SignalActivitySpec> activity = workflow.signalActivity(activityName);
        if (activity.isEmpty()) {
            return JsonAnswers.campaignError(404, "The signal activity '" + activityName
                    + "' does not exist in workflow '" + workflowId + "'.");
        }
        byte[] payload = request.getBody();
        if (payload != null && payload.length > MAX_PAYLOAD_BYTES) {
            return JsonAnswers.campaignError(400, "The payload exceeds the 64 KB limit of a signal.");
        }
        RequestBodies.JsonObjectBody parsed = RequestBodies.JsonObjectBody.of(request,
                "{\"source\":\"...\",\"parameters\":{}}");
        if (parsed.refusal() != null) {
            return parsed.refusal();
        }
        ObjectNode body = parsed.body();
        JsonNode source = body.get("source");
        if (source == null || !source.isTextual() || source.textValue().isBlank()) {
            return JsonAnswers.campaignError(400, "The 'source' attribute is mandatory.");
        }

        JsonNode parameters = body.get("parameters");
        Map<String, Object> values = new LinkedHashMap<>();
        if (parameters != null) {
            if (!parameters.isObject()) {
                return JsonAnswers.campaignError(400, "'parameters' must be a JSON object.");
            }
            Iterator<Map.Entry<String, JsonNode>> fields = parameters.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!activity.get().declares(field.getKey())) {
                    return JsonAnswers.campaignError(400, "RST-360011 An error has occurred - please contact your administrator. '"
                            + field.getKey() + "' parameter isn't defined in signal activity.");
                }
                JsonNode value = field.getValue();
                // Campaign's parameter types are string, number, boolean and date/time (an ISO-8601 string).
                if (!(value.isTextual() || value.isNumber() || value.isBoolean())) {
                    return JsonAnswers.campaignError(400, "The value of parameter '" + field.getKey()
                            + "' must be a string, a number, a boolean or an ISO-8601 date string.");
                }
                values.put(field.getKey(), JsonAnswers.MAPPER.convertValue(value, Object.class));
            }
        }

        ReceivedSignal signal = new ReceivedSignal(activityName, source.textValue(), values);
        SimulatedWorkflow.TriggerResult result = workflow.trigger(signal, clock.instant(), minimumInterval);
        switch (result.outcome()) {
            case NOT_STARTED:
                return JsonAnswers.campaignError(409, "The workflow '" + workflowId + "' is not started (its state is '"
                        + result.state().wireName() + "'): the signal cannot be triggered.");
            case TOO_SOON:
                // Adobe documents that this refusal may not be JSON: the simulator answers plain text on purpose.
                return JsonAnswers.text(400, "The signal activity '" + activityName + "' cannot be triggered more than once every "
                        + minimumInterval.getSeconds() + " seconds.");
            case ACCEPTED:
                return JsonAnswers.json(200, JsonAnswers.object().put("status", "triggered"));
            default:
                throw new IllegalStateException("Unhandled outcome " + result.outcome());
        }
    }
}
