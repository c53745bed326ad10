package io.github.campaignworkflow.camel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Stopping the CamelContext fails every waiting exchange at once; nothing is sent afterwards. */
class StopTest extends WorkflowTestSupport {

    private static final int WAITING = 50;

    private List<CompletableFuture<Exchange>> sendAll(String uri) {
        List<CompletableFuture<Exchange>> exchanges = new ArrayList<>();
        for (int i = 0; i < WAITING; i++) {
            String workflow = "WKF-" + i;
            exchanges.add(template.asyncSend(uri.replace("{id}", workflow), exchange -> {
            }));
        }
        return exchanges;
    }

    private AdobeWorkflowComponent component() {
        return context.getComponent("adobe-workflow", AdobeWorkflowComponent.class);
    }

    private void assertStopFailsThemAtOnceAndSendsNothingMore(List<CompletableFuture<Exchange>> exchanges)
            throws Exception {
        int sentBeforeStop = requests().size();
        long start = System.nanoTime();
        context.stop();
        long stopMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(stopMillis).as("the stop does not wait for the waits").isLessThan(10_000L);
        for (CompletableFuture<Exchange> exchange : exchanges) {
            Exception failure = exchange.get(1, TimeUnit.SECONDS).getException();
            assertThat(failure).isInstanceOf(AdobeWorkflowTransportException.class)
                    .hasMessageContaining("the adobe-workflow component is stopping");
            assertThat(((AdobeWorkflowTransportException) failure).getKind()).isEqualTo(AdobeWorkflowTransportException.Kind.STOPPED);
        }
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> requests().size() == sentBeforeStop);
    }

    @Test
    void exchangesWaitingForAStateFailAtOnceWhenTheContextStops() throws Exception {
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(200)));
        wireMock.stubFor(get(urlPathMatching(".*/WKF-\\d+")).willReturn(okJson("{\"state\":\"editing\"}")));

        List<CompletableFuture<Exchange>> exchanges
                = sendAll("adobe-workflow:{id}?command=start&awaitState=finished&awaitInterval=20000&awaitTimeout=60000");
        await().atMost(Duration.ofSeconds(20)).until(() -> component().waits().size() == WAITING);

        assertStopFailsThemAtOnceAndSendsNothingMore(exchanges);
    }

    @Test
    void exchangesWaitingForARetryFailAtOnceWhenTheContextStops() throws Exception {
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", "20")));

        List<CompletableFuture<Exchange>> exchanges = sendAll("adobe-workflow:{id}?command=start&retryMaxDelay=30000");
        await().atMost(Duration.ofSeconds(20)).until(() -> component().waits().size() == WAITING);

        assertStopFailsThemAtOnceAndSendsNothingMore(exchanges);
        for (CompletableFuture<Exchange> exchange : exchanges) {
            assertThat(exchange.get().getMessage().getHeader(AdobeWorkflowConstants.ATTEMPTS)).isEqualTo(1);
        }
    }
}
