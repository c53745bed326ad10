package io.github.campaignworkflow.examples;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.campaignworkflow.camel.AdobeWorkflowConstants;
import io.github.campaignworkflow.simulator.AdobeCampaignSimulator;
import io.github.campaignworkflow.simulator.WorkflowSpec;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every example route, driven against the embedded Adobe Campaign simulator. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExampleRoutesTest {

    static final ObjectMapper JSON = new ObjectMapper();

    Path workDir;
    WorkflowDemo demo;
    AdobeCampaignSimulator campaign;
    NotifyBuilder nightlyDone;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startDemo(@TempDir Path temporary) throws Exception {
        workDir = temporary;
        demo = WorkflowDemo.start(Map.of("demo.http.port", "0", "demo.work-dir", workDir.toString(),
                "demo.nightly.first-run-delay", "1500"));
        nightlyDone = new NotifyBuilder(demo.camel()).fromRoute("nightly").whenDone(1).create();
        campaign = demo.simulator();
    }

    @AfterAll
    void stopDemo() {
        demo.close();
    }

    private String newWorkflow(String id) {
        campaign.addWorkflow(WorkflowSpec.named(id));
        return id;
    }

    private void drop(String folder, String name) throws Exception {
        Path directory = Files.createDirectories(workDir.resolve(folder));
        Path partial = Files.writeString(directory.resolve("." + name), "");
        Files.move(partial, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private void awaitState(String id, String state) {
        await().atMost(15, TimeUnit.SECONDS).until(() -> state.equals(campaign.state(id)));
    }

    private HttpResponse<String> rest(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + demo.httpPort() + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Basic Y2FsbGVyOnNlY3JldA==");
        if (method.equals("POST")) {
            request.header("Content-Type", "application/json")
                    .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<LoggedRequest> commandRequests(String id) {
        return campaign.receivedRequests().stream()
                .filter(r -> r.getUrl().equals("/acme/campaign/workflow/execution/" + id + "/commands")).toList();
    }

    /** The Java route (FileDropRoute) and its YAML twin (routes/file-drop.yaml) do the same. */
    @ParameterizedTest(name = "{0}/")
    @CsvSource({"inbox, T-FILE", "inbox-yaml, T-YAML"})
    void aFileDropStartsTheWorkflowItNames(String folder, String workflow) throws Exception {
        String id = newWorkflow(workflow);

        drop(folder, id + ".start");

        awaitState(id, "started");
        assertThat(campaign.commands(id)).containsExactly("start");
        assertThat(commandRequests(id)).singleElement().satisfies(request -> {
            assertThat(request.getMethod().getName()).isEqualTo("POST");
            assertThat(request.getBodyAsString()).isEqualTo("{\"method\":\"start\"}");
        });
        await().atMost(5, TimeUnit.SECONDS).until(() -> Files.exists(workDir.resolve(folder + "/done/" + id + ".start")));
    }

    @Test
    void aFileWithAnUnknownCommandIsMovedToFailedAndNothingIsSent() throws Exception {
        String id = newWorkflow("T-FILE-BAD");

        drop("inbox", id + ".restart");

        await().atMost(10, TimeUnit.SECONDS).until(() -> Files.exists(workDir.resolve("inbox/failed/" + id + ".restart")));
        assertThat(commandRequests(id)).isEmpty();
    }

    @Test
    void aJmsMessageCommandsTheWorkflowAndABadOneIsDeadLettered() throws Exception {
        String id = newWorkflow("T-JMS");
        try (ProducerTemplate producer = demo.camel().createProducerTemplate();
             ConsumerTemplate consumer = demo.camel().createConsumerTemplate()) {
            producer.sendBodyAndHeaders(JmsCommandRoute.QUEUE, "",
                    Map.of(AdobeWorkflowConstants.WORKFLOW_ID, id, AdobeWorkflowConstants.COMMAND, "start"));
            awaitState(id, "started");

            producer.sendBodyAndHeaders(JmsCommandRoute.QUEUE, "payload",
                    Map.of(AdobeWorkflowConstants.WORKFLOW_ID, id, AdobeWorkflowConstants.COMMAND, "pause",
                            "JMSType", "bad-id-follows"));
            awaitState(id, "paused");
            producer.sendBodyAndHeaders(JmsCommandRoute.QUEUE, "payload",
                    Map.of(AdobeWorkflowConstants.WORKFLOW_ID, "no-such-workflow", AdobeWorkflowConstants.COMMAND, "stop"));
            Exchange letter = consumer.receive(JmsCommandRoute.DEAD_LETTERS, 15000);

            assertThat(letter).isNotNull();
            assertThat(letter.getMessage().getBody(String.class)).isEqualTo("payload");
            assertThat(letter.getMessage().getHeader(AdobeWorkflowConstants.WORKFLOW_ID)).isEqualTo("no-such-workflow");
            assertThat(letter.getMessage().getHeader("AdobeWorkflowFailure", String.class))
                    .contains("answered 404").contains("may have been changed in Campaign");
        }
        assertThat(campaign.commands(id)).containsExactly("start", "pause");
    }

    @Test
    void theRestApiCommandsReadsAndSignalsWorkflows() throws Exception {
        String id = newWorkflow("T-REST");

        HttpResponse<String> started = rest("POST", "/workflows/" + id + "/start", null);
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(started.body())).isEqualTo(JSON.readTree(
                "{\"workflow\":\"T-REST\",\"adobeStatus\":200,\"attempts\":1,\"response\":null}"));
        awaitState(id, "started");

        HttpResponse<String> read = rest("GET", "/workflows/" + id, null);
        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode workflow = JSON.readTree(read.body());
        assertThat(workflow.path("id").asText()).isEqualTo(id);
        assertThat(workflow.path("state").asText()).isEqualTo("started");

        HttpResponse<String> refused = rest("POST", "/workflows/" + id + "/resume", null);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(refused.body()).path("error").asText())
                .startsWith("Adobe Campaign answered 409 to POST /acme/campaign/workflow/execution/T-REST/commands");

        // the caller's own Authorization header stays in the route
        assertThat(commandRequests(id)).allSatisfy(r -> assertThat(r.getHeader("Authorization")).startsWith("Bearer "));
    }

    @Test
    void theRestApiRefusesBadInputWith400AndSendsNothing() throws Exception {
        HttpResponse<String> unknownCommand = rest("POST", "/workflows/T-REST-2/restart", null);
        HttpResponse<String> badId = rest("POST", "/workflows/WKF%20X/start", null);

        assertThat(unknownCommand.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknownCommand.body()).path("error").asText())
                .startsWith("Unknown workflow command 'restart' in header CamelAdobeWorkflowCommand");
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badId.body()).path("error").asText())
                .startsWith("Invalid workflow ID (header CamelAdobeWorkflowId) 'WKF X'");
        // nothing about either workflow reached Campaign (the demo's watcher and timer keep sending their own requests)
        assertThat(campaign.receivedRequests()).extracting(LoggedRequest::getUrl)
                .noneMatch(url -> url.contains("/T-REST-2") || url.contains("/WKF%20X") || url.contains("/WKF X"));
    }

    @Test
    void theRestApiTriggersASignalWithItsParameters() throws Exception {
        campaign.addWorkflow(WorkflowSpec.named("T-SIGNAL").initialState("started").signal("signal1", "contentURL"));

        HttpResponse<String> triggered = rest("POST", "/workflows/T-SIGNAL/signal/signal1",
                "{\"contentURL\":\"https://example.com/offer\"}");
        HttpResponse<String> undeclared = rest("POST", "/workflows/T-SIGNAL/signal/signal1", "{\"other\":1}");

        assertThat(triggered.statusCode()).isEqualTo(200);
        assertThat(campaign.signals("T-SIGNAL")).hasSize(1);
        assertThat(campaign.signals("T-SIGNAL").get(0).source()).isEqualTo("rest-api");
        assertThat(campaign.signals("T-SIGNAL").get(0).parameters()).isEqualTo(Map.of("contentURL", "https://example.com/offer"));
        assertThat(undeclared.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(undeclared.body()).path("adobeErrorCode").asText()).isEqualTo("RST-360011");
    }

    @Test
    void theNightlyScheduleStartsItsWorkflowAndWaitsUntilItIsFinished() {
        assertThat(nightlyDone.matches(20, TimeUnit.SECONDS)).isTrue();
        assertThat(campaign.state("WKF-NIGHTLY")).isEqualTo("finished");
        assertThat(campaign.commands("WKF-NIGHTLY")).containsExactly("start");
    }

    @Test
    void theWatcherSeesEachStateOfTheMailWorkflow() throws Exception {
        await().atMost(10, TimeUnit.SECONDS).until(() -> demo.stateHistory().states().contains("edited"));
        try (ProducerTemplate producer = demo.camel().createProducerTemplate()) {
            producer.requestBodyAndHeader("adobe-workflow:WKF-MAIL?command=start", null, "x", "y");
        }
        await().atMost(10, TimeUnit.SECONDS).until(() -> "started".equals(demo.stateHistory().last()));
        assertThat(demo.stateHistory().states()).containsSubsequence("edited", "started");
    }

    @Test
    void theHealthEndpointShowsTheProducerChecks() throws Exception {
        // a producer exists once a route with adobe-workflow has started
        HttpResponse<String> health = rest("GET", "/observe/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode checks = JSON.readTree(health.body()).path("checks");
        assertThat(JSON.readTree(health.body()).path("status").asText()).isEqualTo("UP");
        List<String> producerChecks = checks.properties().stream().map(Map.Entry::getKey)
                .filter(name -> name.startsWith("producer:adobe-workflow-")).toList();
        assertThat(producerChecks).isNotEmpty().allSatisfy(name -> assertThat(checks.path(name).path("state").asText())
                .isEqualTo("UP"));
    }
}
