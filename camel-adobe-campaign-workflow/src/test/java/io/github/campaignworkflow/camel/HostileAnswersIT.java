package io.github.campaignworkflow.camel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.campaignworkflow.camel.AdobeWorkflowTransportException.Kind;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers a hostile or broken server gives: each ends within its bound, with the connection aborted rather than
 * drained, and nothing is sent twice. Failsafe runs this class with a 256 MB heap, so a body read whole would fail it
 * with an OutOfMemoryError.
 */
class HostileAnswersIT extends WorkflowTestSupport {

    private static HostileServer hostile;

    @BeforeAll
    static void startHostileServer() throws Exception {
        hostile = new HostileServer();
    }

    @AfterAll
    static void stopHostileServer() {
        hostile.close();
    }

    private record Outcome(Exchange exchange, long millis) {
        AdobeWorkflowTransportException failure() {
            return exchange.getException(AdobeWorkflowTransportException.class);
        }
    }

    private Outcome send(String workflowAndOptions) {
        long start = System.nanoTime();
        Exchange exchange = template.request("adobe-workflow:" + workflowAndOptions + "&baseUrl=" + hostile.baseUrl(),
                null);
        return new Outcome(exchange, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    @Test
    void aGzipBombFailsAtTheSizeLimitWithoutInflatingTheRest() {
        Outcome outcome = send("GZIP-BOMB?command=status&maxRetries=0");

        assertThat(Runtime.getRuntime().maxMemory()).as("run by failsafe with a small heap")
                .isLessThan(512L * 1024 * 1024);
        assertThat(outcome.failure().getKind()).isEqualTo(Kind.RESPONSE_TOO_LARGE);
        assertThat(outcome.failure()).hasMessageContaining("exceeds maxResponseSize of 1048576 bytes");
        assertThat(outcome.failure().mayHaveBeenApplied()).isTrue();
        assertThat(outcome.exchange().getMessage().getHeader(AdobeWorkflowConstants.ATTEMPTS)).isEqualTo(1);
        assertThat(hostile.hits("GZIP-BOMB")).isEqualTo(1);
    }

    @Test
    void aFastEndlessBodyFailsAtTheSizeLimitAndIsNotRetried() {
        Outcome outcome = send("ENDLESS-FAST?command=start&maxResponseSize=65536");

        assertThat(outcome.failure().getKind()).isEqualTo(Kind.RESPONSE_TOO_LARGE);
        assertThat(outcome.failure()).hasMessageContaining("exceeds maxResponseSize of 65536 bytes");
        assertThat(outcome.millis()).as("aborted, not drained until the response timeout").isLessThan(10_000L);
        assertThat(hostile.hits("ENDLESS-FAST")).isEqualTo(1);
    }

    @Test
    void aSlowEndlessBodyEndsAtTheResponseTimeoutAndAPostIsNotRepeated() {
        Outcome outcome = send("ENDLESS-SLOW?command=start&responseTimeout=2000");

        assertThat(outcome.failure().getKind()).isEqualTo(Kind.RESPONSE_TIMEOUT);
        assertThat(outcome.failure()).hasMessageContaining("the whole response must come within responseTimeout (2000 ms)");
        assertThat(outcome.millis()).as("the whole answer is bounded, not each read").isBetween(1900L, 8000L);
        assertThat(hostile.hits("ENDLESS-SLOW")).isEqualTo(1);
    }

    @Test
    void aDeclaredLengthOverTheLimitFailsBeforeTheBodyIsRead() {
        Outcome outcome = send("HUGE-LENGTH?command=start");

        assertThat(outcome.failure().getKind()).isEqualTo(Kind.RESPONSE_TOO_LARGE);
        assertThat(outcome.failure()).hasMessageContaining("it declares 2000000000 bytes");
        assertThat(outcome.millis()).isLessThan(5000L);
    }

    @Test
    void aDrippingBodyEndsAtTheResponseTimeout() {
        Outcome outcome = send("DRIP?command=start&responseTimeout=1500");

        assertThat(outcome.failure().getKind()).isEqualTo(Kind.RESPONSE_TIMEOUT);
        assertThat(outcome.millis()).isBetween(1400L, 8000L);
        assertThat(hostile.hits("DRIP")).isEqualTo(1);
    }

    @Test
    void anImsAnswerThatNeverEndsFailsEveryWaitingExchangeWithinTheTokenDeadline() throws Exception {
        // the token request's deadline is the component's own responseTimeout, checked when the component starts
        AdobeWorkflowComponent component = new AdobeWorkflowComponent();
        configureComponent(component, component.getConfiguration());
        component.getConfiguration().setAccessToken(null);
        component.getConfiguration().setResponseTimeout(1000);
        context.addComponent("adobe-workflow-short-ims", component);
        // the endpoint's own, longer timeout does not apply to the token request: the credential's is the component's
        String uri = "adobe-workflow-short-ims:WKF12?command=start&responseTimeout=60000&clientId=campaign-client"
                     + "&clientSecret=RAW(s3cret)&tokenUrl=" + hostile.baseUrl() + "/ims/IMS-ENDLESS";

        int imsBefore = hostile.hits("IMS-ENDLESS");
        long start = System.nanoTime();
        List<CompletableFuture<Exchange>> exchanges = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            exchanges.add(template.asyncSend(uri, exchange -> {
            }));
        }
        CompletableFuture.allOf(exchanges.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        for (CompletableFuture<Exchange> exchange : exchanges) {
            assertThat(exchange.get().getException()).isInstanceOf(AdobeWorkflowAuthenticationException.class)
                    .hasMessageContaining("no response came in time").hasMessageNotContaining("s3cret");
        }
        assertThat(millis).as("bounded by the component's token request deadline").isLessThan(10_000L);
        assertThat(hostile.hits("IMS-ENDLESS") - imsBefore).as("one token request for all").isEqualTo(1);
        assertThat(requests()).as("nothing reached the API").isEmpty();
    }

    @Test
    void anExchangeWaitsForATokenAtMostItsOwnResponseTimeoutWhileTheSharedFetchGoesOn() throws Exception {
        AdobeWorkflowConfiguration defaults = context.getComponent("adobe-workflow", AdobeWorkflowComponent.class)
                .getConfiguration();
        defaults.setAccessToken(null); // the component keeps its 30 s deadline for the token request
        String uri = "adobe-workflow:WKF12?command=start&responseTimeout=2000&clientId=waiting-client"
                     + "&clientSecret=RAW(s3cret)&tokenUrl=" + hostile.baseUrl() + "/ims/IMS-ENDLESS";
        int imsBefore = hostile.hits("IMS-ENDLESS");

        for (int round = 1; round <= 2; round++) {
            long start = System.nanoTime();
            List<CompletableFuture<Exchange>> exchanges = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                exchanges.add(template.asyncSend(uri, exchange -> {
                }));
            }
            CompletableFuture.allOf(exchanges.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            for (CompletableFuture<Exchange> exchange : exchanges) {
                assertThat(exchange.get().getException()).isInstanceOf(AdobeWorkflowAuthenticationException.class)
                        .hasMessage("No access token for adobe-workflow://WKF12?clientId=xxxxxx&clientSecret=xxxxxx"
                                    + "&command=start&responseTimeout=2000&tokenUrl=xxxxxx within its"
                                    + " responseTimeout (2000 ms), nothing was sent: the access token is still being"
                                    + " fetched");
            }
            assertThat(millis).as("round " + round + ": each exchange's own deadline, not the fetch's 30 s")
                    .isBetween(1900L, 5000L);
            assertThat(hostile.hits("IMS-ENDLESS") - imsBefore).as("round " + round + ": the one fetch goes on for all")
                    .isEqualTo(1);
        }
        assertThat(requests()).as("nothing reached the API").isEmpty();
    }

    @Test
    void aSoapResponseThatNeverEndsEndsAtTheResponseTimeoutAndIsNotSentAgain() {
        long start = System.nanoTime();
        Exchange exchange = template.request("adobe-workflow:WKF12?api=soap&command=start&responseTimeout=2000&baseUrl="
                                             + hostile.baseUrl() + "/SOAP-ENDLESS", null);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        AdobeWorkflowTransportException failure = exchange.getException(AdobeWorkflowTransportException.class);
        assertThat(failure.getKind()).isEqualTo(Kind.RESPONSE_TIMEOUT);
        assertThat(failure).hasMessageStartingWith("xtk:workflow#Start (POST /SOAP-ENDLESS/nl/jsp/soaprouter.jsp)");
        assertThat(millis).isBetween(1900L, 8000L);
        assertThat(hostile.hits("SOAP-ENDLESS")).isEqualTo(1);
    }

    @Test
    void aSoapQueryAnsweredByAGzipBombFailsAtTheSizeLimit() {
        Exchange exchange = template.request("adobe-workflow:WKF12?api=soap&command=status&maxRetries=0&baseUrl="
                                             + hostile.baseUrl() + "/GZIP-BOMB", null);

        AdobeWorkflowTransportException failure = exchange.getException(AdobeWorkflowTransportException.class);
        assertThat(failure.getKind()).isEqualTo(Kind.RESPONSE_TOO_LARGE);
        assertThat(failure).hasMessageContaining("exceeds maxResponseSize of 1048576 bytes");
    }
}
