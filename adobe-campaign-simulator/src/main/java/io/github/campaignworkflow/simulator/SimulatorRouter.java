package io.github.campaignworkflow.simulator;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.util.List;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

/**
 * The WireMock extension behind the single catch-all stub: it routes each request to IMS, to the SOAP router or,
 * through the gateway (throttling, injected faults, token and API key), to the Campaign workflow endpoints. Stubs cannot hold state, so
 * the simulator answers everything from here.
 */
final class SimulatorRouter implements ResponseDefinitionTransformerV2 {

    static final String NAME = "adobe-campaign-simulator";

    private static final System.Logger LOG = System.getLogger(SimulatorRouter.class.getName());

    /** The workflow a request is about and which of its calls it is. */
    private record Target(String workflowId, SimulatedFault.Call call) {
    }

    private final ImsTokenEndpoint ims;
    private final ApiGatekeeper gatekeeper;
    private final FaultPlan faults;
    private final String organization;
    private final WorkflowApi workflowApi;
    private final SignalTrigger signalTrigger;
    private final SoapRouter soapRouter;

    SimulatorRouter(ImsTokenEndpoint ims, ApiGatekeeper gatekeeper, FaultPlan faults, String organization,
                    WorkflowApi workflowApi, SignalTrigger signalTrigger, SoapRouter soapRouter) {
        this.ims = ims;
        this.gatekeeper = gatekeeper;
        this.faults = faults;
        this.organization = organization;
        this.workflowApi = workflowApi;
        this.signalTrigger = signalTrigger;
        this.soapRouter = soapRouter;
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
            LOG.log(System.Logger.Level.ERROR, "Simulator failure on " + request.getMethod() + " "
                    + PathSegments.pathOf(request.getUrl()), bug);
            return JsonAnswers.campaignError(500, "Simulator failure: " + bug);
        }
    }

    private ResponseDefinition route(Request request) {
        String path = PathSegments.pathOf(request.getUrl());
        if (path.equals(ImsTokenEndpoint.PATH)) {
            return ims.handle(request);
        }
        if (path.equals(SoapRouter.PATH)) {
            return soapRouter.handle(request); // the instance itself: no gateway, no throttling
        }
        Optional<ResponseDefinition> throttled = gatekeeper.throttled();
        if (throttled.isPresent()) {
            return throttled.get();
        }
        Optional<List<String>> segments = PathSegments.split(path);
        Optional<SimulatedFault> fault = segments.flatMap(this::target)
                .flatMap(target -> faults.take(target.workflowId(), target.call(), false));
        if (fault.isPresent()) {
            LOG.log(System.Logger.Level.DEBUG, () -> "Injecting " + fault.get() + " on " + request.getMethod() + " " + path);
            if (fault.get().kind() == SimulatedFault.Kind.EXPIRED_TOKEN) {
                return gatekeeper.expireToken(request);
            }
            if (!fault.get().isAfterApplying()) {
                return FaultAnswers.answer(fault.get(), null);
            }
        }
        ResponseDefinition answer = gatekeeper.unauthorized(request)
                .orElseGet(() -> segments.map(parsed -> routeCampaign(request, parsed)).orElseGet(SimulatorRouter::wrongUri));
        return fault.isPresent() ? FaultAnswers.answer(fault.get(), answer) : answer;
    }

    /** The workflow call of a path {@code /{org}/campaign/workflow/execution/{id}[/...]}, whatever the method. */
    private Optional<Target> target(List<String> segments) {
        int size = segments.size();
        if (size < 5 || !segments.get(0).equals(organization) || !segments.get(1).equals("campaign")
                || !segments.get(2).equals("workflow") || !segments.get(3).equals("execution")) {
            return Optional.empty();
        }
        String workflowId = segments.get(4);
        if (size == 5) {
            return Optional.of(new Target(workflowId, SimulatedFault.Call.READ));
        }
        if (size == 6 && segments.get(5).equals("commands")) {
            return Optional.of(new Target(workflowId, SimulatedFault.Call.COMMAND));
        }
        if (isTrigger(segments)) {
            return Optional.of(new Target(workflowId, SimulatedFault.Call.SIGNAL));
        }
        return Optional.empty();
    }

    /** Everything under {@code /{org}/campaign/}; any other path is a wrong URI. */
    private ResponseDefinition routeCampaign(Request request, List<String> segments) {
        if (segments.size() < 2 || !segments.get(0).equals(organization) || !segments.get(1).equals("campaign")) {
            return wrongUri();
        }
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
        if (isTrigger(segments)) {
            return RequestMethod.POST.equals(method)
                    ? signalTrigger.trigger(workflowId, segments.get(7), request)
                    : notAllowed(method, "POST");
        }
        return unknownResource(request);
    }

    private static boolean isTrigger(List<String> segments) {
        return segments.size() == 9 && segments.get(5).equals("activities") && segments.get(6).equals("activity")
                && segments.get(8).equals("trigger");
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
