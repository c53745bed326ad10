package io.github.campaignworkflow.simulator;

import io.github.campaignworkflow.simulator.SoapTestClient.Arg;
import io.github.campaignworkflow.simulator.SoapTestClient.Auth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.github.campaignworkflow.simulator.SoapTestClient.faultString;
import static org.assertj.core.api.Assertions.assertThat;

/** Requests the router must refuse with a Fault, applying nothing: hostile XML, wrong transport, wrong envelopes. */
class SoapHostileRequestsTest {

    @RegisterExtension
    static final AdobeCampaignSimulatorExtension ADOBE = AdobeCampaignSimulatorExtension.create(sim -> SimulatorHttp.usual(sim)
            .workflow("WKF12"));

    static final String START = "<m:Start xmlns:m=\"urn:xtk:workflow\"><sessiontoken xsi:type=\"xsd:string\"/>"
            + "<workflowId xsi:type=\"xsd:string\">%s</workflowId></m:Start>";

    static String envelope(String prolog, String method) {
        return prolog + "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><SOAP-ENV:Body>" + method
                + "</SOAP-ENV:Body></SOAP-ENV:Envelope>";
    }

    static String lolz() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE e [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return dtd.append("]>").toString();
    }

    static Stream<Arguments> hostileBodies() {
        String start = String.format(START, "WKF12");
        return Stream.of(
                Arguments.of("a DOCTYPE", envelope("<!DOCTYPE SOAP-ENV:Envelope>", start), "DOCTYPE"),
                Arguments.of("an external entity", envelope("<!DOCTYPE e [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
                        String.format(START, "&xxe;")), "DOCTYPE"),
                Arguments.of("an entity bomb", envelope(lolz(), String.format(START, "&l9;")), "DOCTYPE"),
                Arguments.of("an undeclared entity", envelope("", String.format(START, "&xxe;")), "the entity 'xxe'"),
                Arguments.of("a body that is not XML", "{\"method\":\"start\"}", "well-formed"),
                Arguments.of("XML cut short", envelope("", start).substring(0, 120), "well-formed"),
                Arguments.of("an oversized body", envelope("", start + "<!--" + "x".repeat(SoapRouter.MAX_REQUEST_BYTES) + "-->"),
                        "exceeds the simulator's limit of 1048576 bytes"),
                Arguments.of("a SOAP 1.2 envelope", envelope("", start).replace("http://schemas.xmlsoap.org/soap/envelope/",
                        "http://www.w3.org/2003/05/soap-envelope"), "not a SOAP 1.1 envelope"),
                Arguments.of("no Body", "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\"/>",
                        "has no Body"),
                Arguments.of("an empty Body", envelope("", ""), "holds no method element"),
                Arguments.of("a method outside a service namespace", envelope("", start.replace("urn:xtk:workflow", "http://x")),
                        "not in a service namespace"),
                Arguments.of("no sessiontoken", envelope("", "<m:Start xmlns:m=\"urn:xtk:workflow\"/>"), "has no sessiontoken"));
    }

    AdobeCampaignSimulator sim;
    SoapTestClient soap;
    String token;

    @BeforeEach
    void connect() {
        sim = ADOBE.simulator();
        soap = new SoapTestClient(sim);
        token = sim.issueToken();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileBodies")
    void refusesWithAFaultAndAppliesNothing(String what, String body, String reason) {
        HttpResponse<String> response = soap.post(body, SoapTestClient.headers("xtk:workflow#Start", Auth.bearer(token)));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(faultString(response.body())).contains(reason);
        assertThat(response.body()).doesNotContain("root:").doesNotContain("lollol");
        assertThat(sim.commands("WKF12")).isEmpty();
        assertThat(sim.soapCalls("WKF12")).isEmpty();
    }

    static Stream<Arguments> wrongTransports() {
        return Stream.of(
                Arguments.of(List.of("Content-Type", "application/json"), "Content-Type must be text/xml"),
                Arguments.of(List.of(), "Content-Type must be text/xml"),
                Arguments.of(List.of("Content-Type", "text/xml"), "no SOAPAction header"),
                Arguments.of(List.of("Content-Type", "text/xml", "SOAPAction", "xtk:workflow#Stop"),
                        "SOAPAction header 'xtk:workflow#Stop' does not name the method of the body, xtk:workflow#Start"));
    }

    @ParameterizedTest
    @MethodSource("wrongTransports")
    void refusesAWrongTransportWithAFaultAndAppliesNothing(List<String> headers, String reason) {
        List<String> all = new ArrayList<>(headers);
        all.addAll(List.of("Authorization", "Bearer " + token));

        HttpResponse<String> response = soap.post(SoapTestClient.envelope("xtk:workflow", "Start", "",
                Arg.string("workflowId", "WKF12")), all);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(faultString(response.body())).contains(reason);
        assertThat(sim.commands("WKF12")).isEmpty();
    }

    @Test
    void acceptsAQuotedSoapActionTheQueryParameterAndSoapXml() {
        String body = SoapTestClient.envelope("xtk:workflow", "Start", "", Arg.string("workflowId", "WKF12"));

        HttpResponse<String> quoted = soap.post(body, List.of("Content-Type", "text/xml", "SOAPAction", "\"xtk:workflow#Start\"",
                "Authorization", "Bearer " + token));
        HttpResponse<String> byQuery = SoapTestClient.postTo(sim.soapUrl() + "?soapAction=xtk%3Aworkflow%23Start",
                body, List.of("Content-Type", "application/soap+xml;charset=UTF-8", "Authorization", "Bearer " + token));
        HttpResponse<String> wrongQuery = SoapTestClient.postTo(sim.soapUrl() + "?soapAction=xtk%3Aworkflow%23Stop",
                body, List.of("Content-Type", "application/soap+xml", "Authorization", "Bearer " + token));

        assertThat(quoted.statusCode()).isEqualTo(200);
        assertThat(byQuery.statusCode()).isEqualTo(200);
        assertThat(faultString(wrongQuery.body())).contains("soapAction query parameter 'xtk:workflow#Stop'");
        assertThat(sim.soapCalls("WKF12")).containsExactly("xtk:workflow#Start", "xtk:workflow#Start");
    }

    @Test
    void aFaultEchoingACharacterXmlForbidsStillParses() {
        String body = SoapTestClient.envelope("xtk:workflow", "Start", "", Arg.string("workflowId", "WKF12"));

        HttpResponse<String> response = SoapTestClient.postTo(sim.soapUrl() + "?soapAction=%01x", body,
                List.of("Content-Type", "application/soap+xml", "Authorization", "Bearer " + token));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(faultString(response.body())).contains("soapAction query parameter '\uFFFDx'");
        assertThat(sim.commands("WKF12")).isEmpty();
    }

    @Test
    void anUnknownMethodIsCampaignsSop330006Fault() {
        HttpResponse<String> response = soap.call("xtk:workflow", "Resume", Auth.bearer(token), Arg.string("workflowId", "WKF12"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(faultString(response.body())).isEqualTo("SOP-330006 The method 'Resume' is not defined in SOAP service 'xtk:workflow'.");
    }

    @Test
    void aGetIsNotAllowed() {
        HttpResponse<String> response = SimulatorHttp.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(sim.soapUrl())).GET());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }
}
