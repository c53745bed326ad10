package io.github.campaignworkflow.examples.simulator;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

/**
 * The WireMock extension behind the single catch-all stub: it routes each request to IMS or,
 * through the gateway checks, to the Campaign workflow endpoints. Stubs cannot hold state, so the
 * simulator answers everything from here.
 */
final class SimulatorRouter implements ResponseDefinitionTransformerV2 {

    static final String NAME = "adobe-campaign-simulator";

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorRouter.class);

    private final ImsTokenEndpoint ims;
    private final ApiGatekeeper gatekeeper;
    private final String organization;
    private final WorkflowApi workflowApi;
    private final SignalTrigger signalTrigger;

    SimulatorRouter(ImsTokenEndpoint ims, ApiGatekeeper gatekeeper, String organization,
                    WorkflowApi workflowApi, SignalTrigger signalTrigger) {
        this.ims = ims;
        this.gatekeeper = gatekeeper;
        this.organization = organization;
        this.workflowApi = workflowApi;
        this.signalTrigger = signalTrigger;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        try {
            return route(request);
        } catch (RuntimeException bug) {
            // A simulator bug must surface as a clear answer, not as WireMock's stub default.
            // Log the path only: a query string may carry credentials.
            LOG.error("Simulator failure on {} {}", request.getMethod(), PathSegments.pathOf(request.getUrl()), bug);
            return JsonAnswers.campaignError(500, "Simulator failure: " + bug);
        }
    }

    private ResponseDefinition route(Request request) {
        String path = PathSegments.pathOf(request.getUrl());
        if (path.equals(ImsTokenEndpoint.PATH)) {
            return ims.handle(request);
        }
        Optional<ResponseDefinition> refusal = gatekeeper.refusal(request);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        Optional<List<String>> parsed = PathSegments.split(path);
        if (parsed.isEmpty()) {
            return wrongUri();
        }
        List<String> segments = parsed.get();
        if (segments.size() < 2 || !segments.get(0).equals(organization) || !segments.get(1).equals("campaign")) {
            return wrongUri();
        }
        return routeCampaign(request, segments);
    }

    /** Everything under {@code /{org}/campaign/}. */
    private ResponseDefinition routeCampaign(Request request, List<String> segments) {
        int size = segments.size();
        if (size < 5 || !segments.get(2).equals("workflow") || !segments.get(3).equals("execution")) {
            return unknownResource(request);
        }
        String workflowId = segments.get(4);
        RequestMethod method = request.getMethod();
        if (size == 5) {
            return RequestMethod.GET.equals(method) ? workflowApi.describe(organization, workflowId) : notAllowed(method, "GET");
        }
        if (size == 6 && segments.get(5).equals("commands")) {
            return RequestMethod.POST.equals(method) ? workflowApi.command(workflowId, request) : notAllowed(method, "POST");
        }
        if (size == 9 && segments.get(5).equals("activities") && segments.get(6).equals("activity")
                && segments.get(8).equals("trigger")) {
            return RequestMethod.POST.equals(method)
                    ? signalTrigger.trigger(workflowId, segments.get(7), request)
                    : notAllowed(method, "POST");
        }
        return unknownResource(request);
    }

    /** What mc.adobe.io answers for an unknown organization or a wrong URI. */
    private static ResponseDefinition wrongUri() {
        return JsonAnswers.campaignError(500, "Oops. Something went wrong. Check your URI and try again.");
    }

    private static ResponseDefinition unknownResource(Request request) {
        return JsonAnswers.campaignError(404, "No resource at " + PathSegments.pathOf(request.getUrl()));
    }

    private static ResponseDefinition notAllowed(RequestMethod method, String allowed) {
        ResponseDefinition json = JsonAnswers.campaignError(405, "Method " + method + " is not allowed here; use " + allowed + ".");
        return responseDefinition()
                .withStatus(405)
                .withHeader("Content-Type", JsonAnswers.JSON)
                .withHeader("Allow", allowed)
                .withBody(json.getBody())
                .build();
    }
}
