package io.github.campaignworkflow.camel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 5,000 commands at concurrency 32 while 5 % of them are throttled once with 503: every exchange is accounted for,
 * every command applied exactly once. Heavier load belongs in the benchmarks, not here.
 */
class LoadIT extends WorkflowTestSupport {

    static final int COMMANDS = 5000;
    static final int CONCURRENCY = 32;

    /** The first request for every 20th workflow is answered 503, every other request 200. */
    @BeforeEach
    void throttleEveryTwentiethWorkflowOnce() {
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(200)));
        for (int i = 0; i < COMMANDS; i += 20) {
            String path = "/acme/campaign/workflow/execution/LOAD-" + i + "/commands";
            respondInTurn(path, () -> post(urlPathEqualTo(path)), aResponse().withStatus(503), aResponse().withStatus(200));
        }
    }

    @Override
    protected void configureComponent(AdobeWorkflowComponent component, AdobeWorkflowConfiguration configuration) {
        super.configureComponent(component, configuration);
        configuration.setMaxConnections(CONCURRENCY);
        configuration.setRetryDelay(5);
        configuration.setRetryMaxDelay(20);
    }

    @Test
    void everyOneOf5000CommandsAt32ConcurrentIsAccountedFor() throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(CONCURRENCY);
        List<Future<List<Exchange>>> batches = new ArrayList<>();
        for (int t = 0; t < CONCURRENCY; t++) {
            int first = t;
            batches.add(senders.submit(() -> {
                List<Exchange> results = new ArrayList<>();
                for (int i = first; i < COMMANDS; i += CONCURRENCY) {
                    String id = "LOAD-" + i;
                    results.add(template.request("adobe-workflow:?command=start",
                            e -> e.getMessage().setHeader(AdobeWorkflowConstants.WORKFLOW_ID, id)));
                }
                return results;
            }));
        }
        List<Exchange> exchanges = new ArrayList<>();
        for (Future<List<Exchange>> batch : batches) {
            exchanges.addAll(batch.get(120, TimeUnit.SECONDS));
        }
        senders.shutdown();

        assertThat(exchanges).hasSize(COMMANDS);
        assertThat(exchanges).allSatisfy(e -> {
            assertThat(e.getException()).isNull();
            assertThat(e.getMessage().getHeader(AdobeWorkflowConstants.HTTP_RESPONSE_CODE)).isEqualTo(200);
        });
        long retried = exchanges.stream()
                .filter(e -> e.getMessage().getHeader(AdobeWorkflowConstants.ATTEMPTS, Integer.class) == 2).count();
        assertThat(retried).isEqualTo(COMMANDS / 20);
        Map<Integer, Long> byStatus = wireMock.getAllServeEvents().stream()
                .collect(Collectors.groupingBy(event -> event.getResponse().getStatus(), Collectors.counting()));
        assertThat(byStatus).isEqualTo(Map.of(503, (long) COMMANDS / 20, 200, (long) COMMANDS));
        Map<String, Long> appliedPerWorkflow = wireMock.getAllServeEvents().stream()
                .filter(event -> event.getResponse().getStatus() == 200)
                .collect(Collectors.groupingBy(event -> event.getRequest().getUrl(), Collectors.counting()));
        assertThat(appliedPerWorkflow).hasSize(COMMANDS).allSatisfy((path, count) -> assertThat(count).as(path).isOne());
    }
}
