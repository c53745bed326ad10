package io.github.campaignworkflow.simulator;

import io.github.campaignworkflow.simulator.SoapTestClient.Arg;
import io.github.campaignworkflow.simulator.SoapTestClient.Auth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.threeten.extra.MutableClock;
import org.w3c.dom.Element;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.github.campaignworkflow.simulator.SoapTestClient.LITERAL_XML;
import static io.github.campaignworkflow.simulator.SoapTestClient.SOAP_ENV;
import static io.github.campaignworkflow.simulator.SoapTestClient.XSI;
import static io.github.campaignworkflow.simulator.SoapTestClient.children;
import static io.github.campaignworkflow.simulator.SoapTestClient.faultString;
import static io.github.campaignworkflow.simulator.SoapTestClient.parse;
import static io.github.campaignworkflow.simulator.SoapTestClient.responseElement;
import static org.assertj.core.api.Assertions.assertThat;

/** xtk:session#Logon and Logoff, the session headers every later call carries, and IMS bearer tokens. */
class SoapSessionTest {

    static final MutableClock CLOCK = MutableClock.of(Instant.parse("2026-12-02T10:15:30.250Z"), ZoneOffset.UTC);

    @RegisterExtension
    static final AdobeCampaignSimulatorExtension ADOBE = AdobeCampaignSimulatorExtension.create(sim -> SimulatorHttp.usual(sim)
            .clock(CLOCK)
            .tokenLifetime(Duration.ofMinutes(5))
            .operator("ops", "s3cret<&>")
            .operator("second", "other")
            .workflow("WKF12"));

    AdobeCampaignSimulator sim;
    SoapTestClient soap;

    @BeforeEach
    void connect() {
        sim = ADOBE.simulator();
        soap = new SoapTestClient(sim);
    }

    HttpResponse<String> logon(String login, String password) {
        return soap.call("xtk:session", "Logon", Auth.NONE, Arg.string("login", login), Arg.string("password", password),
                Arg.element("parameters", null, Map.of()));
    }

    HttpResponse<String> start(Auth auth) {
        return soap.call("xtk:workflow", "Start", auth, Arg.string("workflowId", "WKF12"));
    }

    @Test
    void logonAnswersTheSessionTokenTheSessionInfoAndTheSecurityTokenInThatOrder() {
        int open = sim.openSessions(); // sessions outlive the reset between tests, as a cached one would
        HttpResponse<String> response = logon("ops", "s3cret<&>");

        assertThat(response.statusCode()).isEqualTo(200);
        Element logonResponse = responseElement(parse(response.body()));
        assertThat(logonResponse.getNamespaceURI()).isEqualTo("urn:xtk:session");
        assertThat(logonResponse.getTagName()).isEqualTo("LogonResponse"); // unprefixed, as acc-js-sdk matches it
        List<Element> values = children(logonResponse);
        assertThat(values).extracting(Element::getTagName)
                .containsExactly("pstrSessionToken", "pSessionInfo", "pstrSecurityToken");
        assertThat(values).extracting(value -> value.getAttributeNS(XSI, "type"))
                .containsExactly("xsd:string", "ns:Element", "xsd:string");
        assertThat(values.get(1).getAttributeNS(SOAP_ENV, "encodingStyle")).isEqualTo(LITERAL_XML);
        assertThat(values.get(0).getTextContent()).matches("___[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
        assertThat(values.get(2).getTextContent()).startsWith("@").hasSizeGreaterThan(40);

        Element sessionInfo = children(values.get(1)).get(0);
        assertThat(sessionInfo.getTagName()).isEqualTo("sessionInfo");
        assertThat(children(sessionInfo)).extracting(Element::getTagName).containsExactly("serverInfo", "userInfo");
        assertThat(children(sessionInfo).get(0).getAttribute("serverDate"))
                .isEqualTo(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC).format(CLOCK.instant()));
        assertThat(children(sessionInfo).get(1).getAttribute("login")).isEqualTo("ops");
        assertThat(response.body()).doesNotContain("s3cret");
        assertThat(sim.logons()).isEqualTo(1);
        assertThat(sim.openSessions()).isEqualTo(open + 1);
    }

    @Test
    void aSessionWithItsThreeHeadersIsAccepted() {
        Auth session = soap.logon("ops", "s3cret<&>");

        assertThat(start(session).statusCode()).isEqualTo(200);
        assertThat(sim.commands("WKF12")).containsExactly("start");
    }

    @ParameterizedTest
    @CsvSource({
        "ops,     bad-guess",
        "ops,     ''",
        "nobody,  s3cret<&>",
        "second,  s3cret<&>",
    })
    void aWrongLoginOrPasswordIsOneSameFaultThatNamesNoPassword(String login, String password) {
        int open = sim.openSessions();
        HttpResponse<String> response = logon(login, password);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(faultString(response.body())).isEqualTo(
                "SOP-330011 Error while executing the method 'Logon' of service 'xtk:session'.");
        assertThat(response.body()).contains("the login or the password is wrong").doesNotContain("s3cret");
        if (!password.isEmpty()) {
            assertThat(response.body()).doesNotContain(password);
        }
        assertThat(sim.logons()).isZero();
        assertThat(sim.openSessions()).isEqualTo(open);
    }

    /** Which part of a valid session a call leaves out or gets wrong. */
    enum Breach { NO_SESSION_TOKEN, WRONG_SESSION_TOKEN, NO_COOKIE, OTHER_COOKIE, NO_SECURITY_TOKEN, WRONG_SECURITY_TOKEN, LOGGED_OFF }

    @ParameterizedTest
    @EnumSource(Breach.class)
    void aCallWithoutAValidSessionIsRefusedAsExpiredAndNothingIsApplied(Breach breach) {
        Auth session = soap.logon("ops", "s3cret<&>");
        String body = SoapTestClient.envelope("xtk:workflow", "Start",
                breach == Breach.NO_SESSION_TOKEN ? "" : breach == Breach.WRONG_SESSION_TOKEN ? "___OTHER" : session.sessionToken(),
                Arg.string("workflowId", "WKF12"));
        List<String> headers = new ArrayList<>(List.of("Content-Type", "text/xml; charset=utf-8", "SOAPAction", "xtk:workflow#Start"));
        if (breach != Breach.NO_COOKIE) {
            headers.addAll(List.of("Cookie", "__sessiontoken=" + (breach == Breach.OTHER_COOKIE ? "___OTHER" : session.sessionToken())));
        }
        if (breach != Breach.NO_SECURITY_TOKEN) {
            headers.addAll(List.of("X-Security-Token", breach == Breach.WRONG_SECURITY_TOKEN ? "@wrong" : session.securityToken()));
        }
        if (breach == Breach.LOGGED_OFF) {
            assertThat(soap.call("xtk:session", "Logoff", session).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> response = soap.post(body, headers);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(faultString(response.body())).isEqualTo("XSV-350008 Session has expired or is invalid. Please reconnect.");
        assertThat(sim.commands("WKF12")).isEmpty();
        assertThat(sim.soapCalls("WKF12")).containsExactly("xtk:workflow#Start");
    }

    @Test
    void logoffEndsTheSessionAndIsCounted() {
        Auth session = soap.logon("ops", "s3cret<&>");
        int open = sim.openSessions();

        HttpResponse<String> response = soap.call("xtk:session", "Logoff", session);

        assertThat(response.body()).isEqualTo(SoapWorkflowTest.emptyResponse("xtk:session", "Logoff"));
        assertThat(sim.logoffs()).isEqualTo(1);
        assertThat(sim.openSessions()).isEqualTo(open - 1);
        assertThat(faultString(start(session).body())).startsWith("XSV-350008");
    }

    @Test
    void anImsBearerTokenWithAnEmptySessionTokenNeedsNoLogon() {
        String token = new SimulatorHttp(sim).fetchToken();

        assertThat(start(Auth.bearer(token)).statusCode()).isEqualTo(200);
        assertThat(sim.commands("WKF12")).containsExactly("start");
        assertThat(sim.logons()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"unknown", "expired"})
    void aWrongOrExpiredBearerTokenIsRefusedWith401AndNothingIsApplied(String which) {
        String token = which.equals("unknown") ? "sim-not-issued" : sim.issueToken();
        if (which.equals("expired")) {
            CLOCK.add(Duration.ofMinutes(6));
        }

        HttpResponse<String> response = start(Auth.bearer(token));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(faultString(response.body())).isEqualTo("XSV-350008 Session has expired or is invalid. Please reconnect.");
        assertThat(response.body()).contains("The IMS bearer token is not valid.");
        assertThat(sim.commands("WKF12")).isEmpty();
    }

    @Test
    void noApiKeyIsNeededAndResetZeroesTheCountsButKeepsSessionsOpen() {
        Auth session = soap.logon("ops", "s3cret<&>");
        soap.call("xtk:session", "Logoff", soap.logon("second", "other"));

        sim.reset();

        assertThat(sim.logons()).isZero();
        assertThat(sim.logoffs()).isZero();
        assertThat(start(session).statusCode()).isEqualTo(200);
        assertThat(sim.receivedRequests()).allSatisfy(request -> assertThat(request.containsHeader("X-Api-Key")).isFalse());
    }
}
