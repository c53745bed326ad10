package io.github.campaignworkflow.camel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 5,000 commands at concurrency 32 while 5 % of them are throttled once with 503: every exchange is accounted for,
 * every command applied exactly once. Heavier load belongs in the benchmarks, not here.
 */
class LoadIT extends WorkflowTestSupport {

    static final int COMMANDS = 5000;
    static final int CONCURRENCY = 32;

    /** The first request for every 20th workflow is answered 503; every other request 200. */
    static final class ThrottleOnce implements ResponseDefinitionTransformerV2 {
        final Set<String> throttled = ConcurrentHashMap.newKeySet();
        final Map<String, AtomicInteger> applied = new ConcurrentHashMap<>();

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            String[] path = event.getRequest().getUrl().split("/");
            String id = path[path.length - 2];
            if (Integer.parseInt(id.substring(id.indexOf('-') + 1)) % 20 == 0 && throttled.add(id)) {
                return responseDefinition().withStatus(503).build();
            }
            applied.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            return event.getResponseDefinition();
        }

        @Override
        public String getName() {
            return "throttle-once";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }
    }

    static final ThrottleOnce THROTTLE = new ThrottleOnce();
    static WireMockServer loaded;

    @BeforeAll
    static void startLoadedServer() {
        loaded = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").containerThreads(48)
                .extensions(THROTTLE));
        loaded.start();
        loaded.stubFor(post(urlPathMatching(".*/commands"))
                .willReturn(aResponse().withStatus(200).withTransformers("throttle-once")));
    }

    @AfterAll
    static void stopLoadedServer() {
        loaded.stop();
    }

    @Override
    protected void configureComponent(AdobeWorkflowComponent component, AdobeWorkflowConfiguration configuration) {
        super.configureComponent(component, configuration);
        configuration.setBaseUrl("http://127.0.0.1:" + loaded.port());
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
        assertThat(THROTTLE.throttled).hasSize(COMMANDS / 20);
        assertThat(THROTTLE.applied).hasSize(COMMANDS).allSatisfy((id, count) -> assertThat(count.get()).as(id).isOne());
    }
}
