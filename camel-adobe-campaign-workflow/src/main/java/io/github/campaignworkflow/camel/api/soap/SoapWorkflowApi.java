package io.github.campaignworkflow.camel.api.soap;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import io.github.campaignworkflow.camel.AdobeWorkflowException;
import io.github.campaignworkflow.camel.AdobeWorkflowTransportException;
import io.github.campaignworkflow.camel.AdobeWorkflowTransportException.Kind;
import io.github.campaignworkflow.camel.api.Signal;
import io.github.campaignworkflow.camel.api.WorkflowApi;
import io.github.campaignworkflow.camel.api.WorkflowRequest;
import io.github.campaignworkflow.camel.api.WorkflowResponse;
import io.github.campaignworkflow.camel.api.soap.SoapReader.NotSoapException;
import io.github.campaignworkflow.camel.http.WireResponse;
import io.github.campaignworkflow.camel.send.Sender;
import io.github.campaignworkflow.camel.send.Sent;
import org.apache.hc.core5.net.URIBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Campaign v8's and Classic's SOAP API, through the instance's router {@code /nl/jsp/soaprouter.jsp}: start and resume
 * are {@code xtk:workflow#Start} (Campaign has no Resume), pause {@code Pause}, stop {@code Stop}, a signal
 * {@code PostEvent} (no read before it), a status {@code xtk:queryDef#ExecuteQuery} with {@code getIfExists}.
 */
public final class SoapWorkflowApi implements WorkflowApi {

    private static final Logger LOG = LoggerFactory.getLogger(SoapWorkflowApi.class);
    /** The names Campaign accepts for instance variables, the attributes of {@code <variables/>}. */
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern NUMERIC_ID = Pattern.compile("[0-9]+");
    private static final List<String> SELECTED = List.of("@id", "@internalName", "@label", "@state", "@failed");

    private final URI router;
    private final Sender<SoapCredential> sender;

    public SoapWorkflowApi(URI router, Sender<SoapCredential> sender) {
        this.router = router;
        this.sender = sender;
    }

    /**
     * The SOAP router of an instance: {@code {baseUrl}/nl/jsp/soaprouter.jsp}.
     *
     * @throws IllegalArgumentException when the base URL has no room for that path
     */
    public static URI router(URI baseUrl) {
        try {
            return new URIBuilder(baseUrl).appendPathSegments("nl", "jsp", "soaprouter.jsp").build();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Cannot build the SOAP router URL of " + baseUrl, e);
        }
    }

    @Override
    public CompletableFuture<WorkflowResponse> execute(WorkflowRequest request) {
        try {
            SoapRequest soap = switch (request.command()) {
                case START, RESUME -> control(SoapMethod.START, request.workflowId());
                case PAUSE -> control(SoapMethod.PAUSE, request.workflowId());
                case STOP -> control(SoapMethod.STOP, request.workflowId());
                case STATUS -> query(request.workflowId());
                case SIGNAL -> postEvent(request.workflowId(), request.signal().orElseThrow());
            };
            return sender.send(soap).thenCompose(sent -> response(request, soap, sent));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private SoapRequest control(SoapMethod method, String workflowId) {
        return new SoapRequest(router, method, List.of(workflowId(workflowId)), false);
    }

    /** {@code <queryDef schema="xtk:workflow" operation="getIfExists">} selecting the workflow by name or id. */
    private SoapRequest query(String workflowId) {
        XmlValues.requireText(workflowId, "workflow ID");
        String condition = NUMERIC_ID.matcher(workflowId).matches() ? "@id=" + workflowId
                : "@internalName=" + XmlValues.xtkLiteral(workflowId);
        SoapParameter entity = new SoapParameter.Element("entity", xml -> {
            xml.writeStartElement("queryDef");
            xml.writeAttribute("schema", "xtk:workflow");
            xml.writeAttribute("operation", "getIfExists");
            xml.writeStartElement("select");
            for (String expr : SELECTED) {
                xml.writeEmptyElement("node");
                xml.writeAttribute("expr", expr);
            }
            xml.writeEndElement();
            xml.writeStartElement("where");
            xml.writeEmptyElement("condition");
            xml.writeAttribute("expr", condition);
            xml.writeEndElement();
            xml.writeEndElement();
        });
        return new SoapRequest(router, SoapMethod.EXECUTE_QUERY, List.of(entity), true);
    }

    /** {@code PostEvent(workflowId, activity, transition "", parameters <variables .../>, complete false)}. */
    private SoapRequest postEvent(String workflowId, Signal signal) {
        String activity = XmlValues.requireText(signal.activity(), "signal activity");
        Map<String, String> variables = variables(signal.parameters());
        SoapParameter parameters = new SoapParameter.Element("parameters", xml -> {
            xml.writeEmptyElement("variables");
            for (Map.Entry<String, String> variable : variables.entrySet()) {
                xml.writeAttribute(variable.getKey(), variable.getValue());
            }
        });
        return new SoapRequest(router, SoapMethod.POST_EVENT, List.of(workflowId(workflowId),
                new SoapParameter.Text("activity", activity), new SoapParameter.Text("transition", ""), parameters,
                new SoapParameter.Bool("complete", false)), false);
    }

    private static SoapParameter workflowId(String workflowId) {
        return new SoapParameter.Text("workflowId", XmlValues.requireText(workflowId, "workflow ID"));
    }

    /** The signal's parameters as the attributes of {@code <variables/>}: checked before anything is sent. */
    private static Map<String, String> variables(Map<String, Object> parameters) {
        Map<String, String> variables = new LinkedHashMap<>();
        if (parameters == null) {
            return variables;
        }
        parameters.forEach((name, value) -> {
            if (!VARIABLE_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Invalid signal parameter name '" + name + "': with api=soap it"
                                                   + " becomes an instance variable, whose name matches"
                                                   + " [A-Za-z_][A-Za-z0-9_]*");
            }
            String text;
            if (value instanceof String string) {
                text = string;
            } else if (value instanceof BigDecimal decimal) {
                text = decimal.toPlainString();
            } else if (value instanceof Number || value instanceof Boolean) {
                text = value.toString();
            } else {
                throw new IllegalArgumentException("Invalid value of signal parameter '" + name + "': "
                                                   + (value == null ? "null" : value.getClass().getName())
                                                   + "; with api=soap a value is a string, number or boolean");
            }
            variables.put(name, XmlValues.requireAttribute(text, "value of signal parameter '" + name + "'"));
        });
        return variables;
    }

    private CompletableFuture<WorkflowResponse> response(WorkflowRequest request, SoapRequest soap, Sent sent) {
        try {
            return CompletableFuture.completedFuture(read(request, soap, sent));
        } catch (AdobeWorkflowTransportException unreadable) {
            return CompletableFuture.failedFuture(unreadable);
        }
    }

    private WorkflowResponse read(WorkflowRequest request, SoapRequest soap, Sent sent)
            throws AdobeWorkflowTransportException {
        WireResponse wire = sent.response();
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} of workflow {}: {} answered {} after {} attempt(s)", request.command(), request.workflowId(),
                    soap, wire.status(), sent.attempts());
        }
        SoapResponse answer;
        try {
            answer = SoapResponse.of(soap.method(), wire);
        } catch (NotSoapException e) {
            return notSoap(request, soap, sent, e);
        }
        if (answer instanceof SoapResponse.Fault fault) {
            return refusal(request, soap, sent, fault.asMap(), fault.code(), fault.describe());
        }
        XmlElement element = ((SoapResponse.Success) answer).element();
        if (!wire.isSuccess()) {
            return refusal(request, soap, sent, null);
        }
        if (soap.method() != SoapMethod.EXECUTE_QUERY) {
            return new WorkflowResponse(wire.status(), null, null, sent.attempts(), null);
        }
        XmlElement output = element.child("pdomOutput");
        XmlElement workflow = output != null ? output.child("workflow") : null;
        if (workflow == null || workflow.attributes().isEmpty()) {
            // getIfExists answers an empty <workflow/> for no match
            Map<String, Object> none = Map.of();
            return new WorkflowResponse(wire.status(), none, null, sent.attempts(), AdobeWorkflowException.notFound(
                    soap.describe(), wire.status(), "Campaign has no workflow '" + request.workflowId() + "'",
                    wire.bodyText(), request.workflowId(), request.command().word(), sent.attempts()));
        }
        Map<String, Object> body = new LinkedHashMap<>(workflow.attributes());
        return new WorkflowResponse(wire.status(), body,
                CampaignStates.of(workflow.attributes().get("state"), workflow.attributes().get("failed")),
                sent.attempts(), null);
    }

    /**
     * A response that is not SOAP: refused when its status or a Campaign code says so (an HTML error page, an
     * {@code XSV-350008} in plain text), else unreadable: it may have been applied, and is not sent again.
     */
    private WorkflowResponse notSoap(WorkflowRequest request, SoapRequest soap, Sent sent, NotSoapException cause)
            throws AdobeWorkflowTransportException {
        WireResponse wire = sent.response();
        String code = SoapResponse.firstCode(wire.bodyText());
        if (!wire.isSuccess() || code != null) {
            return refusal(request, soap, sent, code);
        }
        throw AdobeWorkflowTransportException.of(Kind.NO_RESPONSE, soap.describe() + " to " + SoapRequest.origin(router)
                                                                    + " was sent but the response is not a SOAP"
                                                                    + " response: " + cause.getMessage(),
                sent.attempts(), cause);
    }

    /** A refusal in text, not a Fault: the text is its body and its detail. */
    private static WorkflowResponse refusal(WorkflowRequest request, SoapRequest soap, Sent sent, String code) {
        String text = sent.response().bodyText();
        String body = text.isBlank() ? null : text;
        return refusal(request, soap, sent, body, code, body);
    }

    private static WorkflowResponse refusal(WorkflowRequest request, SoapRequest soap, Sent sent, Object body,
                                            String code, String detail) {
        WireResponse wire = sent.response();
        return new WorkflowResponse(wire.status(), body, null, sent.attempts(), AdobeWorkflowException.refused(
                soap.describe(), wire.status(), code, detail, wire.bodyText(), request.workflowId(),
                request.command().word(), sent.attempts()));
    }
}
