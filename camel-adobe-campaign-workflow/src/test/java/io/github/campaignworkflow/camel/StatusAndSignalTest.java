package io.github.campaignworkflow.camel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** command=status reads the workflow; command=signal triggers one of its External signal activities. */
class StatusAndSignalTest extends WorkflowTestSupport {

    static final String TRIGGER_PATH = "/acme/campaign/workflow/execution/@pk-wkf/activities/activity/@pk-sig/trigger";

    private static String workflow(String stateField, String triggerHref) {
        return "{\"PKey\":\"@pk-wkf\",\"" + stateField + "\":\"started\",\"label\":\"Nightly\",\"activities\":{\"activity\":{"
               + "\"signal1\":{\"label\":\"Signal\",\"trigger\":{\"href\":\"" + triggerHref + "\"}},"
               + "\"end\":{\"label\":\"End\"}}}}";
    }

    private static void workflowIs(String json) {
        wireMock.stubFor(get(urlPathEqualTo(WORKFLOW_PATH)).willReturn(okJson(json)));
    }

    private static void triggerAnswers(String contentType, String body) {
        wireMock.stubFor(post(urlPathEqualTo(TRIGGER_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", contentType).withBody(body)));
    }

    private static void assertStatusRequest(LoggedRequest request) {
        assertThat(request.getMethod().getName()).isEqualTo("GET");
        assertThat(request.getUrl()).isEqualTo(WORKFLOW_PATH);
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(request.getHeader("X-Api-Key")).isEqualTo(API_KEY);
        assertThat(request.getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(request.containsHeader("Content-Type")).isFalse();
        assertThat(request.getBody()).isEmpty();
        assertOnlyContractHeaders(request);
    }

    private static void assertTriggerRequest(LoggedRequest request, Map<String, Object> payload) throws Exception {
        assertJsonPost(request, TRIGGER_PATH, payload);
    }

    @Test
    void statusIsTheExactGetAndItsAnswerTheBody() {
        workflowIs(workflow("state", baseUrl() + TRIGGER_PATH));

        Exchange result = template.request("adobe-workflow:WKF12?command=status", e -> e.getMessage().setBody("x"));

        assertThat(result.getException()).isNull();
        assertThat(requests()).hasSize(1);
        assertStatusRequest(requests().get(0));
        assertThat(result.getMessage().getBody(Map.class)).containsEntry("PKey", "@pk-wkf").containsKey("activities");
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.STATE)).isEqualTo("started");
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.HTTP_RESPONSE_CODE)).isEqualTo(200);
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.ATTEMPTS)).isEqualTo(1);
    }

    @Test
    void theStateMayBeInAStatusField() {
        workflowIs(workflow("status", baseUrl() + TRIGGER_PATH));

        Exchange result = template.request("adobe-workflow:WKF12?command=STATUS", null);

        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.STATE)).isEqualTo("started");
    }

    @Test
    void aSignalWithAMapReadsTheWorkflowThenPostsToItsTriggerHref() throws Exception {
        workflowIs(workflow("state", baseUrl() + TRIGGER_PATH));
        triggerAnswers("application/json", "{\"status\":\"triggered\"}");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("contentURL", "https://example.com/offer");
        parameters.put("count", 12);
        parameters.put("ratio", 0.5);
        parameters.put("vip", true);

        Exchange result = template.request("adobe-workflow:WKF12?command=signal&activity=signal1",
                e -> e.getMessage().setBody(parameters));

        assertThat(result.getException()).isNull();
        assertThat(requests()).hasSize(2);
        assertStatusRequest(requests().get(0));
        assertTriggerRequest(requests().get(1), Map.of("source", "camel", "parameters", parameters));
        assertThat(result.getMessage().getBody()).isEqualTo(Map.of("status", "triggered"));
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.STATE)).isEqualTo("triggered");
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.ATTEMPTS)).isEqualTo(1);
    }

    @Test
    void aSignalTakesItsParametersFromJsonTextAndItsSourceAndActivityFromHeaders() throws Exception {
        workflowIs(workflow("state", baseUrl() + TRIGGER_PATH));
        triggerAnswers("application/json", "{}");

        Exchange result = template.request("adobe-workflow:WKF12?command=signal", e -> {
            e.getMessage().setHeader(AdobeWorkflowConstants.SIGNAL_ACTIVITY, "signal1");
            e.getMessage().setHeader(AdobeWorkflowConstants.SIGNAL_SOURCE, "crm-sync");
            e.getMessage().setBody("{\"segment\":\"gold\",\"limit\":100}");
        });

        assertThat(result.getException()).isNull();
        assertTriggerRequest(requests().get(1),
                Map.of("source", "crm-sync", "parameters", Map.of("segment", "gold", "limit", 100)));
    }

    @Test
    void dateAndTimeParametersAreWrittenAsIso8601() throws Exception {
        workflowIs(workflow("state", baseUrl() + TRIGGER_PATH));
        triggerAnswers("application/json", "{}");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("day", LocalDate.of(2026, 11, 26));
        parameters.put("at", OffsetDateTime.of(2026, 11, 26, 22, 30, 0, 0, ZoneOffset.ofHours(1)));
        parameters.put("instant", Instant.parse("2026-11-26T21:30:00Z"));
        parameters.put("legacy", Date.from(Instant.parse("2026-11-26T21:30:00Z")));

        Exchange result = template.request("adobe-workflow:WKF12?command=signal&activity=signal1",
                e -> e.getMessage().setBody(parameters));

        assertThat(result.getException()).isNull();
        assertTriggerRequest(requests().get(1), Map.of("source", "camel", "parameters", Map.of(
                "day", "2026-11-26", "at", "2026-11-26T22:30:00+01:00", "instant", "2026-11-26T21:30:00Z",
                "legacy", "2026-11-26T21:30:00.000+00:00")));
    }

    @Test
    void aSignalWithoutBodyHasNoParametersAndARelativeHrefStaysOnTheApiHost() throws Exception {
        workflowIs(workflow("state", TRIGGER_PATH));
        triggerAnswers("application/json", "{}");

        Exchange result = template.request("adobe-workflow:WKF12?command=signal&activity=signal1&source=nightly", null);

        assertThat(result.getException()).isNull();
        assertTriggerRequest(requests().get(1), Map.of("source", "nightly"));
    }

    @Test
    void aNonJsonAnswerInsideTheSignalWindowIsKeptAsText() {
        workflowIs(workflow("state", baseUrl() + TRIGGER_PATH));
        triggerAnswers("text/plain", "The signal activity was triggered less than 10 minutes ago.");

        Exchange result = template.request("adobe-workflow:WKF12?command=signal&activity=signal1", null);

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("The signal activity was triggered less than 10 minutes ago.");
    }

    @Test
    void anUnknownActivityIsRefusedAfterTheGetNamingTheOnesTheWorkflowHas() {
        workflowIs(workflow("state", baseUrl() + TRIGGER_PATH));

        Exchange result = template.request("adobe-workflow:WKF12?command=signal&activity=signal9", null);

        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class).hasMessage(
                "Workflow WKF12 has no External signal activity 'signal9'; its activities are: end, signal1");
        assertThat(requests()).hasSize(1);
        assertStatusRequest(requests().get(0));
    }

    @Test
    void anActivityWithoutTriggerIsRefused() {
        workflowIs(workflow("state", baseUrl() + TRIGGER_PATH));

        Exchange result = template.request("adobe-workflow:WKF12?command=signal&activity=end", null);

        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class).hasMessage(
                "Activity 'end' of workflow WKF12 has no trigger href: is it an External signal activity?");
        assertThat(requests()).hasSize(1);
    }

    @Test
    void aWorkflowWithoutActivitiesIsRefused() {
        workflowIs("{\"state\":\"started\"}");

        Exchange result = template.request("adobe-workflow:WKF12?command=signal&activity=signal1", null);

        assertThat(result.getException()).hasMessage(
                "Workflow WKF12 has no External signal activity 'signal1'; its activities are: none");
        assertThat(requests()).hasSize(1);
    }

    @Test
    void anHrefToAnotherHostOrPortIsRefusedAndNothingGoesThere() {
        WireMockServer foreign = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        foreign.start();
        try {
            foreign.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
            for (String href : List.of("http://127.0.0.1:" + foreign.port() + TRIGGER_PATH,
                    "https://127.0.0.1:" + wireMock.port() + TRIGGER_PATH, "http://localhost:" + wireMock.port() + TRIGGER_PATH,
                    "//evil.example.com" + TRIGGER_PATH)) {
                wireMock.resetAll();
                workflowIs(workflow("state", href));

                Exchange result = template.request("adobe-workflow:WKF12?command=signal&activity=signal1", null);

                assertThat(result.getException()).as(href).isInstanceOf(IllegalArgumentException.class);
                assertThat(result.getException().getMessage()).as(href)
                        .startsWith("The trigger href of activity 'signal1' of workflow WKF12 points at ")
                        .endsWith(", not at the API's origin http://127.0.0.1:" + wireMock.port()
                                  + ": refused, the bearer token is only sent to the API host");
                assertThat(requests()).as(href).hasSize(1);
            }
            assertThat(foreign.findAll(anyRequestedFor(anyUrl()))).isEmpty();
        } finally {
            foreign.stop();
        }
    }

    @Test
    void aNotFoundWorkflowFailsTheSignalAtTheGet() {
        wireMock.stubFor(get(urlPathEqualTo(WORKFLOW_PATH)).willReturn(aResponse().withStatus(404)
                .withBody("{\"code\":404,\"message\":\"The workflow 'WKF12' does not exist.\"}")));

        Exchange result = template.request("adobe-workflow:WKF12?command=signal&activity=signal1", null);

        AdobeWorkflowException failure = result.getException(AdobeWorkflowException.class);
        assertThat(failure.getStatusCode()).isEqualTo(404);
        assertThat(failure.getCommand()).isEqualTo("signal");
        assertThat(failure.getMessage()).startsWith("Adobe Campaign answered 404 to GET " + WORKFLOW_PATH);
        assertThat(requests()).hasSize(1);
    }

    static Stream<Arguments> refusedPayloads() {
        Map<String, Object> nested = Map.of("offer", Map.of("id", 1));
        Map<String, Object> list = Map.of("ids", List.of(1, 2));
        Map<String, Object> withNull = new LinkedHashMap<>();
        withNull.put("contentURL", null);
        Map<String, Object> object = Map.of("file", new java.io.File("x"));
        return Stream.of(
                Arguments.of(nested, "Invalid value of signal parameter 'offer': " + Map.of("id", 1).getClass().getName()
                                     + "; Adobe accepts a string, number, boolean or date/time"),
                Arguments.of(list, "Invalid value of signal parameter 'ids': " + List.of(1, 2).getClass().getName()
                                   + "; Adobe accepts a string, number, boolean or date/time"),
                Arguments.of(withNull, "Invalid value of signal parameter 'contentURL': null; Adobe accepts a string,"
                                       + " number, boolean or date/time"),
                Arguments.of(object, "Invalid value of signal parameter 'file': java.io.File; Adobe accepts a string,"
                                     + " number, boolean or date/time"),
                Arguments.of("{\"offer\":{\"id\":1}}", "Invalid value of signal parameter 'offer': java.util.LinkedHashMap;"
                                                      + " Adobe accepts a string, number, boolean or date/time"),
                Arguments.of("[1,2]", "The signal parameters in the message body are not a JSON object: Cannot"
                                      + " deserialize value of type `java.util.LinkedHashMap<java.lang.String,java.lang.Object>`"
                                      + " from Array value (token `JsonToken.START_ARRAY`)"),
                Arguments.of("not json", "The signal parameters in the message body are not a JSON object: Unrecognized"
                                         + " token 'not': was expecting (JSON String, Number, Array, Object or token"
                                         + " 'null', 'true' or 'false')"),
                Arguments.of(Map.of("big", "x".repeat(70_000)),
                        "The signal payload is 70042 bytes; Adobe accepts at most 65536 (64 KB)"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("refusedPayloads")
    void aPayloadAdobeWouldRefuseIsRefusedBeforeAnythingIsSent(Object body, String message) {
        workflowIs(workflow("state", baseUrl() + TRIGGER_PATH));
        triggerAnswers("application/json", "{}");

        Exchange result = template.request("adobe-workflow:WKF12?command=signal&activity=signal1",
                e -> e.getMessage().setBody(body));

        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThat(requests()).isEmpty();
    }
}
