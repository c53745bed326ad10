package io.github.campaignworkflow.simulator;

import com.github.tomakehurst.wiremock.http.Cookie;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import java.util.Locale;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

/**
 * Campaign's SOAP router, {@code POST /nl/jsp/soaprouter.jsp}: checks the transport (method, content type, size,
 * SOAPAction), parses the envelope, injects a planned fault, authenticates (an IMS bearer token, or a session from
 * {@code xtk:session#Logon}) and hands the call to its service. No API gateway stands in front of it: no
 * {@code X-Api-Key}, no throttling.
 */
final class SoapRouter {

    static final String PATH = "/nl/jsp/soaprouter.jsp";

    /** The largest request body read; Campaign's own limit is not documented. */
    static final int MAX_REQUEST_BYTES = 1024 * 1024;

    private static final System.Logger LOG = System.getLogger(SoapRouter.class.getName());

    /** The workflow a call is about and which of its calls it is, for faults and {@code soapCalls}. */
    private record Target(SimulatedWorkflow workflow, SimulatedFault.Call call) {
    }

    private final TokenRegistry tokens;
    private final SoapSessions sessions;
    private final FaultPlan faults;
    private final WorkflowRegistry workflows;
    private final SoapWorkflowMethods workflowMethods;
    private final SoapSessionMethods sessionMethods;

    SoapRouter(TokenRegistry tokens, SoapSessions sessions, FaultPlan faults, WorkflowRegistry workflows,
               SoapWorkflowMethods workflowMethods, SoapSessionMethods sessionMethods) {
        this.tokens = tokens;
        this.sessions = sessions;
        this.faults = faults;
        this.workflows = workflows;
        this.workflowMethods = workflowMethods;
        this.sessionMethods = sessionMethods;
    }

    ResponseDefinition handle(Request request) {
        if (!RequestMethod.POST.equals(request.getMethod())) {
            return responseDefinition().withStatus(405).withHeader("Allow", "POST")
                    .withHeader("Content-Type", JsonAnswers.TEXT).withBody("The SOAP router only accepts POST.").build();
        }
        SoapRequest call;
        try {
            call = SoapRequestReader.read(boundedBody(request), charset(request));
            checkSoapAction(request, call);
        } catch (SoapRequestException refused) {
            return SoapAnswers.fault(500, refused.getMessage(), null);
        }
        Optional<Target> target = target(call);
        target.ifPresent(found -> found.workflow().recordSoapCall(call.action()));
        Optional<SimulatedFault> fault = target.flatMap(found -> faults.take(found.workflow().id(), found.call(), true));
        if (fault.isPresent()) {
            LOG.log(System.Logger.Level.DEBUG, () -> "Injecting " + fault.get() + " on " + call.action());
            if (!fault.get().isAfterApplying()) {
                return injected(fault.get(), request, call, null);
            }
        }
        ResponseDefinition answer = refusal(request, call).orElseGet(() -> dispatch(call));
        return fault.isPresent() ? injected(fault.get(), request, call, answer) : answer;
    }

    private ResponseDefinition dispatch(SoapRequest call) {
        try {
            switch (call.action()) {
                case "xtk:session#Logon":
                    return sessionMethods.logon(call);
                case "xtk:session#Logoff":
                    return sessionMethods.logoff(call);
                case "xtk:workflow#Start":
                    return workflowMethods.start(call);
                case "xtk:workflow#Pause":
                    return workflowMethods.pause(call);
                case "xtk:workflow#Stop":
                    return workflowMethods.stop(call);
                case "xtk:workflow#PostEvent":
                    return workflowMethods.postEvent(call);
                case "xtk:queryDef#ExecuteQuery":
                    return workflowMethods.executeQuery(call);
                default:
                    return SoapAnswers.fault(500, "SOP-330006 The method '" + call.method()
                            + "' is not defined in SOAP service '" + call.service() + "'.", null);
            }
        } catch (SoapRequestException refused) {
            return executionError(call, refused.getMessage());
        }
    }

    /** Campaign's Fault for a method that failed; the reason goes in the detail. */
    private static ResponseDefinition executionError(SoapRequest call, String reason) {
        return SoapAnswers.fault(500, "SOP-330011 Error while executing the method '" + call.method()
                + "' of service '" + call.service() + "'.", reason);
    }

    /** Why the call may not go on, or empty: Logon needs nothing; the rest an IMS bearer token or an open session. */
    private Optional<ResponseDefinition> refusal(Request request, SoapRequest call) {
        if (call.action().equals("xtk:session#Logon")) {
            return Optional.empty();
        }
        Optional<String> bearer = ApiGatekeeper.bearerToken(request);
        if (bearer.isPresent()) {
            return tokens.clientOfValidToken(bearer.get()).isPresent() ? Optional.empty() : Optional.of(bearerRefused());
        }
        return hasValidSession(request, call) ? Optional.empty()
                : Optional.of(SoapAnswers.fault(500, SimulatedFault.SESSION_EXPIRED, null));
    }

    /** The session token in {@code sessiontoken} and in the cookie, and its security token in the header. */
    private boolean hasValidSession(Request request, SoapRequest call) {
        Optional<SoapSessions.Session> session = sessions.session(call.sessionToken());
        Cookie cookie = request.getCookies().get("__sessiontoken");
        return session.isPresent()
                && cookie != null && call.sessionToken().equals(cookie.getValue())
                && ImsTokenEndpoint.constantTimeEquals(session.get().securityToken(),
                        request.getHeader("X-Security-Token"));
    }

    /** A refused bearer token: HTTP 401, as an IMS-enabled instance answers, with Campaign's session text. */
    private static ResponseDefinition bearerRefused() {
        return SoapAnswers.fault(401, SimulatedFault.SESSION_EXPIRED, "The IMS bearer token is not valid.");
    }

    private ResponseDefinition injected(SimulatedFault fault, Request request, SoapRequest call,
                                        ResponseDefinition campaignAnswer) {
        if (fault.kind() == SimulatedFault.Kind.EXPIRED_TOKEN) {
            ApiGatekeeper.bearerToken(request).ifPresent(tokens::expire);
            return bearerRefused();
        }
        if (fault.kind() == SimulatedFault.Kind.EXPIRED_SESSION) {
            sessions.end(call.sessionToken());
        }
        return FaultAnswers.soapAnswer(fault, campaignAnswer);
    }

    /** The workflow a call names, when it names a simulated one. */
    private Optional<Target> target(SoapRequest call) {
        try {
            switch (call.action()) {
                case "xtk:workflow#Start":
                case "xtk:workflow#Pause":
                case "xtk:workflow#Stop":
                case "xtk:workflow#PostEvent":
                    SimulatedFault.Call kind = call.method().equals("PostEvent")
                            ? SimulatedFault.Call.SIGNAL : SimulatedFault.Call.COMMAND;
                    return workflows.findBySoapId(call.text(0, "workflowId")).map(workflow -> new Target(workflow, kind));
                case "xtk:queryDef#ExecuteQuery":
                    return workflowMethods.find(WorkflowQuery.of(call.element(0, "entity")))
                            .map(workflow -> new Target(workflow, SimulatedFault.Call.READ));
                default:
                    return Optional.empty();
            }
        } catch (SoapRequestException malformed) {
            return Optional.empty(); // the method answers the Fault
        }
    }

    private static byte[] boundedBody(Request request) throws SoapRequestException {
        byte[] body = request.getBody();
        if (body == null || body.length == 0) {
            throw new SoapRequestException("The request has no body: a SOAP envelope is expected.");
        }
        if (body.length > MAX_REQUEST_BYTES) {
            throw new SoapRequestException("The request body exceeds the simulator's limit of " + MAX_REQUEST_BYTES + " bytes.");
        }
        return body;
    }

    /** The charset of a {@code text/xml} or {@code application/soap+xml} body; {@code null} when not declared. */
    private static String charset(Request request) throws SoapRequestException {
        String contentType = request.getHeader("Content-Type");
        String[] parts = contentType == null ? new String[] {""} : contentType.split(";");
        String mediaType = parts[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("text/xml") && !mediaType.equals("application/soap+xml")) {
            throw new SoapRequestException("The Content-Type must be text/xml or application/soap+xml, not '"
                    + (contentType == null ? "" : contentType) + "'.");
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter.length == 2 && parameter[0].trim().equalsIgnoreCase("charset")) {
                return parameter[1].trim().replace("\"", "");
            }
        }
        return null;
    }

    /** The SOAPAction header (quoted or not) and the {@code soapAction} query, when given, must name the body's method. */
    private static void checkSoapAction(Request request, SoapRequest call) throws SoapRequestException {
        String header = request.getHeader("SOAPAction");
        QueryParameter query = request.queryParameter("soapAction");
        if (header == null && !query.isPresent()) {
            throw new SoapRequestException("The request has no SOAPAction header (nor soapAction query parameter).");
        }
        if (header != null) {
            String action = header.trim();
            if (action.length() >= 2 && action.startsWith("\"") && action.endsWith("\"")) {
                action = action.substring(1, action.length() - 1);
            }
            if (!action.equals(call.action())) {
                throw new SoapRequestException("The SOAPAction header '" + action + "' does not name the method of the body, "
                        + call.action() + ".");
            }
        }
        if (query.isPresent() && !query.firstValue().equals(call.action())) {
            throw new SoapRequestException("The soapAction query parameter '" + query.firstValue()
                    + "' does not name the method of the body, " + call.action() + ".");
        }
    }
}
