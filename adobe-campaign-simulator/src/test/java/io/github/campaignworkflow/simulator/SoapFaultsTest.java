package io.github.campaignworkflow.simulator;

import io.github.campaignworkflow.simulator.SimulatedFault.Call;
import io.github.campaignworkflow.simulator.SoapTestClient.Arg;
import io.github.campaignworkflow.simulator.SoapTestClient.Auth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

import static io.github.campaignworkflow.simulator.SoapTestClient.faultString;
import static io.github.campaignworkflow.simulator.SoapTestClient.parse;
import static io.github.campaignworkflow.simulator.SoapTestClient.responseElement;
import static io.github.campaignworkflow.simulator.SoapTestClient.children;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Faults on demand over SOAP: Faults at 200 or 500, expired sessions as a Fault or as text, and the REST faults. */
class SoapFaultsTest {

    static final String EXPIRED = "XSV-350008 Session has expired or is invalid. Please reconnect.";
    static final String START_FAILED = "SOP-330011 Error while executing the method 'Start' of service 'xtk:workflow'.";

    @RegisterExtension
    static final AdobeCampaignSimulatorExtension ADOBE = AdobeCampaignSimulatorExtension.create(sim -> SimulatorHttp.usual(sim)
            .operator("ops", "pw")
            .workflow("WKF12")
            .workflow(WorkflowSpec.named("WKF-RUNNING").initialState("started").signal("signal1")));

    AdobeCampaignSimulator sim;
    SoapTestClient soap;
    Auth session;

    @BeforeEach
    void logOn() {
        sim = ADOBE.simulator();
        soap = new SoapTestClient(sim);
        session = soap.logon("ops", "pw");
    }

    HttpResponse<String> start(Auth auth) {
        return soap.call("xtk:workflow", "Start", auth, Arg.string("workflowId", "WKF12"));
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 500})
    void aSoapFaultIsAnsweredWithTheChosenStatusAndNothingIsApplied(int status) {
        sim.failNext("WKF12", 1, SimulatedFault.soapFault(status, START_FAILED));

        HttpResponse<String> failed = start(session);

        assertThat(failed.statusCode()).isEqualTo(status);
        assertThat(failed.body()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><SOAP-ENV:Envelope"
                + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xmlns:ns=\"http://xml.apache.org/xml-soap\" xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<SOAP-ENV:Body><SOAP-ENV:Fault><faultcode>SOAP-ENV:Client</faultcode><faultstring xsi:type=\"xsd:string\">"
                + "SOP-330011 Error while executing the method 'Start' of service 'xtk:workflow'.</faultstring>"
                + "</SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>");
        assertThat(sim.commands("WKF12")).isEmpty();
        assertThat(sim.faultsInjected("WKF12")).isEqualTo(1);
        assertThat(start(session).statusCode()).isEqualTo(200); // used up
        assertThat(sim.commands("WKF12")).containsExactly("start");
    }

    @Test
    void aSoapFaultCarriesItsDetailAndMayComeAfterApplying() {
        sim.failNext("WKF12", 1, SimulatedFault.soapFault(500, "XTK-170006 Unable to parse expression.",
                "XSV-350114 <detail> & more").afterApplying());

        HttpResponse<String> failed = start(session);

        assertThat(faultString(failed.body())).isEqualTo("XTK-170006 Unable to parse expression.");
        assertThat(children(responseElement(parse(failed.body())))).extracting(element -> element.getTagName())
                .containsExactly("faultcode", "faultstring", "detail");
        assertThat(children(responseElement(parse(failed.body()))).get(2).getTextContent()).isEqualTo("XSV-350114 <detail> & more");
        assertThat(sim.commands("WKF12")).containsExactly("start");
    }

    @ParameterizedTest
    @CsvSource({"fault, 200", "fault, 500", "text, 200", "text, 500"})
    void anExpiredSessionIsAnsweredAsAFaultOrAsTextAndTheSessionIsDead(String form, int status) {
        int open = sim.openSessions();
        sim.failNext("WKF12", 1, form.equals("fault") ? SimulatedFault.expiredSession(status)
                : SimulatedFault.expiredSessionAsText(status));

        HttpResponse<String> failed = start(session);

        assertThat(failed.statusCode()).isEqualTo(status);
        if (form.equals("fault")) {
            assertThat(faultString(failed.body())).isEqualTo(EXPIRED);
        } else {
            assertThat(failed.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
            assertThat(failed.body()).isEqualTo(EXPIRED);
        }
        assertThat(sim.commands("WKF12")).isEmpty();
        assertThat(sim.openSessions()).isEqualTo(open - 1);
        assertThat(faultString(start(session).body())).isEqualTo(EXPIRED); // the fault is used up, the session stays dead
        assertThat(start(soap.logon("ops", "pw")).statusCode()).isEqualTo(200);
        assertThat(sim.logons()).isEqualTo(2);
    }

    @Test
    void aStatusFaultIsPlainTextOnASoapCallAndAppliesNothing() {
        sim.failNext("WKF12", 1, SimulatedFault.status(503));

        HttpResponse<String> failed = start(session);

        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(failed.body()).isEqualTo("Service unavailable (a fault injected by the Adobe Campaign simulator)");
        assertThat(sim.commands("WKF12")).isEmpty();
    }

    @Test
    void aStatusAfterApplyingLeavesTheCommandApplied() {
        sim.failNext("WKF12", 1, SimulatedFault.status(504).afterApplying());

        assertThat(start(session).statusCode()).isEqualTo(504);
        assertThat(sim.commands("WKF12")).containsExactly("start");
    }

    @Test
    void aDroppedConnectionGivesNoAnswerAndAppliesNothing() {
        sim.failNext("WKF12", 1, SimulatedFault.dropConnection());

        assertThatThrownBy(() -> start(session)).isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(IOException.class);
        assertThat(sim.commands("WKF12")).isEmpty();
    }

    @Test
    void aDelayBeyondTheClientsTimeoutAppliesTheCommandAndLeavesTheClientWithoutAnswer() {
        sim.failNext("WKF12", 1, SimulatedFault.delay(Duration.ofSeconds(2)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sim.soapUrl()))
                .timeout(Duration.ofMillis(300))
                .headers(SoapTestClient.headers("xtk:workflow#Start", session).toArray(String[]::new))
                .POST(HttpRequest.BodyPublishers.ofString(SoapTestClient.envelope("xtk:workflow", "Start",
                        session.sessionToken(), Arg.string("workflowId", "WKF12"))));

        assertThatThrownBy(() -> SimulatorHttp.send(request))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(HttpTimeoutException.class);
        assertThat(sim.commands("WKF12")).containsExactly("start");
    }

    @Test
    void anExpiredTokenKillsTheBearerTokenOfASoapCall() {
        String token = sim.issueToken();
        sim.failNext("WKF12", 1, SimulatedFault.expiredToken());

        HttpResponse<String> failed = start(Auth.bearer(token));

        assertThat(failed.statusCode()).isEqualTo(401);
        assertThat(start(Auth.bearer(token)).statusCode()).isEqualTo(401);
        assertThat(start(Auth.bearer(sim.issueToken())).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource({
        "READ,    ExecuteQuery, true",
        "READ,    Start,        false",
        "COMMAND, Start,        true",
        "COMMAND, Pause,        true",
        "COMMAND, Stop,         true",
        "COMMAND, PostEvent,    false",
        "SIGNAL,  PostEvent,    true",
        "SIGNAL,  ExecuteQuery, false",
    })
    void executeQueryIsTheReadStartPauseStopTheCommandAndPostEventTheSignal(Call call, String method, boolean faulted) {
        sim.failAlways("WKF-RUNNING", SimulatedFault.soapFault(500, "SOP-330011 injected").onlyFor(call));

        HttpResponse<String> response;
        switch (method) {
            case "ExecuteQuery":
                response = soap.call("xtk:queryDef", "ExecuteQuery", session, Arg.queryDef("get", "@internalName='WKF-RUNNING'"));
                break;
            case "PostEvent":
                response = soap.call("xtk:workflow", "PostEvent", session, Arg.string("workflowId", "WKF-RUNNING"),
                        Arg.string("activity", "signal1"), Arg.string("transition", ""),
                        Arg.element("parameters", "variables", Map.of()), Arg.bool("complete", false));
                break;
            default:
                response = soap.call("xtk:workflow", method, session, Arg.string("workflowId", "WKF-RUNNING"));
        }

        assertThat(response.statusCode()).isEqualTo(faulted ? 500 : 200);
        assertThat(sim.faultsInjected("WKF-RUNNING")).isEqualTo(faulted ? 1 : 0);
    }

    @Test
    void aSoapOnlyFaultLetsRestRequestsByAndWaitsForTheNextSoapCall() {
        sim.failNext("WKF12", 1, SimulatedFault.expiredSession(500));

        assertThat(new SimulatorHttp(sim).command("WKF12", sim.issueToken(), "start").statusCode()).isEqualTo(200);
        assertThat(sim.faultsInjected("WKF12")).isZero();
        assertThat(faultString(start(session).body())).isEqualTo(EXPIRED);
        assertThat(sim.faultsInjected("WKF12")).isEqualTo(1);
    }

    @Test
    void refusesSoapFaultsThatMakeNoSense() {
        assertThatThrownBy(() -> SimulatedFault.soapFault(404, "X")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatedFault.expiredSession(503)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatedFault.expiredSessionAsText(200).afterApplying())
                .isInstanceOf(IllegalStateException.class);
        assertThat(SimulatedFault.expiredSessionAsText(200)).hasToString("SimulatedFault[expired session 200 as text]");
        assertThat(SimulatedFault.soapFault(500, "SOP-330011 x").onlyFor(Call.READ))
                .hasToString("SimulatedFault[SOAP fault 500 SOP-330011 x, only [read]]");
    }
}
