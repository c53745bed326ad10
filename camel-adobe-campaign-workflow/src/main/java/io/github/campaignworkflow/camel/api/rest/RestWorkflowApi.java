package io.github.campaignworkflow.camel.api.rest;

import java.util.concurrent.CompletableFuture;

import io.github.campaignworkflow.camel.AdobeWorkflowException;
import io.github.campaignworkflow.camel.api.Signal;
import io.github.campaignworkflow.camel.api.WorkflowApi;
import io.github.campaignworkflow.camel.api.WorkflowRequest;
import io.github.campaignworkflow.camel.api.WorkflowResponse;
import io.github.campaignworkflow.camel.api.rest.RestRequests.RestRequest;
import io.github.campaignworkflow.camel.http.Secret;
import io.github.campaignworkflow.camel.http.WireResponse;
import io.github.campaignworkflow.camel.send.Sender;
import io.github.campaignworkflow.camel.send.Sent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Campaign Standard's REST workflow API (also on Standard tenants moved to v8), through {@code mc.adobe.io}: a command
 * is one POST, a status one GET, a signal the GET and then a POST to the activity's trigger href.
 */
public final class RestWorkflowApi implements WorkflowApi {

    private static final Logger LOG = LoggerFactory.getLogger(RestWorkflowApi.class);

    private final RestRequests requests;
    private final Sender<String> sender;

    /**
     * @param apiKey             the X-Api-Key
     * @param endpointWorkflowId the workflow of the endpoint URI, or {@code null}: its requests are built once
     * @param sender             sends with bearer tokens
     */
    public RestWorkflowApi(ApiRoot root, Secret apiKey, String endpointWorkflowId, Sender<String> sender) {
        this.requests = new RestRequests(root, apiKey, endpointWorkflowId);
        this.sender = sender;
    }

    @Override
    public CompletableFuture<WorkflowResponse> execute(WorkflowRequest request) {
        try {
            return switch (request.command()) {
                case STATUS -> send(request, requests.status(request.workflowId()));
                case SIGNAL -> signal(request, request.signal().orElseThrow());
                default -> send(request, requests.command(request.workflowId(), request.command()));
            };
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<WorkflowResponse> signal(WorkflowRequest request, Signal signal) {
        byte[] payload = SignalPayload.write(signal); // checked before anything is sent
        return send(request, requests.status(request.workflowId())).thenCompose(workflow -> workflow.isSuccess()
                ? send(request, requests.trigger(
                        TriggerHref.find(requests.root(), request.workflowId(), signal.activity(), workflow.body()),
                        payload))
                : CompletableFuture.completedFuture(workflow));
    }

    private CompletableFuture<WorkflowResponse> send(WorkflowRequest request, RestRequest rest) {
        CompletableFuture<Sent> sent = sender.send(rest);
        if (sent.isDone() && !sent.isCompletedExceptionally()) {
            // the usual case, one round trip on the caller's thread: no stage to schedule
            return CompletableFuture.completedFuture(response(request, rest, sent.join()));
        }
        return sent.thenApply(done -> response(request, rest, done));
    }

    private WorkflowResponse response(WorkflowRequest request, RestRequest rest, Sent sent) {
        WireResponse wire = sent.response();
        Object body = ResponseBody.parse(wire);
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} of workflow {}: {} answered {} after {} attempt(s)", request.command(), request.workflowId(),
                    rest, wire.status(), sent.attempts());
        }
        AdobeWorkflowException refusal = wire.isSuccess() ? null : refusal(request, rest, sent, body);
        return new WorkflowResponse(wire.status(), body, RestState.of(body), sent.attempts(), refusal);
    }

    private AdobeWorkflowException refusal(WorkflowRequest request, RestRequest rest, Sent sent, Object body) {
        AdobeError error = AdobeError.of(body);
        String detail = GatewayHint.explain(sent.response().status(), error, requests.root().organization());
        return AdobeWorkflowException.refused(rest.describe(), sent.response().status(), error.code(), detail,
                sent.response().bodyText(), request.workflowId(), request.command().word(), sent.attempts());
    }
}
