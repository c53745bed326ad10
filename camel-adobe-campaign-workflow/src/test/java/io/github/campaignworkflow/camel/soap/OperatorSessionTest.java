package io.github.campaignworkflow.camel.soap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.campaignworkflow.camel.AdobeWorkflowAuthenticationException;
import io.github.campaignworkflow.camel.AdobeWorkflowComponent;
import io.github.campaignworkflow.camel.AdobeWorkflowConfiguration;
import io.github.campaignworkflow.camel.AdobeWorkflowConstants;
import io.github.campaignworkflow.camel.LogCapture;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** A Campaign operator's session: one Logon for all, on every call, renewed once when it expires, ended at stop. */
class OperatorSessionTest extends SoapTestSupport {

    static final String LOGIN = "camel-operator";
    static final String PASSWORD = "op-p4ss<&word";

    @Override
    protected void configureComponent(AdobeWorkflowComponent component, AdobeWorkflowConfiguration configuration) {
        super.configureComponent(component, configuration);
        configuration.setAccessToken(null);
        configuration.setUsername(LOGIN);
        configuration.setPassword(PASSWORD);
    }

    /** Every test's context ends its session at stop. */
    @BeforeEach
    void answerLogoffs() {
        answer("xtk:session#Logoff", empty("Logoff", "xtk:session"));
    }

    static ResponseDefinitionBuilder logon(String session, String security) {
        return soap(200, "<LogonResponse xmlns='urn:xtk:session' SOAP-ENV:encodingStyle='" + ENCODING + "'>"
                         + "<pstrSessionToken xsi:type='xsd:string'>" + session + "</pstrSessionToken>"
                         + "<pSessionInfo xsi:type='ns:Element' SOAP-ENV:encodingStyle='" + LITERAL_XML + "'>"
                         + "<sessionInfo><userInfo login='" + LOGIN + "'/></sessionInfo></pSessionInfo>"
                         + "<pstrSecurityToken xsi:type='xsd:string'>" + security + "</pstrSecurityToken>"
                         + "</LogonResponse>");
    }

    static List<LoggedRequest> calls(String action) {
        return wireMock.findAll(postRequestedFor(urlPathEqualTo(ROUTER)).withHeader("SOAPAction", equalTo(action)));
    }

    /** A call made in the session: its token in sessiontoken and the cookie, its security token in the header. */
    static void assertSessionCall(LoggedRequest request, String action, String session, String security,
                                  String... children) throws Exception {
        List<Element> parameters = assertCall(request, action, List.of(children), Set.of("x-security-token", "cookie"));
        assertThat(parameters.get(0).getTextContent()).isEqualTo(session);
        assertThat(request.getHeader("X-Security-Token")).isEqualTo(security);
        assertThat(request.getHeader("Cookie")).isEqualTo("__sessiontoken=" + session);
    }

    @Test
    void tenConcurrentExchangesShareOneLogonAndEveryCallCarriesTheSession() throws Exception {
        answer("xtk:session#Logon", logon("SESSION-1", "SECURITY-1").withFixedDelay(300));
        answer("xtk:workflow#Start", empty("Start", "xtk:workflow"));

        List<CompletableFuture<Exchange>> exchanges = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String workflow = "WKF" + i;
            exchanges.add(template.asyncSend("adobe-workflow:" + workflow + "?command=start", e -> {
            }));
        }
        for (CompletableFuture<Exchange> exchange : exchanges) {
            assertThat(exchange.get(10, TimeUnit.SECONDS).getException()).isNull();
        }

        List<LoggedRequest> logons = calls("xtk:session#Logon");
        assertThat(logons).as("one Logon for ten exchanges").hasSize(1);
        List<Element> logon = assertCall(logons.get(0), "xtk:session#Logon",
                List.of("login:xsd:string", "password:xsd:string", "parameters:ns:Element"), Set.of());
        assertThat(logon.get(0).getTextContent()).as("no session yet").isEmpty();
        assertThat(logon.get(1).getTextContent()).isEqualTo(LOGIN);
        assertThat(logon.get(2).getTextContent()).as("the password, escaped by the writer").isEqualTo(PASSWORD);
        assertThat(children(logon.get(3)).get(0).getLocalName()).isEqualTo("parameters");
        List<LoggedRequest> starts = calls("xtk:workflow#Start");
        assertThat(starts).hasSize(10);
        for (LoggedRequest start : starts) {
            assertSessionCall(start, "xtk:workflow#Start", "SESSION-1", "SECURITY-1", "workflowId:xsd:string");
        }
    }

    @ParameterizedTest(name = "expiry as {0} with HTTP {1}")
    @CsvSource({ "fault, 200", "fault, 500", "text, 200", "text, 500" })
    void anExpiredSessionIsRenewedOnceAndTheRequestSentOnceMore(String form, int status) throws Exception {
        wireMock.stubFor(post(urlPathEqualTo(ROUTER)).withHeader("SOAPAction", equalTo("xtk:session#Logon"))
                .inScenario("logons").whenScenarioStateIs(Scenario.STARTED).willReturn(logon("OLD", "OLD-SEC"))
                .willSetStateTo("second"));
        wireMock.stubFor(post(urlPathEqualTo(ROUTER)).withHeader("SOAPAction", equalTo("xtk:session#Logon"))
                .inScenario("logons").whenScenarioStateIs("second").willReturn(logon("NEW", "NEW-SEC")));
        String expired = "XSV-350008 Session has expired or is invalid. Please reconnect.";
        wireMock.stubFor(post(urlPathEqualTo(ROUTER)).withHeader("SOAPAction", equalTo("xtk:workflow#Stop"))
                .withHeader("X-Security-Token", equalTo("OLD-SEC"))
                .willReturn(form.equals("fault") ? fault(status, expired, "")
                        : aResponse().withStatus(status).withHeader("Content-Type", "text/plain").withBody(expired)));
        wireMock.stubFor(post(urlPathEqualTo(ROUTER)).withHeader("SOAPAction", equalTo("xtk:workflow#Stop"))
                .withHeader("X-Security-Token", equalTo("NEW-SEC")).willReturn(empty("Stop", "xtk:workflow")));

        Exchange result = template.request("adobe-workflow:WKF12?command=stop", null);

        assertThat(result.getException()).isNull();
        assertThat(calls("xtk:session#Logon")).as("logged on again once").hasSize(2);
        List<LoggedRequest> stops = calls("xtk:workflow#Stop");
        assertThat(stops).as("refused, so not applied: sent once more").hasSize(2);
        assertSessionCall(stops.get(0), "xtk:workflow#Stop", "OLD", "OLD-SEC", "workflowId:xsd:string");
        assertSessionCall(stops.get(1), "xtk:workflow#Stop", "NEW", "NEW-SEC", "workflowId:xsd:string");
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.ATTEMPTS)).isEqualTo(2);
    }

    @Test
    void aRefusedLogonFailsTheExchangeAndNothingElseIsSent() {
        answer("xtk:session#Logon", fault(500, "XSV-350001 Invalid login or password.", ""));

        Exchange result = template.request("adobe-workflow:WKF12?command=start", null);

        AdobeWorkflowAuthenticationException e = result.getException(AdobeWorkflowAuthenticationException.class);
        assertThat(e).isNotNull();
        assertThat(e.getStatusCode()).isEqualTo(500);
        assertThat(e.getImsError()).isEqualTo("XSV-350001");
        assertThat(e).hasMessage("No Campaign session for adobe-workflow://WKF12?command=start, nothing was sent: The"
                                 + " Logon of operator 'camel-operator' to Campaign at " + baseUrl() + " was refused:"
                                 + " XSV-350001 Invalid login or password.");
        assertThat(calls("xtk:workflow#Start")).isEmpty();

        // the next exchange within the back-off fails at once: a wrong password is not tried per exchange
        Exchange again = template.request("adobe-workflow:WKF12?command=start", null);
        assertThat(again.getException(AdobeWorkflowAuthenticationException.class)).hasMessageContaining(
                "(not asked again before ");
        assertThat(calls("xtk:session#Logon")).hasSize(1);
        assertThat(calls("xtk:workflow#Start")).isEmpty();
    }

    @Test
    void stoppingLogsOffTheOpenSession() throws Exception {
        answer("xtk:session#Logon", logon("SESSION-9", "SECURITY-9"));
        answer("xtk:workflow#Start", empty("Start", "xtk:workflow"));
        assertThat(template.request("adobe-workflow:WKF12?command=start", null).getException()).isNull();

        context.stop();

        List<LoggedRequest> logoffs = calls("xtk:session#Logoff");
        assertThat(logoffs).hasSize(1);
        assertSessionCall(logoffs.get(0), "xtk:session#Logoff", "SESSION-9", "SECURITY-9");
        assertThat(requests().get(requests().size() - 1).getHeader("SOAPAction")).as("nothing after the Logoff")
                .isEqualTo("xtk:session#Logoff");
    }

    @Test
    void thePasswordNeverShows() {
        answer("xtk:session#Logon", fault(500, "XSV-350001 Invalid login or password.", ""));
        String uri = "adobe-workflow:WKF12?command=start&username=other&password=RAW(" + PASSWORD + "-uri)";

        // created first: Camel's own TRACE log of endpoint creation prints a RAW() value as given (camel-core's,
        // outside this component); every line after it is the component's and HttpClient's
        org.apache.camel.Endpoint endpoint = context.getEndpoint(uri);
        Exchange result;
        String logs;
        try (LogCapture capture = new LogCapture()) {
            result = template.request(endpoint, e -> {
            });
            context.stop();
            logs = capture.text();
        }

        assertThat(logs).as("captured at TRACE").contains("xtk:session#Logon").doesNotContain(PASSWORD)
                .doesNotContain("op-p4ss");
        Throwable failure = result.getException();
        assertThat(failure).isInstanceOf(AdobeWorkflowAuthenticationException.class);
        StringBuilder printed = new StringBuilder(result.getFromEndpoint() + " " + context.getEndpoints());
        for (Throwable t = failure; t != null; t = t.getCause()) {
            printed.append(t);
        }
        assertThat(printed.toString()).contains("password=xxxxxx").doesNotContain(PASSWORD);
    }
}
