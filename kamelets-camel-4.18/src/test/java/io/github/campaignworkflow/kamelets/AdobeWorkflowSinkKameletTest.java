package io.github.campaignworkflow.kamelets;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.campaignworkflow.simulator.AdobeCampaignSimulatorExtension;
import io.github.campaignworkflow.simulator.WorkflowSpec;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.campaignworkflow.kamelets.KameletCamel.SINK;
import static io.github.campaignworkflow.kamelets.KameletCamel.apiRequests;
import static io.github.campaignworkflow.kamelets.KameletCamel.imsRequests;
import static io.github.campaignworkflow.kamelets.KameletCamel.kameletProperties;
import static io.github.campaignworkflow.kamelets.KameletCamel.rootCause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** {@code kamelet:adobe-workflow-sink} through camel-kamelet 4.18.0, against the simulator. */
class AdobeWorkflowSinkKameletTest {

    /** URI-reserved characters: the secret must reach IMS as it is. */
    static final String SECRET = "s3cr&t+=%2F?#x";
    static final String CLIENT = "kamelet-client";
    static final String RESOURCE = "/acme/campaign/workflow/execution/";

    @RegisterExtension
    static final AdobeCampaignSimulatorExtension ADOBE = AdobeCampaignSimulatorExtension.create(sim -> sim
            .client(CLIENT, SECRET, "AdobeID,openid,campaign_sdk")
            .commandDelay(Duration.ofMillis(100))
            .workflow("WKF-MAIL")
            .workflow(WorkflowSpec.named("WKF-RUNNING").initialState("started")));

    static final ObjectMapper JSON = new ObjectMapper();

    /** The connection and the OAuth credential, as the sink's properties in application.properties. */
    static Map<String, String> credential() {
        return kameletProperties(SINK, ADOBE.componentOptions());
    }

    @Test
    void startsTheWorkflowWithAnOAuthCredential() throws Exception {
        try (KameletCamel camel = new KameletCamel().properties(credential())
                .routes(rb -> rb.from("direct:start").to("kamelet:adobe-workflow-sink?workflowId=WKF-MAIL&command=start"))
                .start()) {
            Exchange done = camel.send("direct:start", Map.of());

            assertThat(done.getException()).isNull();
            assertThat(done.getMessage().getHeader("CamelHttpResponseCode")).isEqualTo(200);
        }
        assertThat(ADOBE.simulator().commands("WKF-MAIL")).containsExactly("start");
        assertThat(imsRequests(ADOBE.simulator())).singleElement().satisfies(ims -> {
            assertThat(ims.getMethod().getName()).isEqualTo("POST");
            assertThat(ims.getFormParameters()).containsOnlyKeys("grant_type", "client_id", "client_secret", "scope");
            assertThat(ims.formParameter("grant_type").firstValue()).isEqualTo("client_credentials");
            assertThat(ims.formParameter("client_id").firstValue()).isEqualTo(CLIENT);
            assertThat(ims.formParameter("client_secret").firstValue()).isEqualTo(SECRET);
            assertThat(ims.formParameter("scope").firstValue()).isEqualTo("AdobeID,openid,campaign_sdk");
        });
        assertThat(apiRequests(ADOBE.simulator())).singleElement().satisfies(command -> {
            assertCommand(command, "WKF-MAIL", "start");
            assertThat(command.getHeader("Authorization")).startsWith("Bearer ").hasSizeGreaterThan("Bearer ".length());
            assertThat(command.getHeader("X-Api-Key")).isEqualTo(CLIENT);
        });
    }

    @Test
    void aFixedAccessTokenAndApiKeyReplaceTheCredential() throws Exception {
        String token = ADOBE.simulator().issueToken();
        Map<String, String> properties = Map.of(SINK + "organization", ADOBE.organization(), SINK + "baseUrl",
                ADOBE.baseUrl(), SINK + "accessToken", token, SINK + "apiKey", CLIENT);
        try (KameletCamel camel = new KameletCamel().properties(properties)
                .routes(rb -> rb.from("direct:pause").to("kamelet:adobe-workflow-sink?workflowId=WKF-RUNNING&command=pause"))
                .start()) {
            assertThat(camel.send("direct:pause", Map.of()).getException()).isNull();
        }
        assertThat(imsRequests(ADOBE.simulator())).isEmpty();
        assertThat(apiRequests(ADOBE.simulator())).singleElement().satisfies(command -> {
            assertCommand(command, "WKF-RUNNING", "pause");
            assertThat(command.getHeader("Authorization")).isEqualTo("Bearer " + token);
            assertThat(command.getHeader("X-Api-Key")).isEqualTo(CLIENT);
        });
    }

    @Test
    void propertiesLeftOutComeFromTheComponentsConfiguration() throws Exception {
        try (KameletCamel camel = new KameletCamel().component(ADOBE.componentOptions())
                .routes(rb -> rb.from("direct:status").to("kamelet:adobe-workflow-sink?workflowId=WKF-MAIL&command=status"))
                .start()) {
            Exchange done = camel.send("direct:status", Map.of());

            assertThat(done.getException()).isNull();
            assertThat(done.getMessage().getHeader("CamelAdobeWorkflowState")).isEqualTo("edited");
            assertThat(done.getMessage().getBody(Map.class)).containsEntry("state", "edited");
        }
        assertThat(apiRequests(ADOBE.simulator())).singleElement().satisfies(read -> {
            assertThat(read.getMethod().getName()).isEqualTo("GET");
            assertThat(read.getUrl()).isEqualTo(RESOURCE + "WKF-MAIL");
            assertThat(read.getHeader("X-Api-Key")).isEqualTo(CLIENT);
        });
    }

    @Test
    void awaitStateContinuesOnceTheWorkflowHasStarted() throws Exception {
        Map<String, String> component = new HashMap<>(ADOBE.componentOptions());
        component.put("awaitInterval", "100");       // not a Kamelet property: the component's configuration applies
        try (KameletCamel camel = new KameletCamel().component(component)
                .routes(rb -> rb.from("direct:start").to(
                        "kamelet:adobe-workflow-sink?workflowId=WKF-MAIL&command=start&awaitState=started"))
                .start()) {
            Exchange done = camel.send("direct:start", Map.of());

            assertThat(done.getException()).isNull();
            assertThat(done.getMessage().getHeader("CamelAdobeWorkflowState")).isEqualTo("started");
        }
        List<LoggedRequest> requests = apiRequests(ADOBE.simulator());
        assertCommand(requests.get(0), "WKF-MAIL", "start");
        assertThat(requests.subList(1, requests.size())).isNotEmpty().allSatisfy(poll -> {
            assertThat(poll.getMethod().getName()).isEqualTo("GET");
            assertThat(poll.getUrl()).isEqualTo(RESOURCE + "WKF-MAIL");
        });
        assertThat(ADOBE.simulator().state("WKF-MAIL")).isEqualTo("started");
    }

    @Test
    void theMessageHeadersOverrideTheKameletsWorkflowAndCommand() throws Exception {
        try (KameletCamel camel = new KameletCamel().properties(credential())
                .routes(rb -> rb.from("direct:any").to("kamelet:adobe-workflow-sink?workflowId=WKF-MAIL&command=status"))
                .start()) {
            Exchange done = camel.send("direct:any",
                    Map.of("CamelAdobeWorkflowId", "WKF-RUNNING", "CamelAdobeWorkflowCommand", "stop"));

            assertThat(done.getException()).isNull();
        }
        assertThat(ADOBE.simulator().commands("WKF-RUNNING")).containsExactly("stop");
        assertThat(ADOBE.simulator().commands("WKF-MAIL")).isEmpty();
    }

    @Test
    void theCredentialIsNotLoggedAtDebug() throws Exception {
        List<String> log;
        try (CapturedLog captured = new CapturedLog();
                KameletCamel camel = new KameletCamel().properties(credential())
                        .routes(rb -> rb.from("direct:start").to(
                                "kamelet:adobe-workflow-sink?workflowId=WKF-MAIL&command=start"))
                        .start()) {
            assertThat(camel.send("direct:start", Map.of()).getException()).isNull();
            camel.close();
            log = captured.lines();
        }
        assertThat(log).as("DEBUG lines of Camel, camel-kamelet and the component").hasSizeGreaterThan(20)
                .anyMatch(line -> line.contains("adobe-workflow-sink"));
        for (String form : List.of(SECRET, URLEncoder.encode(SECRET, StandardCharsets.UTF_8),
                Base64.getEncoder().encodeToString(SECRET.getBytes(StandardCharsets.UTF_8)),
                Base64.getEncoder().encodeToString((CLIENT + ":" + SECRET).getBytes(StandardCharsets.UTF_8)))) {
            assertThat(log).as("the client secret as " + form).noneMatch(line -> line.contains(form));
        }
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("no workflow ID", "command=start", "mandatory parameters must be provided: workflowId"),
                Arguments.of("an unknown command", "workflowId=WKF-MAIL&command=restart",
                        "Unknown workflow command 'restart'"),
                Arguments.of("awaitState with status", "workflowId=WKF-MAIL&command=status&awaitState=started",
                        "awaitState only applies to start, pause, resume and stop"),
                Arguments.of("a workflow ID that is not one path segment", "workflowId=WKF%2F12&command=start",
                        "Invalid workflow ID (endpoint URI) 'WKF/12'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputFailsNamingTheValueAndNothingIsSent(String what, String kameletQuery, String named) throws Exception {
        Throwable failure;
        try (KameletCamel camel = new KameletCamel().properties(credential())
                .routes(rb -> rb.from("direct:bad").to("kamelet:adobe-workflow-sink?" + kameletQuery))) {
            failure = catchThrowable(() -> {
                Exchange done = camel.start().send("direct:bad", Map.of());
                if (done.getException() != null) {
                    throw done.getException();
                }
            });
        }
        assertThat(failure).as(what).isNotNull();
        // the innermost cause says what is wrong; the outer ones only repeat the URI
        assertThat(rootCause(failure).getMessage()).as(what).contains(named);
        assertThat(ADOBE.simulator().receivedRequests()).as(what).isEmpty();
    }

    private static void assertCommand(LoggedRequest command, String workflow, String method) {
        assertThat(command.getMethod().getName()).isEqualTo("POST");
        assertThat(command.getUrl()).isEqualTo(RESOURCE + workflow + "/commands");
        assertThat(readJson(command.getBodyAsString())).isEqualTo(Map.of("method", method));
        assertThat(command.getHeader("Content-Type")).startsWith("application/json");
        assertThat(command.getHeader("Cache-Control")).isEqualTo("no-cache");
    }

    private static Map<?, ?> readJson(String body) {
        try {
            return JSON.readValue(body, Map.class);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
