package io.github.campaignworkflow.simulator;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code xtk:workflow#Start}, {@code Pause}, {@code Stop}, {@code PostEvent} and {@code xtk:queryDef#ExecuteQuery},
 * on the same workflows as the REST API. Arguments are read by position after the session token.
 */
final class SoapWorkflowMethods {

    private final WorkflowRegistry workflows;
    private final Duration commandDelay;

    SoapWorkflowMethods(WorkflowRegistry workflows, Duration commandDelay) {
        this.workflows = workflows;
        this.commandDelay = commandDelay;
    }

    /** Starts the workflow, or resumes it when it is (about to be) paused: Campaign has no Resume. */
    ResponseDefinition start(SoapRequest call) throws SoapRequestException {
        return command(call, List.of(WorkflowCommand.RESUME, WorkflowCommand.START));
    }

    ResponseDefinition pause(SoapRequest call) throws SoapRequestException {
        return command(call, List.of(WorkflowCommand.PAUSE));
    }

    ResponseDefinition stop(SoapRequest call) throws SoapRequestException {
        return command(call, List.of(WorkflowCommand.STOP));
    }

    /**
     * Campaign records the order and answers at once; one that makes no sense in the workflow's state (Start on a
     * running one) is answered the same and changes nothing, as Campaign documents no Fault for it.
     */
    private ResponseDefinition command(SoapRequest call, List<WorkflowCommand> candidates) throws SoapRequestException {
        SimulatedWorkflow workflow = workflow(call);
        workflow.acceptFirstApplicable(candidates, commandDelay);
        return SoapAnswers.success(call.service(), call.method(), SoapAnswers.Content.NONE);
    }

    /** {@code PostEvent(workflowId, activity, transition, parameters <variables .../>, complete)}. */
    ResponseDefinition postEvent(SoapRequest call) throws SoapRequestException {
        SimulatedWorkflow workflow = workflow(call);
        String activity = call.text(1, "activity");
        call.text(2, "transition"); // checked, not simulated: the simulated activities have one transition
        XmlElement variables = call.element(3, "parameters");
        if (variables != null && !variables.localName().equals("variables")) {
            throw new SoapRequestException("The parameters of PostEvent must be a <variables/> element, not <"
                    + variables.localName() + ">.");
        }
        String complete = call.text(4, "complete").trim();
        if (!List.of("true", "false", "1", "0").contains(complete)) {
            throw new SoapRequestException("The parameter 'complete' of PostEvent must be a boolean.");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        if (variables != null) {
            values.putAll(variables.attributes());
        }
        workflow.postEvent(activity, values);
        return SoapAnswers.success(call.service(), call.method(), SoapAnswers.Content.NONE);
    }

    /** {@code ExecuteQuery(entity <queryDef .../>)}: one {@code <workflow .../>} with the selected attributes. */
    ResponseDefinition executeQuery(SoapRequest call) throws SoapRequestException {
        WorkflowQuery query = WorkflowQuery.of(call.element(0, "entity"));
        Optional<SimulatedWorkflow> found = find(query);
        if (found.isEmpty() && query.mustExist()) {
            throw new SoapRequestException("No workflow matches " + (query.byNumericId() ? "@id=" : "@internalName=")
                    + query.value() + " (operation get).");
        }
        return SoapAnswers.success(call.service(), call.method(), response -> response.element("pdomOutput", value -> {
            value.start("workflow");
            if (found.isPresent()) {
                SimulatedWorkflow workflow = found.get();
                SimulatedWorkflow.Snapshot snapshot = workflow.snapshot();
                for (String attribute : query.selected()) {
                    value.attribute(attribute, attributeValue(workflow, snapshot, attribute));
                }
            }
            value.end();
        }));
    }

    Optional<SimulatedWorkflow> find(WorkflowQuery query) {
        return query.byNumericId() ? workflows.findByNumericId(query.value()) : workflows.find(query.value());
    }

    private static String attributeValue(SimulatedWorkflow workflow, SimulatedWorkflow.Snapshot snapshot, String attribute) {
        switch (attribute) {
            case "id":
                return Long.toString(workflow.numericId());
            case "internalName":
                return workflow.id();
            case "label":
                return workflow.label();
            case "state":
                return Integer.toString(XtkWorkflowState.state(snapshot));
            default:
                return XtkWorkflowState.failed(snapshot) ? "1" : "0";
        }
    }

    private SimulatedWorkflow workflow(SoapRequest call) throws SoapRequestException {
        String workflowId = call.text(0, "workflowId");
        return workflows.findBySoapId(workflowId).orElseThrow(() -> new SoapRequestException(
                "The workflow '" + workflowId + "' does not exist. Check the workflow ID: it may have been changed in Campaign."));
    }
}
