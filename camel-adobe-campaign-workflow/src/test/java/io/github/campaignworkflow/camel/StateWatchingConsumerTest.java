package io.github.campaignworkflow.camel;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** from("adobe-workflow:WKF12"): emits the workflow's state on the first poll and on every change. */
class StateWatchingConsumerTest extends WorkflowTestSupport {

    @Override
    public boolean isUseRouteBuilder() {
        return false;
    }

    /** The status GET answers these, one per poll, then keeps the last. A number is an HTTP error status. */
    private static void pollsAnswer(Object... answers) {
        respondInTurn("polls", () -> get(urlPathEqualTo(WORKFLOW_PATH)), Arrays.stream(answers)
                .map(answer -> answer instanceof Integer status
                        ? aResponse().withStatus(status).withBody("{\"code\":" + status + ",\"message\":\"Oops\"}")
                        : okJson("{\"state\":\"" + answer + "\"}"))
                .toArray(ResponseDefinitionBuilder[]::new));
    }

    private void startRoute(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(true).to("mock:errors");
                from(uri).routeId("watch").to("mock:states");
            }
        });
        context.start();
    }

    /** A repository whose reads and writes fail, to show the consumer is never stopped by it. */
    private static final class BrokenStateRepository extends MemoryStateRepository {
        @Override
        public String getState(String key) {
            throw new IllegalStateException("repository down (read)");
        }

        @Override
        public void setState(String key, String value) {
            throw new IllegalStateException("repository down (write)");
        }
    }

    @Test
    void aStoredStateIsNotEmittedAgainByTheFirstPoll() throws Exception {
        MemoryStateRepository repository = new MemoryStateRepository();
        repository.setState("WKF12", "started");
        context.getRegistry().bind("states", repository);
        pollsAnswer("started", "started", "paused");
        startRoute("adobe-workflow:WKF12?delay=20&initialDelay=0&stateRepository=#states");

        MockEndpoint states = getMockEndpoint("mock:states");
        await().atMost(10, TimeUnit.SECONDS).until(() -> states.getReceivedCounter() >= 1);
        await().atMost(10, TimeUnit.SECONDS).until(
                () -> wireMock.findAll(getRequestedFor(urlPathEqualTo(WORKFLOW_PATH))).size() >= 5);

        assertThat(states(states)).containsExactly("paused");
        assertThat(repository.getState("WKF12")).isEqualTo("paused");
    }

    @Test
    void aStoredStateThatDiffersIsEmittedAndEveryEmissionIsStored() throws Exception {
        MemoryStateRepository repository = new MemoryStateRepository();
        repository.setState("WKF12", "edited");
        repository.setState("WKF99", "finished");
        context.getRegistry().bind("states", repository);
        pollsAnswer("started", "started", "paused");
        startRoute("adobe-workflow:WKF12?delay=20&initialDelay=0&stateRepository=#states");

        MockEndpoint states = getMockEndpoint("mock:states");
        await().atMost(10, TimeUnit.SECONDS).until(() -> states.getReceivedCounter() >= 2);

        assertThat(states(states)).containsExactly("started", "paused");
        assertThat(repository.getState("WKF12")).isEqualTo("paused");
        assertThat(repository.getState("WKF99")).as("other workflows' entries").isEqualTo("finished");
    }

    @Test
    void aStateWhoseExchangeFailedIsNotStored() throws Exception {
        MemoryStateRepository repository = new MemoryStateRepository();
        context.getRegistry().bind("states", repository);
        pollsAnswer("started");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("adobe-workflow:WKF12?delay=20&initialDelay=0&stateRepository=#states").routeId("failing")
                        .to("mock:states").throwException(new IllegalStateException("route failed"));
            }
        });
        context.start();

        MockEndpoint states = getMockEndpoint("mock:states");
        await().atMost(10, TimeUnit.SECONDS).until(() -> states.getReceivedCounter() >= 1);
        await().atMost(10, TimeUnit.SECONDS).until(
                () -> wireMock.findAll(getRequestedFor(urlPathEqualTo(WORKFLOW_PATH))).size() >= 3);

        assertThat(states(states)).containsExactly("started");
        assertThat(repository.getState("WKF12")).as("a successor emits it again").isNull();
    }

    @Test
    void aFailingRepositoryNeitherStopsNorSilencesTheConsumer() throws Exception {
        StateRepository<String, String> broken = new BrokenStateRepository();
        context.getRegistry().bind("states", broken);
        pollsAnswer("edited", "started");
        try (LogCapture logs = new LogCapture().including(AdobeWorkflowConsumer.class)) {
            startRoute("adobe-workflow:WKF12?delay=20&initialDelay=0&stateRepository=#states");

            MockEndpoint states = getMockEndpoint("mock:states");
            await().atMost(10, TimeUnit.SECONDS).until(() -> states.getReceivedCounter() >= 2);

            assertThat(states(states)).containsExactly("edited", "started");
            assertThat(logs.text()).contains("Cannot read the last state emitted for workflow WKF12")
                    .contains("Cannot store the state edited of workflow WKF12")
                    .contains("repository down (read)").contains("repository down (write)");
        }
    }

    private static List<Object> states(MockEndpoint mock) {
        return mock.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(AdobeWorkflowConstants.STATE)).toList();
    }

    @Test
    void emitsOnTheFirstPollAndOnChangesOnly() throws Exception {
        pollsAnswer("edited", "edited", "started", "started", "started", "paused");
        startRoute("adobe-workflow:WKF12?delay=20&initialDelay=0");

        MockEndpoint states = getMockEndpoint("mock:states");
        await().atMost(10, TimeUnit.SECONDS).until(() -> states.getReceivedCounter() >= 3);
        await().atMost(10, TimeUnit.SECONDS).until(
                () -> wireMock.findAll(getRequestedFor(urlPathEqualTo(WORKFLOW_PATH))).size() >= 10);

        assertThat(states(states)).containsExactly("edited", "started", "paused");
        Exchange first = states.getReceivedExchanges().get(0);
        assertThat(first.getMessage().getBody()).isEqualTo(Map.of("state", "edited"));
        assertThat(first.getMessage().getHeader(AdobeWorkflowConstants.WORKFLOW_ID)).isEqualTo("WKF12");
        assertThat(first.getMessage().getHeader(AdobeWorkflowConstants.HTTP_RESPONSE_CODE)).isEqualTo(200);
        assertStatusRequestShape();
    }

    private static void assertStatusRequestShape() {
        var request = wireMock.findAll(getRequestedFor(urlPathEqualTo(WORKFLOW_PATH))).get(0);
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(request.getHeader("X-Api-Key")).isEqualTo(API_KEY);
        assertThat(request.getHeader("Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void emitUnchangedEmitsEveryPoll() throws Exception {
        pollsAnswer("started");
        startRoute("adobe-workflow:WKF12?delay=20&initialDelay=0&emitUnchanged=true");

        MockEndpoint states = getMockEndpoint("mock:states");
        await().atMost(10, TimeUnit.SECONDS).until(() -> states.getReceivedCounter() >= 4);

        assertThat(states(states)).containsOnly("started");
    }

    @Test
    void aFailedPollDoesNotKillTheConsumer() throws Exception {
        pollsAnswer("edited", 500, "started");
        startRoute("adobe-workflow:WKF12?delay=20&initialDelay=0&maxRetries=0");

        MockEndpoint states = getMockEndpoint("mock:states");
        await().atMost(10, TimeUnit.SECONDS).until(() -> states.getReceivedCounter() >= 2);

        assertThat(states(states)).containsExactly("edited", "started");
        assertThat(context.getRouteController().getRouteStatus("watch").isStarted()).isTrue();
        assertThat(getMockEndpoint("mock:errors").getReceivedCounter()).as("without bridgeErrorHandler").isZero();
    }

    @Test
    void withBridgeErrorHandlerAFailedPollReachesTheRouteErrorHandler() throws Exception {
        pollsAnswer("edited", 500, "started");
        startRoute("adobe-workflow:WKF12?delay=20&initialDelay=0&maxRetries=0&bridgeErrorHandler=true");

        MockEndpoint errors = getMockEndpoint("mock:errors");
        MockEndpoint states = getMockEndpoint("mock:states");
        await().atMost(10, TimeUnit.SECONDS).until(() -> states.getReceivedCounter() >= 2);

        assertThat(errors.getReceivedCounter()).isEqualTo(1);
        Exception failure = errors.getReceivedExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        assertThat(failure).isInstanceOf(AdobeWorkflowException.class);
        assertThat(((AdobeWorkflowException) failure).getStatusCode()).isEqualTo(500);
        assertThat(states(states)).containsExactly("edited", "started");
    }

    @Test
    void aPollInFlightWhenTheContextStopsIsNoFailure() throws Exception {
        wireMock.stubFor(get(urlPathEqualTo(WORKFLOW_PATH)).willReturn(okJson("{\"state\":\"started\"}")
                .withFixedDelay(5000)));
        try (LogCapture logs = new LogCapture().including(AdobeWorkflowConsumer.class)) {
            startRoute("adobe-workflow:WKF12?delay=20&initialDelay=0");
            await().atMost(10, TimeUnit.SECONDS).until(
                    () -> wireMock.findAll(getRequestedFor(urlPathEqualTo(WORKFLOW_PATH))).size() >= 1);

            context.stop();

            assertThat(logs.lines()).filteredOn(line -> line.startsWith("WARN") || line.startsWith("ERROR"))
                    .as("nothing failed: the poll was abandoned by the stop").isEmpty();
            assertThat(logs.text()).contains("Workflow WKF12: poll abandoned, the component is stopping");
        }
        assertThat(getMockEndpoint("mock:states").getReceivedCounter()).isZero();
    }
}
