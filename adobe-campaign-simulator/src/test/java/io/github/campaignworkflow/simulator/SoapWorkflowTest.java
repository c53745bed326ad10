package io.github.campaignworkflow.simulator;

import io.github.campaignworkflow.simulator.SoapTestClient.Arg;
import io.github.campaignworkflow.simulator.SoapTestClient.Auth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.github.campaignworkflow.simulator.SimulatorHttp.await;
import static io.github.campaignworkflow.simulator.SoapTestClient.children;
import static io.github.campaignworkflow.simulator.SoapTestClient.faultString;
import static io.github.campaignworkflow.simulator.SoapTestClient.parse;
import static io.github.campaignworkflow.simulator.SoapTestClient.responseElement;
import static org.assertj.core.api.Assertions.assertThat;

/** xtk:workflow#Start, Pause, Stop, PostEvent and xtk:queryDef#ExecuteQuery over the SOAP router, with an IMS token. */
class SoapWorkflowTest {

    static final String ODD_ID = "W<&\"']]>";
    static final String ODD_ACTIVITY = "a<&\"']]>";

    @RegisterExtension
    static final AdobeCampaignSimulatorExtension ADOBE = AdobeCampaignSimulatorExtension.create(sim -> SimulatorHttp.usual(sim)
            .workflow(WorkflowSpec.named("WKF12").label("Nightly <import> & \"export\"").signal("signal1"))
            .workflow(WorkflowSpec.named("WKF-RUNNING").initialState("started").signal("signal1"))
            .workflow(WorkflowSpec.named("WKF-PAUSED").initialState("paused").signal("signal1"))
            .workflow(WorkflowSpec.named("WKF-FINISHED").initialState("finished").signal("signal1"))
            .workflow(WorkflowSpec.named("WKF'1\\2"))
            .workflow(WorkflowSpec.named(ODD_ID).initialState("started").signal(ODD_ACTIVITY)));

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String ENVELOPE_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<SOAP-ENV:Envelope xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:ns=\"urn:%s\""
            + " xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\"><SOAP-ENV:Body>";
    private static final String ENVELOPE_END = "</SOAP-ENV:Body></SOAP-ENV:Envelope>";

    AdobeCampaignSimulator sim;
    SoapTestClient soap;
    Auth ims;

    @BeforeEach
    void connect() {
        sim = ADOBE.simulator();
        soap = new SoapTestClient(sim);
        ims = Auth.bearer(sim.issueToken());
    }

    static String emptyResponse(String service, String method) {
        return String.format(ENVELOPE_START, service) + "<" + method + "Response xmlns=\"urn:" + service + "\""
                + " SOAP-ENV:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\"></" + method + "Response>"
                + ENVELOPE_END;
    }

    HttpResponse<String> workflowCall(String method, String workflowId) {
        return soap.call("xtk:workflow", method, ims, Arg.string("workflowId", workflowId));
    }

    HttpResponse<String> postEvent(String workflowId, String activity, Map<String, String> variables) {
        return soap.call("xtk:workflow", "PostEvent", ims, Arg.string("workflowId", workflowId),
                Arg.string("activity", activity), Arg.string("transition", ""),
                Arg.element("parameters", "variables", variables), Arg.bool("complete", false));
    }

    HttpResponse<String> query(String operation, String condition) {
        return soap.call("xtk:queryDef", "ExecuteQuery", ims, Arg.queryDef(operation, condition));
    }

    @Test
    void startAnswersAnEmptyStartResponseAndStartsTheWorkflowAfterTheCommandDelay() {
        HttpResponse<String> response = workflowCall("Start", "WKF12");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/xml;charset=utf-8");
        assertThat(response.body()).isEqualTo(emptyResponse("xtk:workflow", "Start"));
        await("WKF12 started", WAIT, () -> sim.state("WKF12").equals("started"));
        assertThat(sim.commands("WKF12")).containsExactly("start");
        assertThat(sim.soapCalls("WKF12")).containsExactly("xtk:workflow#Start");
    }

    @ParameterizedTest
    @CsvSource({"Pause, pause, paused", "Stop, stop, stopped"})
    void pauseAndStopAnswerTheirEmptyResponseAndApplyTheCommand(String method, String command, String state) {
        HttpResponse<String> response = workflowCall(method, "WKF-RUNNING");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(emptyResponse("xtk:workflow", method));
        await("WKF-RUNNING " + state, WAIT, () -> sim.state("WKF-RUNNING").equals(state));
        assertThat(sim.commands("WKF-RUNNING")).containsExactly(command);
    }

    @Test
    void startResumesAPausedWorkflowAsCampaignHasNoResume() {
        assertThat(workflowCall("Start", "WKF-PAUSED").body()).isEqualTo(emptyResponse("xtk:workflow", "Start"));

        await("WKF-PAUSED resumed", WAIT, () -> sim.state("WKF-PAUSED").equals("started"));
        assertThat(sim.commands("WKF-PAUSED")).containsExactly("resume");
    }

    @Test
    void aCommandThatMakesNoSenseIsAnsweredLikeAnyOtherAndChangesNothing() {
        HttpResponse<String> response = workflowCall("Start", "WKF-RUNNING");

        assertThat(response.body()).isEqualTo(emptyResponse("xtk:workflow", "Start"));
        assertThat(sim.commands("WKF-RUNNING")).isEmpty();
        assertThat(sim.soapCalls("WKF-RUNNING")).containsExactly("xtk:workflow#Start");
    }

    @Test
    void aWorkflowIsNamedByItsNumericIdAsWell() {
        assertThat(sim.numericId("WKF12")).isEqualTo(1001);
        assertThat(sim.numericId("WKF-RUNNING")).isEqualTo(1002);

        workflowCall("Pause", "1002");

        await("WKF-RUNNING paused", WAIT, () -> sim.state("WKF-RUNNING").equals("paused"));
        assertThat(sim.soapCalls("WKF-RUNNING")).containsExactly("xtk:workflow#Pause");
    }

    @Test
    void anUnknownWorkflowIsAFault() {
        HttpResponse<String> response = workflowCall("Start", "WKF-NONE");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEqualTo(String.format(ENVELOPE_START, "http://xml.apache.org/xml-soap")
                .replace("urn:http", "http")
                + "<SOAP-ENV:Fault><faultcode>SOAP-ENV:Client</faultcode>"
                + "<faultstring xsi:type=\"xsd:string\">SOP-330011 Error while executing the method 'Start' of service"
                + " 'xtk:workflow'.</faultstring><detail xsi:type=\"xsd:string\">The workflow 'WKF-NONE' does not exist."
                + " Check the workflow ID: it may have been changed in Campaign.</detail></SOAP-ENV:Fault>" + ENVELOPE_END);
    }

    @Test
    void postEventRecordsTheVariablesAsTextAndTriggersTheSignalOfARunningWorkflow() {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("hello", "world");
        variables.put("count", "3");

        HttpResponse<String> response = postEvent("WKF-RUNNING", "signal1", variables);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(emptyResponse("xtk:workflow", "PostEvent"));
        assertThat(sim.signals("WKF-RUNNING")).containsExactly(new ReceivedSignal("signal1", "",
                Map.of("hello", "world", "count", "3"), ReceivedSignal.Effect.TRIGGERED));
        assertThat(sim.signals("WKF-RUNNING").get(0).parameters().keySet()).containsExactly("hello", "count");
        assertThat(sim.soapCalls("WKF-RUNNING")).containsExactly("xtk:workflow#PostEvent");
    }

    @ParameterizedTest
    @CsvSource({
        "WKF-PAUSED,   signal1, QUEUED",
        "WKF12,        signal1, NONE",
        "WKF-FINISHED, signal1, NONE",
        "WKF-RUNNING,  other,   NONE",
    })
    void postEventIsAcceptedWhateverTheStateAndRecordedWithItsEffect(String workflowId, String activity,
                                                                     ReceivedSignal.Effect effect) {
        HttpResponse<String> response = postEvent(workflowId, activity, Map.of());

        assertThat(response.body()).isEqualTo(emptyResponse("xtk:workflow", "PostEvent"));
        assertThat(sim.signals(workflowId)).containsExactly(new ReceivedSignal(activity, "", Map.of(), effect));
    }

    @Test
    void postEventRefusesParametersThatAreNotAVariablesElement() {
        HttpResponse<String> response = soap.call("xtk:workflow", "PostEvent", ims, Arg.string("workflowId", "WKF-RUNNING"),
                Arg.string("activity", "signal1"), Arg.string("transition", ""),
                Arg.element("parameters", "vars", Map.of("a", "b")), Arg.bool("complete", false));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(faultString(response.body())).startsWith("SOP-330011 Error while executing the method 'PostEvent'");
        assertThat(sim.signals("WKF-RUNNING")).isEmpty();
    }

    @Test
    void executeQueryAnswersTheSelectedAttributesOfTheWorkflow() {
        HttpResponse<String> response = query("getIfExists", "@internalName='WKF-PAUSED'");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(String.format(ENVELOPE_START, "xtk:queryDef")
                + "<ExecuteQueryResponse xmlns=\"urn:xtk:queryDef\""
                + " SOAP-ENV:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\">"
                + "<pdomOutput xsi:type=\"ns:Element\" SOAP-ENV:encodingStyle=\"http://xml.apache.org/xml-soap/literalxml\">"
                + "<workflow id=\"1003\" internalName=\"WKF-PAUSED\" label=\"WKF-PAUSED\" state=\"13\" failed=\"0\"></workflow>"
                + "</pdomOutput></ExecuteQueryResponse>" + ENVELOPE_END);
        assertThat(sim.soapCalls("WKF-PAUSED")).containsExactly("xtk:queryDef#ExecuteQuery");
    }

    @Test
    void executeQueryFindsAWorkflowByItsNumericId() {
        assertThat(workflowAttributes(query("get", "@id = 1001"))).isEqualTo(Map.of(
                "id", "1001", "internalName", "WKF12", "label", "Nightly <import> & \"export\"", "state", "0", "failed", "0"));
    }

    @Test
    void getIfExistsAnswersAnEmptyWorkflowWhenNothingMatchesAndGetAFault() {
        HttpResponse<String> ifExists = query("getIfExists", "@internalName='WKF-NONE'");
        HttpResponse<String> get = query("get", "@internalName='WKF-NONE'");

        assertThat(ifExists.statusCode()).isEqualTo(200);
        assertThat(ifExists.body()).contains("<pdomOutput xsi:type=\"ns:Element\" SOAP-ENV:encodingStyle="
                + "\"http://xml.apache.org/xml-soap/literalxml\"><workflow></workflow></pdomOutput>");
        assertThat(workflowAttributes(ifExists)).isEmpty();
        assertThat(get.statusCode()).isEqualTo(500);
        assertThat(faultString(get.body())).isEqualTo(
                "SOP-330011 Error while executing the method 'ExecuteQuery' of service 'xtk:queryDef'.");
    }

    @Test
    void anXtkStringLiteralEscapesQuoteAndBackslashWithABackslash() {
        assertThat(workflowAttributes(query("get", "@internalName = 'WKF\\'1\\\\2'"))).containsEntry("internalName", "WKF'1\\2");
        assertThat(workflowAttributes(query("get", "@internalName=\"WKF'1\\\\2\""))).containsEntry("internalName", "WKF'1\\2");
    }

    @Test
    void xmlSpecialCharactersInAWorkflowIdAnActivityAndVariablesArriveAsSent() {
        String value = "v<&\"']]>";

        assertThat(workflowCall("Pause", ODD_ID).statusCode()).isEqualTo(200);
        assertThat(postEvent(ODD_ID, ODD_ACTIVITY, Map.of("odd", value)).statusCode()).isEqualTo(200);
        String condition = "@internalName='" + ODD_ID.replace("\\", "\\\\").replace("'", "\\'") + "'";

        assertThat(sim.signals(ODD_ID)).containsExactly(new ReceivedSignal(ODD_ACTIVITY, "", Map.of("odd", value),
                ReceivedSignal.Effect.TRIGGERED));
        assertThat(workflowAttributes(query("get", condition))).containsEntry("internalName", ODD_ID);
        assertThat(sim.soapCalls(ODD_ID)).containsExactly("xtk:workflow#Pause", "xtk:workflow#PostEvent",
                "xtk:queryDef#ExecuteQuery");
        await(ODD_ID + " paused", WAIT, () -> sim.state(ODD_ID).equals("paused"));
    }

    @Test
    void aWorkflowStartedOverRestIsStartedWhenReadOverSoap() {
        new SimulatorHttp(sim).command("WKF12", sim.issueToken(), "start");
        await("WKF12 started", WAIT, () -> sim.state("WKF12").equals("started"));

        assertThat(workflowAttributes(query("get", "@internalName='WKF12'"))).containsEntry("state", "11");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nms:delivery | getIfExists | @internalName='WKF12'        | schema xtk:workflow only",
        "xtk:workflow | select      | @internalName='WKF12'        | the operations get and getIfExists only",
        "xtk:workflow | get         | @label='WKF12'               | by @internalName or @id",
        "xtk:workflow | get         | @internalName='WKF12         | is not closed",
        "xtk:workflow | get         | @internalName='WKF12' or 1=1 | a single condition",
        "xtk:workflow | get         | @id='WKF12'                  | compared with a number",
        "xtk:workflow | get         | @internalName=               | a quoted string or a number",
    })
    void refusesAQueryItDoesNotUnderstandWithAFault(String schema, String operation, String condition, String reason) {
        HttpResponse<String> response = soap.call("xtk:queryDef", "ExecuteQuery", ims, xml -> {
            xml.writeStartElement("entity");
            xml.writeAttribute("xsi", SoapTestClient.XSI, "type", "ns:Element");
            xml.writeStartElement("queryDef");
            xml.writeAttribute("schema", schema);
            xml.writeAttribute("operation", operation);
            xml.writeStartElement("select");
            xml.writeEmptyElement("node");
            xml.writeAttribute("expr", "@state");
            xml.writeEndElement();
            xml.writeStartElement("where");
            xml.writeEmptyElement("condition");
            xml.writeAttribute("expr", condition);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        });

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(faultString(response.body())).isEqualTo(
                "SOP-330011 Error while executing the method 'ExecuteQuery' of service 'xtk:queryDef'.");
        assertThat(response.body()).contains(reason);
    }

    @Test
    void selectingAnAttributeTheSimulatorDoesNotKnowIsAFault() {
        HttpResponse<String> response = soap.call("xtk:queryDef", "ExecuteQuery", ims, xml -> {
            xml.writeStartElement("entity");
            xml.writeStartElement("queryDef");
            xml.writeAttribute("schema", "xtk:workflow");
            xml.writeAttribute("operation", "get");
            xml.writeStartElement("select");
            xml.writeEmptyElement("node");
            xml.writeAttribute("expr", "@lastStart");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        });

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("not '@lastStart'");
    }

    @Test
    void answersConcurrentCallsEachCorrectly() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String value = Integer.toString(i);
                answers.add(pool.submit(() -> postEvent("WKF-RUNNING", "signal1", Map.of("n", value)).statusCode() == 200
                        && "11".equals(workflowAttributes(query("get", "@internalName='WKF-RUNNING'")).get("state"))));
            }
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sim.signals("WKF-RUNNING")).hasSize(40)
                .extracting(signal -> signal.parameters().get("n")).doesNotHaveDuplicates();
        assertThat(sim.soapCalls("WKF-RUNNING")).hasSize(80);
    }

    /** The attributes of the answer's {@code <workflow/>} (DOM keeps no attribute order: the exact envelope test does). */
    static Map<String, String> workflowAttributes(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Element pdomOutput = children(responseElement(parse(response.body()))).get(0);
        assertThat(pdomOutput.getLocalName()).isEqualTo("pdomOutput");
        List<Element> workflow = children(pdomOutput);
        assertThat(workflow).hasSize(1);
        assertThat(workflow.get(0).getLocalName()).isEqualTo("workflow");
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < workflow.get(0).getAttributes().getLength(); i++) {
            attributes.put(workflow.get(0).getAttributes().item(i).getNodeName(),
                    workflow.get(0).getAttributes().item(i).getNodeValue());
        }
        return attributes;
    }
}
