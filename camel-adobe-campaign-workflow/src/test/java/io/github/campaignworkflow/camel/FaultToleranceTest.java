package io.github.campaignworkflow.camel;

import java.net.ServerSocket;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.campaignworkflow.camel.AdobeWorkflowTransportException.Kind;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault table: for each fault, how many requests WireMock received and how the exchange ended. A POST is
 * repeated only when it certainly was not applied; a GET also after 502, 504 and response timeouts.
 */
class FaultToleranceTest extends WorkflowTestSupport {

    static final String START = "adobe-workflow:WKF12?command=start&responseTimeout=500";
    static final String STATUS = "adobe-workflow:WKF12?command=status&responseTimeout=500";

    private record Outcome(Exchange exchange, long millis) {
        Throwable failure() {
            return exchange.getException();
        }

        Object attempts() {
            return exchange.getMessage().getHeader(AdobeWorkflowConstants.ATTEMPTS);
        }
    }

    private Outcome send(String uri) {
        long start = System.nanoTime();
        Exchange exchange = template.request(uri, null);
        return new Outcome(exchange, (System.nanoTime() - start) / 1_000_000);
    }

    private static MappingBuilder command() {
        return post(urlPathEqualTo(COMMANDS_PATH));
    }

    private static MappingBuilder status() {
        return get(urlPathEqualTo(WORKFLOW_PATH));
    }

    private static ResponseDefinitionBuilder fault(Fault fault) {
        return aResponse().withFault(fault);
    }

    private static ResponseDefinitionBuilder status(int code) {
        return aResponse().withStatus(code).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":" + code + ",\"message\":\"status " + code + "\"}");
    }

    private static void assertUnanswered(Outcome outcome, Kind kind, int attempts) {
        AdobeWorkflowTransportException failure = outcome.exchange().getException(AdobeWorkflowTransportException.class);
        assertThat(failure).as("a AdobeWorkflowTransportException").isNotNull();
        assertThat(failure.getKind()).isEqualTo(kind);
        assertThat(failure.mayHaveBeenApplied()).isEqualTo(kind != Kind.NOT_SENT);
        assertThat(failure.getAttempts()).isEqualTo(attempts);
        assertThat(failure.getMessage()).endsWith("(attempt " + attempts + ")");
        assertThat(outcome.attempts()).isEqualTo(attempts);
    }

    private static void assertRefused(Outcome outcome, int status, int attempts) {
        AdobeWorkflowException failure = outcome.exchange().getException(AdobeWorkflowException.class);
        assertThat(failure).as("an AdobeWorkflowException").isNotNull();
        assertThat(failure.getStatusCode()).isEqualTo(status);
        assertThat(failure.getAttempts()).isEqualTo(attempts);
        assertThat(outcome.attempts()).isEqualTo(attempts);
        assertThat(outcome.exchange().getMessage().getHeader(AdobeWorkflowConstants.HTTP_RESPONSE_CODE)).isEqualTo(status);
    }

    private static void assertSucceeded(Outcome outcome, int attempts) {
        assertThat(outcome.failure()).isNull();
        assertThat(outcome.attempts()).isEqualTo(attempts);
    }

    // --- POST: repeated only when it certainly was not applied

    @Test
    void postConnectionRefusedIsRetriedThenFails() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Outcome outcome = send(START + "&baseUrl=http://127.0.0.1:" + closedPort);

        assertUnanswered(outcome, Kind.NOT_SENT, 4);
        assertThat(outcome.failure().getMessage()).contains("was not sent: HttpHostConnectException");
        assertThat(outcome.millis()).isLessThan(3000);
    }

    @Test
    void postConnectionResetIsNotRetried() {
        respondInTurn("faults", FaultToleranceTest::command, fault(Fault.CONNECTION_RESET_BY_PEER));
        Outcome outcome = send(START);
        assertUnanswered(outcome, Kind.NO_RESPONSE, 1);
        assertThat(requests()).hasSize(1);
    }

    @Test
    void postEmptyResponseIsNotRetried() {
        respondInTurn("faults", FaultToleranceTest::command, fault(Fault.EMPTY_RESPONSE));
        Outcome outcome = send(START);
        assertUnanswered(outcome, Kind.NO_RESPONSE, 1);
        assertThat(outcome.failure().getMessage()).contains("NoHttpResponseException");
        assertThat(requests()).hasSize(1);
    }

    @Test
    void postMalformedChunkIsNotRetried() {
        respondInTurn("faults", FaultToleranceTest::command, fault(Fault.MALFORMED_RESPONSE_CHUNK));
        Outcome outcome = send(START);
        assertUnanswered(outcome, Kind.NO_RESPONSE, 1);
        assertThat(requests()).hasSize(1);
    }

    @Test
    void postRandomDataThenCloseIsNotRetried() {
        respondInTurn("faults", FaultToleranceTest::command, fault(Fault.RANDOM_DATA_THEN_CLOSE));
        Outcome outcome = send(START);
        assertUnanswered(outcome, Kind.NO_RESPONSE, 1);
        assertThat(requests()).hasSize(1);
    }

    @Test
    void postSlowerThanTheResponseTimeoutIsNotRetried() {
        respondInTurn("faults", FaultToleranceTest::command, aResponse().withStatus(200).withFixedDelay(3000));
        Outcome outcome = send(START);
        assertUnanswered(outcome, Kind.RESPONSE_TIMEOUT, 1);
        assertThat(outcome.millis()).isBetween(450L, 2000L);
        assertThat(requests()).hasSize(1);
    }

    @Test
    void postHtml502FromAProxyIsNotRetried() {
        respondInTurn("faults", FaultToleranceTest::command, aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                .withBody("<html><body><h1>502 Bad Gateway</h1></body></html>"));
        Outcome outcome = send(START);
        assertRefused(outcome, 502, 1);
        assertThat(outcome.failure().getMessage()).contains("502 Bad Gateway");
        assertThat(requests()).hasSize(1);
    }

    @Test
    void post500And504AreNotRetried() {
        respondInTurn("faults", FaultToleranceTest::command, status(500));
        assertRefused(send(START), 500, 1);
        wireMock.resetAll();
        respondInTurn("faults", FaultToleranceTest::command, status(504));
        assertRefused(send(START), 504, 1);
        assertThat(requests()).hasSize(1);
    }

    @Test
    void postTruncatedJsonIsAnAppliedCommandWithATextBody() {
        respondInTurn("faults", FaultToleranceTest::command, aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"state\":\"sta"));
        Outcome outcome = send(START);
        assertSucceeded(outcome, 1);
        assertThat(outcome.exchange().getMessage().getBody()).isEqualTo("{\"state\":\"sta");
        assertThat(requests()).hasSize(1);
    }

    @Test
    void post429WithRetryAfterWaitsThatLongThenSucceeds() {
        respondInTurn("faults", FaultToleranceTest::command, status(429).withHeader("Retry-After", "1"), aResponse().withStatus(200));
        Outcome outcome = send(START + "&retryMaxDelay=5000");
        assertSucceeded(outcome, 2);
        assertThat(outcome.millis()).isBetween(1000L, 2500L);
        assertThat(requests()).hasSize(2);
    }

    @Test
    void post429RetryAfterIsCappedByRetryMaxDelay() {
        respondInTurn("faults", FaultToleranceTest::command, status(429).withHeader("Retry-After", "3600"), aResponse().withStatus(200));
        Outcome outcome = send(START + "&retryMaxDelay=300");
        assertSucceeded(outcome, 2);
        assertThat(outcome.millis()).isBetween(300L, 1500L);
    }

    @Test
    void post429WithoutRetryAfterBacksOffThenSucceeds() {
        respondInTurn("faults", FaultToleranceTest::command, status(429), status(429), aResponse().withStatus(200));
        Outcome outcome = send(START);
        assertSucceeded(outcome, 3);
        assertThat(requests()).hasSize(3);
    }

    @Test
    void post503ThenSuccessIsRetried() {
        respondInTurn("faults", FaultToleranceTest::command, status(503), aResponse().withStatus(200));
        assertSucceeded(send(START), 2);
        assertThat(requests()).hasSize(2);
    }

    @Test
    void a503StormLongerThanMaxRetriesFailsAfterMaxRetries() {
        respondInTurn("faults", FaultToleranceTest::command, status(503));
        Outcome outcome = send(START);
        assertRefused(outcome, 503, 4);
        assertThat(requests()).hasSize(4);

        wireMock.resetAll();
        respondInTurn("faults", FaultToleranceTest::command, status(503));
        assertRefused(send(START + "&maxRetries=0"), 503, 1);
        assertThat(requests()).hasSize(1);
    }

    // --- GET: a read is also repeated after 502, 504 and a response timeout

    @Test
    void getSlowerThanTheResponseTimeoutIsRetried() {
        respondInTurn("faults", FaultToleranceTest::status, aResponse().withStatus(200).withFixedDelay(3000), okJson("{\"state\":\"started\"}"));
        Outcome outcome = send(STATUS);
        assertSucceeded(outcome, 2);
        assertThat(outcome.exchange().getMessage().getHeader(AdobeWorkflowConstants.STATE)).isEqualTo("started");
        assertThat(requests()).hasSize(2);
    }

    @Test
    void getAlwaysTooSlowFailsAfterMaxRetriesWithoutHanging() {
        respondInTurn("faults", FaultToleranceTest::status, aResponse().withStatus(200).withFixedDelay(3000));
        Outcome outcome = send(STATUS + "&maxRetries=2");
        assertUnanswered(outcome, Kind.RESPONSE_TIMEOUT, 3);
        assertThat(outcome.millis()).isBetween(1450L, 3500L);
        assertThat(requests()).hasSize(3);
    }

    @Test
    void getHtml502And504AreRetried() {
        respondInTurn("faults", FaultToleranceTest::status, aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody("<html/>"),
                status(504), okJson("{\"state\":\"paused\"}"));
        Outcome outcome = send(STATUS);
        assertSucceeded(outcome, 3);
        assertThat(requests()).hasSize(3);
    }

    @Test
    void get500AndDroppedConnectionsAreNotRetried() {
        respondInTurn("faults", FaultToleranceTest::status, status(500));
        assertRefused(send(STATUS), 500, 1);
        wireMock.resetAll();
        respondInTurn("faults", FaultToleranceTest::status, fault(Fault.CONNECTION_RESET_BY_PEER));
        assertUnanswered(send(STATUS), Kind.NO_RESPONSE, 1);
        assertThat(requests()).hasSize(1);
    }

    @Test
    void aSignalRetriesItsReadAndItsTriggerOnlyWhereSafe() throws Exception {
        String trigger = "/acme/campaign/workflow/execution/@pk/activities/activity/@sig/trigger";
        respondInTurn("faults", FaultToleranceTest::status, status(502), okJson("{\"state\":\"started\",\"activities\":{\"activity\":{\"signal1\":"
                                                    + "{\"trigger\":{\"href\":\"" + trigger + "\"}}}}}"));
        respondInTurn("trigger", () -> post(urlPathEqualTo(trigger)), status(503), okJson("{\"status\":\"triggered\"}"));

        Outcome outcome = send("adobe-workflow:WKF12?command=signal&activity=signal1");

        assertSucceeded(outcome, 2);
        assertThat(requests()).extracting(r -> r.getMethod().getName() + " " + r.getUrl())
                .containsExactly("GET " + WORKFLOW_PATH, "GET " + WORKFLOW_PATH, "POST " + trigger, "POST " + trigger);
    }

    @Test
    void backingOffExchangesHoldNoThread() throws Exception {
        wireMock.stubFor(command().willReturn(status(429).withHeader("Retry-After", "1")));
        Endpoint endpoint = context.getEndpoint(START + "&maxRetries=1&retryMaxDelay=2000");

        try (AsyncBurst burst = AsyncBurst.send(endpoint, 100)) {
            assertThat(burst.completedSynchronously()).as("every exchange continues asynchronously").isZero();
            assertThat(burst.awaitAll(20)).isTrue();

            assertThat(burst.exchanges()).allSatisfy(e -> assertThat(e.getMessage().getHeader(AdobeWorkflowConstants.ATTEMPTS))
                    .isEqualTo(2));
            assertThat(componentIoThreads()).as("the component's I/O threads: at most one per connection (20)")
                    .isLessThanOrEqualTo(20);
        }
    }
}
