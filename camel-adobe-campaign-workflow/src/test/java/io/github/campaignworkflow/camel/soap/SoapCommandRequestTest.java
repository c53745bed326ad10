package io.github.campaignworkflow.camel.soap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.campaignworkflow.camel.AdobeWorkflowConstants;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

/** Each command goes out as the contract's SOAP call: method, parameter order, xsi:types, SOAPAction, headers. */
class SoapCommandRequestTest extends SoapTestSupport {

    @ParameterizedTest(name = "command={0} calls {1}")
    @CsvSource({ "start, Start", "resume, Start", "pause, Pause", "stop, Stop", "STOP, Stop", "Resume, Start" })
    void aCommandIsOneCallWithTheWorkflowId(String command, String method) throws Exception {
        answer("xtk:workflow#" + method, empty(method, "xtk:workflow"));

        Exchange result = template.request("adobe-workflow:WKF12?command=" + command, e -> e.getMessage().setBody("x"));

        assertThat(result.getException()).isNull();
        assertThat(requests()).hasSize(1);
        List<Element> parameters = assertBearerCall(requests().get(0), "xtk:workflow#" + method, "workflowId:xsd:string");
        assertThat(parameters.get(1).getTextContent()).isEqualTo("WKF12");
        assertThat(result.getMessage().getBody()).isNull();
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.HTTP_RESPONSE_CODE)).isEqualTo(200);
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.ATTEMPTS)).isEqualTo(1);
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.STATE)).isNull();
    }

    @Test
    void statusIsAQueryOfTheWorkflowByInternalName() throws Exception {
        answer("xtk:queryDef#ExecuteQuery",
                workflow("id='4097' internalName='WKF12' label='Nightly newsletter' state='13' failed='0'"));

        Exchange result = template.request("adobe-workflow:WKF12?command=status", null);

        assertThat(result.getException()).isNull();
        List<Element> parameters = assertBearerCall(requests().get(0), "xtk:queryDef#ExecuteQuery", "entity:ns:Element");
        Element queryDef = children(parameters.get(1)).get(0);
        assertThat(queryDef.getLocalName()).isEqualTo("queryDef");
        assertThat(queryDef.getAttribute("schema")).isEqualTo("xtk:workflow");
        assertThat(queryDef.getAttribute("operation")).isEqualTo("getIfExists");
        List<Element> parts = children(queryDef);
        assertThat(parts.stream().map(Element::getLocalName)).containsExactly("select", "where");
        assertThat(children(parts.get(0)).stream().map(node -> node.getAttribute("expr")))
                .containsExactly("@id", "@internalName", "@label", "@state", "@failed");
        assertThat(children(parts.get(1)).stream().map(condition -> condition.getAttribute("expr")))
                .containsExactly("@internalName='WKF12'");

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", "4097");
        body.put("internalName", "WKF12");
        body.put("label", "Nightly newsletter");
        body.put("state", "13");
        body.put("failed", "0");
        assertThat(result.getMessage().getBody()).isEqualTo(body);
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.STATE)).isEqualTo("paused");
    }

    @ParameterizedTest(name = "workflow {0} is selected by {1}")
    @CsvSource(delimiter = '|', value = { "4097|@id=4097", "WKF'12|@internalName='WKF\\'12'",
            "WKF<&\">]]>|@internalName='WKF<&\">]]>'" })
    void theQueryConditionIsAnXtkLiteralOrANumericId(String workflowId, String condition) throws Exception {
        answer("xtk:queryDef#ExecuteQuery", workflow("id='4097' internalName='x' state='11' failed='0'"));

        Exchange result = template.request("adobe-workflow:?command=status",
                e -> e.getMessage().setHeader(AdobeWorkflowConstants.WORKFLOW_ID, workflowId));

        assertThat(result.getException()).isNull();
        Element queryDef = children(assertBearerCall(requests().get(0), "xtk:queryDef#ExecuteQuery",
                "entity:ns:Element").get(1)).get(0);
        assertThat(children(children(queryDef).get(1)).get(0).getAttribute("expr")).isEqualTo(condition);
    }

    @Test
    void aSignalIsOnePostEventWithItsVariablesAndNoReadBefore() throws Exception {
        answer("xtk:workflow#PostEvent", empty("PostEvent", "xtk:workflow"));
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("contentURL", "https://example.org/a?b=1&c=<2>");
        parameters.put("count", 3);
        parameters.put("ratio", new java.math.BigDecimal("1E+3"));
        parameters.put("urgent", true);

        Exchange result = template.request("adobe-workflow:WKF20?command=signal&activity=signal1",
                e -> e.getMessage().setBody(parameters));

        assertThat(result.getException()).isNull();
        assertThat(requests()).as("no read before the signal").hasSize(1);
        List<Element> call = assertBearerCall(requests().get(0), "xtk:workflow#PostEvent", "workflowId:xsd:string",
                "activity:xsd:string", "transition:xsd:string", "parameters:ns:Element", "complete:xsd:boolean");
        assertThat(call.get(1).getTextContent()).isEqualTo("WKF20");
        assertThat(call.get(2).getTextContent()).isEqualTo("signal1");
        assertThat(call.get(3).getTextContent()).as("the first transition").isEmpty();
        Element variables = children(call.get(4)).get(0);
        assertThat(variables.getLocalName()).isEqualTo("variables");
        assertThat(variables.getAttributes().getLength()).isEqualTo(4);
        assertThat(variables.getAttribute("contentURL")).isEqualTo("https://example.org/a?b=1&c=<2>");
        assertThat(variables.getAttribute("count")).isEqualTo("3");
        assertThat(variables.getAttribute("ratio")).isEqualTo("1000");
        assertThat(variables.getAttribute("urgent")).isEqualTo("true");
        assertThat(call.get(5).getTextContent()).isEqualTo("false");
        assertThat(result.getMessage().getBody()).isNull();
    }

    @Test
    void aSignalWithoutParametersSendsAnEmptyVariablesElement() throws Exception {
        answer("xtk:workflow#PostEvent", empty("PostEvent", "xtk:workflow"));

        Exchange result = template.request("adobe-workflow:WKF20?command=signal&activity=signal1", null);

        assertThat(result.getException()).isNull();
        List<Element> call = assertBearerCall(requests().get(0), "xtk:workflow#PostEvent", "workflowId:xsd:string",
                "activity:xsd:string", "transition:xsd:string", "parameters:ns:Element", "complete:xsd:boolean");
        Element variables = children(call.get(4)).get(0);
        assertThat(variables.getLocalName()).isEqualTo("variables");
        assertThat(variables.getAttributes().getLength()).isZero();
    }

    @Test
    void xmlSpecialCharactersArriveAsSent() throws Exception {
        answer("xtk:workflow#PostEvent", empty("PostEvent", "xtk:workflow"));
        String special = "a<b&c\"d'e]]>f";
        Map<String, Object> parameters = Map.of("v", special);

        Exchange result = template.request("adobe-workflow:?command=signal", e -> {
            e.getMessage().setHeader(AdobeWorkflowConstants.WORKFLOW_ID, "W" + special);
            e.getMessage().setHeader(AdobeWorkflowConstants.SIGNAL_ACTIVITY, "act" + special);
            e.getMessage().setBody(parameters);
        });

        assertThat(result.getException()).isNull();
        List<Element> call = assertBearerCall(requests().get(0), "xtk:workflow#PostEvent", "workflowId:xsd:string",
                "activity:xsd:string", "transition:xsd:string", "parameters:ns:Element", "complete:xsd:boolean");
        assertThat(call.get(1).getTextContent()).isEqualTo("W" + special);
        assertThat(call.get(2).getTextContent()).isEqualTo("act" + special);
        assertThat(children(call.get(4)).get(0).getAttribute("v")).isEqualTo(special);
        assertThat(requests().get(0).getBodyAsString()).as("escaped by the writer, never a CDATA or raw markup")
                .doesNotContain("<![CDATA[").doesNotContain("a<b");
    }

    @Test
    void lineBreaksInATextParameterArriveAsSent() throws Exception {
        answer("xtk:workflow#PostEvent", empty("PostEvent", "xtk:workflow"));
        String activity = "first\r\nsecond\rthird\nend\r";

        Exchange result = template.request("adobe-workflow:WKF12?command=signal", e -> {
            e.getMessage().setHeader(AdobeWorkflowConstants.SIGNAL_ACTIVITY, activity);
        });

        assertThat(result.getException()).isNull();
        List<Element> call = assertBearerCall(requests().get(0), "xtk:workflow#PostEvent", "workflowId:xsd:string",
                "activity:xsd:string", "transition:xsd:string", "parameters:ns:Element", "complete:xsd:boolean");
        assertThat(call.get(2).getTextContent()).isEqualTo(activity);
    }

    @Test
    void routeHeadersNeverReachCampaign() throws Exception {
        answer("xtk:workflow#Start", empty("Start", "xtk:workflow"));

        Exchange result = template.request("adobe-workflow:WKF12?command=start", e -> {
            e.getMessage().setHeader("Authorization", "Basic dXNlcjpwYXNz");
            e.getMessage().setHeader("X-Api-Key", "from-the-route");
            e.getMessage().setHeader("JMSCorrelationID", "corr-1");
        });

        assertThat(result.getException()).isNull();
        assertBearerCall(requests().get(0), "xtk:workflow#Start", "workflowId:xsd:string");
    }
}
