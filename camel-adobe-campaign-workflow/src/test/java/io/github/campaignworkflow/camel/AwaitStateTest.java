package io.github.campaignworkflow.camel;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** awaitState: after an accepted command, poll the status until Campaign has applied it. */
class AwaitStateTest extends WorkflowTestSupport {

    /** The status GET answers these states in turn, then keeps the last. */
    private static void statesInTurn(String... states) {
        respondInTurn("states", () -> get(urlPathEqualTo(WORKFLOW_PATH)), Arrays.stream(states)
                .map(state -> okJson("{\"id\":\"WKF12\",\"state\":\"" + state + "\"}"))
                .toArray(ResponseDefinitionBuilder[]::new));
    }

    private static void commandsAccepted() {
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(200)));
    }

    @Test
    void theRouteContinuesOnceTheAwaitedStateIsReached() throws Exception {
        commandsAccepted();
        statesInTurn("edited", "edited", "started");

        Exchange result = template.request(
                "adobe-workflow:WKF12?command=start&awaitState=started&awaitInterval=50&awaitTimeout=5000", null);

        assertThat(result.getException()).isNull();
        assertThat(requests()).hasSize(4);
        assertCommandRequest(requests().get(0), COMMANDS_PATH, "start");
        wireMock.verify(3, getRequestedFor(urlPathEqualTo(WORKFLOW_PATH)));
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.STATE)).isEqualTo("started");
        assertThat(result.getMessage().getBody()).isEqualTo(Map.of("id", "WKF12", "state", "started"));
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.HTTP_RESPONSE_CODE)).isEqualTo(200);
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.ATTEMPTS)).isEqualTo(1);
    }

    @Test
    void anyOfSeveralStatesMatchesIgnoringCase() {
        commandsAccepted();
        statesInTurn("started", "Stopped");

        Exchange result = template.request(
                "adobe-workflow:WKF12?command=stop&awaitState=finished, STOPPED&awaitInterval=20", null);

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.STATE)).isEqualTo("Stopped");
        wireMock.verify(2, getRequestedFor(urlPathEqualTo(WORKFLOW_PATH)));
    }

    @Test
    void aTimeoutFailsNamingTheLastStateSeen() {
        commandsAccepted();
        statesInTurn("edited");

        long start = System.nanoTime();
        Exchange result = template.request(
                "adobe-workflow:WKF12?command=start&awaitState=started&awaitInterval=50&awaitTimeout=400", null);
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        AdobeWorkflowAwaitTimeoutException failure = result.getException(AdobeWorkflowAwaitTimeoutException.class);
        assertThat(failure).isNotNull();
        assertThat(failure.getLastState()).isEqualTo("edited");
        assertThat(failure.getAwaitedStates()).containsExactly("started");
        assertThat(failure.getMessage()).startsWith("Workflow WKF12 did not reach started within ")
                .contains("ms after the command start was accepted; last state seen: edited after ");
        assertThat(elapsedMillis).isBetween(380L, 3000L);
        int polls = wireMock.findAll(getRequestedFor(urlPathEqualTo(WORKFLOW_PATH))).size();
        assertThat(polls).isBetween(5, 10);
    }

    @Test
    void aRefusedCommandIsNotAwaited() {
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(409)
                .withBody("{\"code\":409,\"message\":\"its state is 'edited'\"}")));

        Exchange result = template.request("adobe-workflow:WKF12?command=pause&awaitState=paused&awaitInterval=20", null);

        assertThat(result.getException(AdobeWorkflowException.class).getStatusCode()).isEqualTo(409);
        wireMock.verify(0, getRequestedFor(urlPathEqualTo(WORKFLOW_PATH)));
    }

    @Test
    void aFailingPollFailsTheWait() {
        commandsAccepted();
        wireMock.stubFor(get(urlPathEqualTo(WORKFLOW_PATH)).willReturn(aResponse().withStatus(500)
                .withBody("{\"code\":500,\"message\":\"Oops. Something went wrong.\"}")));

        Exchange result = template.request("adobe-workflow:WKF12?command=start&awaitState=started&awaitInterval=20", null);

        AdobeWorkflowException failure = result.getException(AdobeWorkflowException.class);
        assertThat(failure.getStatusCode()).isEqualTo(500);
        assertThat(failure.getMessage()).startsWith("Adobe Campaign answered 500 to GET " + WORKFLOW_PATH
                                                    + " (command status, workflow WKF12)");
        wireMock.verify(1, postRequestedFor(urlPathEqualTo(COMMANDS_PATH)));
    }

    @Test
    void twoHundredWaitingExchangesHoldNoThreadWhileTheyWait() throws Exception {
        commandsAccepted();
        wireMock.stubFor(get(urlPathEqualTo(WORKFLOW_PATH)).willReturn(okJson("{\"state\":\"edited\"}")));
        Endpoint endpoint = context.getEndpoint(
                "adobe-workflow:WKF12?command=start&awaitState=started&awaitInterval=100&awaitTimeout=60000");

        AdobeWorkflowComponent component = context.getComponent("adobe-workflow", AdobeWorkflowComponent.class);
        try (AsyncBurst burst = AsyncBurst.send(endpoint, 200)) {
            // every exchange has posted its command and polled at least once
            await().atMost(Duration.ofSeconds(30)).until(() -> wireMock.findAll(
                    getRequestedFor(urlPathEqualTo(WORKFLOW_PATH))).size() >= 400);
            assertThat(burst.pending()).isEqualTo(200);
            assertThat(componentIoThreads()).as("the component's I/O threads: at most one per connection")
                    .isBetween(1L, 20L);
            wireMock.stubFor(get(urlPathEqualTo(WORKFLOW_PATH)).willReturn(okJson("{\"state\":\"started\"}")));
            assertThat(burst.awaitAll(30)).isTrue();

            assertThat(burst.completedSynchronously()).isZero();
            assertThat(burst.exchanges()).allSatisfy(exchange -> {
                assertThat(exchange.getException()).isNull();
                assertThat(exchange.getMessage().getHeader(AdobeWorkflowConstants.STATE)).isEqualTo("started");
            });
            assertThat(component.waits().size()).isZero();
        }
    }
}
