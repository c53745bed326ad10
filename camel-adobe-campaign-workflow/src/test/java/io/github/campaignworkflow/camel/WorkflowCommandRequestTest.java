package io.github.campaignworkflow.camel;

import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/** The four execution commands go out exactly as Adobe documents them. */
class WorkflowCommandRequestTest extends WorkflowTestSupport {

    @ParameterizedTest(name = "command={0} sends method {1}")
    @CsvSource({
            "start, start", "pause, pause", "resume, resume", "stop, stop",
            "START, start", "Start, start", "PaUsE, pause", "RESUME, resume", "Stop, stop" })
    void sendsTheDocumentedRequestForEachCommand(String command, String method) throws Exception {
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(200)));

        Exchange result = template.request("adobe-workflow:WKF12?command=" + command, e -> e.getMessage().setBody("ignored"));

        assertThat(result.getException()).isNull();
        assertThat(requests()).hasSize(1);
        assertCommandRequest(requests().get(0), COMMANDS_PATH, method);
        assertThat(result.getMessage().getBody()).isNull();
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.HTTP_RESPONSE_CODE)).isEqualTo(200);
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.ATTEMPTS)).isEqualTo(1);
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.STATE)).isNull();
    }

    @Test
    void headersOverrideTheUriPerMessage() throws Exception {
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(204)));

        Exchange result = template.request("adobe-workflow:WKF12?command=start", e -> {
            e.getMessage().setHeader(AdobeWorkflowConstants.WORKFLOW_ID, "WKF99");
            e.getMessage().setHeader(AdobeWorkflowConstants.COMMAND, "Stop");
        });

        assertThat(result.getException()).isNull();
        assertThat(requests()).hasSize(1);
        assertCommandRequest(requests().get(0), "/acme/campaign/workflow/execution/WKF99/commands", "stop");
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.HTTP_RESPONSE_CODE)).isEqualTo(204);
    }

    @Test
    void workflowIdMayComeFromTheHeaderAlone() throws Exception {
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(200)));

        Exchange result = template.request("adobe-workflow:?command=start",
                e -> e.getMessage().setHeader(AdobeWorkflowConstants.WORKFLOW_ID, "WKF_nightly-2"));

        assertThat(result.getException()).isNull();
        assertCommandRequest(requests().get(0), "/acme/campaign/workflow/execution/WKF_nightly-2/commands", "start");
    }

    @Test
    void commandMayComeFromTheHeaderAlone() throws Exception {
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(200)));

        Exchange result = template.request("adobe-workflow:WKF12",
                e -> e.getMessage().setHeader(AdobeWorkflowConstants.COMMAND, "resume"));

        assertThat(result.getException()).isNull();
        assertCommandRequest(requests().get(0), COMMANDS_PATH, "resume");
    }

    @Test
    void routeHeadersNeverReachAdobe() throws Exception {
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(200)));
        Map<String, Object> routeHeaders = new HashMap<>();
        routeHeaders.put("CamelFileName", "inbox/WKF12.start");
        routeHeaders.put("JMSCorrelationID", "corr-1");
        routeHeaders.put("JMSXGroupID", "group-1");
        routeHeaders.put("Authorization", "Basic dXNlcjpwYXNz");
        routeHeaders.put("X-Api-Key", "someone-elses-key");
        routeHeaders.put("Cache-Control", "max-age=60");
        routeHeaders.put("Content-Type", "text/xml");
        routeHeaders.put("Cookie", "session=1");
        routeHeaders.put("CamelHttpPath", "/elsewhere");
        routeHeaders.put("CamelHttpUri", "http://127.0.0.1:1/elsewhere");

        Exchange result = template.request("adobe-workflow:WKF12?command=start",
                e -> e.getMessage().setHeaders(routeHeaders));

        assertThat(result.getException()).isNull();
        LoggedRequest request = requests().get(0);
        assertCommandRequest(request, COMMANDS_PATH, "start");
        assertOnlyContractHeaders(request);
        // the route keeps its own headers
        assertThat(result.getMessage().getHeader("CamelFileName")).isEqualTo("inbox/WKF12.start");
    }

    @Test
    void anAnswerWithJsonBecomesAMapAndItsStateAHeader() throws Exception {
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"state\":\"started\",\"PKey\":\"@x\"}")));

        Exchange result = template.request("adobe-workflow:WKF12?command=start", null);

        assertThat(result.getMessage().getBody()).isEqualTo(Map.of("state", "started", "PKey", "@x"));
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.STATE)).isEqualTo("started");
    }

    @Test
    void otherCharactersOfTheWorkflowIdArePercentEncoded() throws Exception {
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(200)));

        template.request("adobe-workflow:?command=start",
                e -> e.getMessage().setHeader(AdobeWorkflowConstants.WORKFLOW_ID, "wkf:ä@1"));

        assertThat(requests()).hasSize(1);
        assertThat(requests().get(0).getUrl())
                .isEqualTo("/acme/campaign/workflow/execution/wkf%3A%C3%A4%401/commands");
    }
}
