package io.github.campaignworkflow.kamelets;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.campaignworkflow.simulator.AdobeCampaignSimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.campaignworkflow.kamelets.KameletCamel.SINK;
import static io.github.campaignworkflow.kamelets.KameletCamel.SOURCE;
import static io.github.campaignworkflow.kamelets.KameletCamel.apiRequests;
import static io.github.campaignworkflow.kamelets.KameletCamel.kameletProperties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code kamelet:adobe-workflow-source} through camel-kamelet 4.18.0, against the simulator. */
class AdobeWorkflowSourceKameletTest {

    static final String RESOURCE = "/acme/campaign/workflow/execution/WKF-WATCH";

    @RegisterExtension
    static final AdobeCampaignSimulatorExtension ADOBE = AdobeCampaignSimulatorExtension.create(sim -> sim
            .commandDelay(Duration.ofMillis(100))
            .workflow("WKF-WATCH"));

    @Test
    void emitsTheStateOnTheFirstPollAndOnEveryChangeOnly() throws Exception {
        Map<String, String> properties = new HashMap<>(kameletProperties(SOURCE, ADOBE.componentOptions()));
        properties.putAll(kameletProperties(SINK, ADOBE.componentOptions()));
        try (KameletCamel camel = new KameletCamel().properties(properties).routes(rb -> {
            rb.from("kamelet:adobe-workflow-source?workflowId=WKF-WATCH&delay=100").to("mock:states");
            rb.from("direct:command").to("kamelet:adobe-workflow-sink?workflowId=WKF-WATCH&command=start");
        }).start()) {
            MockEndpoint states = camel.mock("mock:states");

            await().atMost(Duration.ofSeconds(10)).until(() -> states.getReceivedCounter() == 1);
            camel.send("direct:command", Map.of());
            await().atMost(Duration.ofSeconds(10)).until(() -> states.getReceivedCounter() == 2);
            camel.send("direct:command", Map.of("CamelAdobeWorkflowCommand", "stop"));
            await().atMost(Duration.ofSeconds(10)).until(() -> states.getReceivedCounter() == 3);
            // three more polls of the stopped workflow: nothing is emitted for an unchanged state
            int polls = statusReads();
            await().atMost(Duration.ofSeconds(10)).until(() -> statusReads() >= polls + 3);

            List<Exchange> emitted = states.getReceivedExchanges();
            assertThat(emitted).extracting(exchange -> exchange.getMessage().getHeader("CamelAdobeWorkflowState"))
                    .containsExactly("edited", "started", "stopped");
            assertThat(emitted).allSatisfy(exchange -> {
                assertThat(exchange.getMessage().getHeader("CamelAdobeWorkflowId")).isEqualTo("WKF-WATCH");
                assertThat(exchange.getMessage().getHeader("CamelHttpResponseCode")).isEqualTo(200);
                assertThat(exchange.getMessage().getBody(Map.class)).containsEntry("state",
                        exchange.getMessage().getHeader("CamelAdobeWorkflowState"));
            });
        }
        assertThat(apiRequests(ADOBE.simulator())).filteredOn(request -> request.getMethod().getName().equals("GET"))
                .isNotEmpty().allSatisfy(poll -> {
                    assertThat(poll.getUrl()).isEqualTo(RESOURCE);
                    assertThat(poll.getHeader("Authorization")).startsWith("Bearer ");
                    assertThat(poll.getHeader("X-Api-Key")).isEqualTo(ADOBE.clientId());
                    assertThat(poll.getHeader("Cache-Control")).isEqualTo("no-cache");
                });
        assertThat(ADOBE.simulator().commands("WKF-WATCH")).containsExactly("start", "stop");
    }

    @Test
    void withOnlyTheWorkflowIdItPollsEveryThirtySecondsWithTheComponentsConfiguration() throws Exception {
        try (KameletCamel camel = new KameletCamel().component(ADOBE.componentOptions())
                .routes(rb -> rb.from("kamelet:adobe-workflow-source?workflowId=WKF-WATCH").to("mock:states"))
                .start()) {
            MockEndpoint states = camel.mock("mock:states");

            // the first poll comes after the consumer's initial delay (1 s); the next one would be 30 s later
            await().atMost(Duration.ofSeconds(10)).until(() -> states.getReceivedCounter() == 1);

            assertThat(states.getReceivedExchanges().get(0).getMessage().getHeader("CamelAdobeWorkflowState"))
                    .isEqualTo("edited");
            assertThat(pollingConsumer(camel).getDelay()).isEqualTo(30_000L);
        }
        assertThat(apiRequests(ADOBE.simulator())).singleElement()
                .satisfies(poll -> assertThat(poll.getUrl()).isEqualTo(RESOURCE));
    }

    private static ScheduledPollConsumer pollingConsumer(KameletCamel camel) {
        return camel.context().getRoutes().stream().map(Route::getConsumer)
                .filter(ScheduledPollConsumer.class::isInstance).map(ScheduledPollConsumer.class::cast)
                .findFirst().orElseThrow();
    }

    private static int statusReads() {
        return (int) apiRequests(ADOBE.simulator()).stream()
                .filter(request -> request.getMethod().getName().equals("GET")).count();
    }
}
