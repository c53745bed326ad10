package io.github.campaignworkflow.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code GET /{org}/campaign/workflow/execution/{id}} (the workflow resource) and
 * {@code POST .../{id}/commands} (start, pause, resume, stop).
 */
final class WorkflowApi {

    private final WorkflowRegistry workflows;
    private final Duration commandDelay;
    private final Supplier<String> baseUrl;

    WorkflowApi(WorkflowRegistry workflows, Duration commandDelay, Supplier<String> baseUrl) {
        this.workflows = workflows;
        this.commandDelay = commandDelay;
        this.baseUrl = baseUrl;
    }

    ResponseDefinition describe(String organization, String workflowId) {
        Optional<SimulatedWorkflow> found = workflows.find(workflowId);
        if (found.isEmpty()) {
            return unknownWorkflow(workflowId);
        }
        SimulatedWorkflow workflow = found.get();
        ObjectNode resource = JsonAnswers.object()
                .put("PKey", workflow.pkey())
                .put("id", workflow.id())
                .put("label", workflow.label())
                .put("state", workflow.state().wireName());
        ObjectNode activities = resource.putObject("activities").putObject("activity");
        for (SignalActivitySpec signal : workflow.signalActivities()) {
            ObjectNode activity = activities.putObject(signal.name());
            activity.put("label", signal.label());
            activity.put("type", "signal");
            signal.parameters().forEach(activity.putArray("parameters")::add);
            activity.putObject("trigger").put("href", triggerHref(organization, workflow.id(), signal.name()));
        }
        return JsonAnswers.json(200, resource);
    }

    ResponseDefinition command(String workflowId, Request request) {
        Optional<SimulatedWorkflow> found = workflows.find(workflowId);
        if (found.isEmpty()) {
            return unknownWorkflow(workflowId);
        }
        RequestBodies.JsonObjectBody parsed = RequestBodies.JsonObjectBody.of(request, "{\"method\":\"start\"}");
        if (parsed.refusal() != null) {
            return parsed.refusal();
        }
        JsonNode method = parsed.body().get("method");
        Optional<WorkflowCommand> command = method != null && method.isTextual()
                ? WorkflowCommand.fromWord(method.textValue()) : Optional.empty();
        if (command.isEmpty()) {
            return JsonAnswers.campaignError(400, "Unknown method " + (method == null ? "(missing)" : "'" + method.asText() + "'")
                    + ": expected one of start, pause, resume, stop.");
        }
        try {
            found.get().accept(command.get(), commandDelay);
        } catch (SimulatedWorkflow.CommandRefusedException refused) {
            return JsonAnswers.campaignError(409, "Cannot " + command.get().word() + " workflow '" + workflowId
                    + "': its state is '" + refused.state().wireName() + "'.");
        }
        // Campaign answers an undocumented, possibly empty body; the simulator chooses empty.
        return JsonAnswers.empty(200);
    }

    static ResponseDefinition unknownWorkflow(String workflowId) {
        return JsonAnswers.campaignError(404, "The workflow '" + workflowId
                + "' does not exist. Check the workflow ID: it may have been changed in Campaign.");
    }

    private String triggerHref(String organization, String workflowId, String activity) {
        return baseUrl.get()
                + "/" + PathSegments.encode(organization)
                + "/campaign/workflow/execution/" + PathSegments.encode(workflowId)
                + "/activities/activity/" + PathSegments.encode(activity)
                + "/trigger";
    }
}
