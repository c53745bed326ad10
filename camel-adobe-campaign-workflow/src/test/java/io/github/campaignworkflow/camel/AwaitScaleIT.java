package io.github.campaignworkflow.camel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 500 exchanges waiting with awaitState at 500 ms of API latency, maxConnections=500: they finish within 1.5 times
 * the ideal time, because the polls' I/O is bounded by the connections, not by a thread pool. WireMock delays its
 * answers asynchronously, without holding a thread each, so it is not the bottleneck.
 */
class AwaitScaleIT {

    private static final int EXCHANGES = 500;
    private static final int LATENCY_MILLIS = 500;
    private static final long INTERVAL_MILLIS = 1000;
    /** Each workflow answers "editing" four times, then "started": five polls. */
    private static final int POLLS = 5;

    /** The state a workflow's status answer carries: started from its fifth read on. */
    static final class StartedAfterPolls implements ResponseDefinitionTransformerV2 {
        final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            int read = reads.computeIfAbsent(event.getRequest().getUrl(), url -> new AtomicInteger()).incrementAndGet();
            return okJson(read >= POLLS ? "{\"state\":\"started\"}" : "{\"state\":\"editing\"}")
                    .withFixedDelay(LATENCY_MILLIS).build();
        }

        @Override
        public String getName() {
            return "started-after-polls";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }
    }

    private final StartedAfterPolls states = new StartedAfterPolls();
    private WireMockServer adobe;
    private CamelContext context;

    @BeforeEach
    void start() throws Exception {
        adobe = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").containerThreads(64)
                .asynchronousResponseEnabled(true).asynchronousResponseThreads(8).extensions(states));
        adobe.start();
        adobe.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(LATENCY_MILLIS)));
        adobe.stubFor(get(urlPathMatching("/acme/campaign/workflow/execution/[^/]+"))
                .willReturn(aResponse().withTransformers(states.getName())));

        context = new DefaultCamelContext();
        AdobeWorkflowComponent component = new AdobeWorkflowComponent();
        AdobeWorkflowConfiguration c = component.getConfiguration();
        c.setOrganization("acme");
        c.setBaseUrl("http://127.0.0.1:" + adobe.port());
        c.setAccessToken("token");
        c.setApiKey("key");
        c.setMaxConnections(EXCHANGES);
        context.addComponent("adobe-workflow", component);
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
        adobe.stop();
    }

    @Test
    void fiveHundredWaitingExchangesFinishWithinOneAndAHalfTimesTheIdeal() throws Exception {
        String options = "?command=start&awaitState=started&awaitInterval=" + INTERVAL_MILLIS + "&awaitTimeout=60000";
        ProducerTemplate template = context.createProducerTemplate(); // 10 threads: the component must not need more
        long start = System.nanoTime();
        List<CompletableFuture<Exchange>> exchanges = new ArrayList<>();
        for (int i = 0; i < EXCHANGES; i++) {
            exchanges.add(template.asyncSend("adobe-workflow:WKF-" + i + options, e -> {
            }));
        }
        CompletableFuture.allOf(exchanges.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        for (CompletableFuture<Exchange> exchange : exchanges) {
            assertThat(exchange.get().getException()).isNull();
            assertThat(exchange.get().getMessage().getHeader(AdobeWorkflowConstants.STATE)).isEqualTo("started");
        }
        // the contract's ideal, polls x (interval + latency), plus the command's own round trip
        long ideal = LATENCY_MILLIS + POLLS * (INTERVAL_MILLIS + LATENCY_MILLIS);
        assertThat(millis).as("time to finish against the ideal of %d ms", ideal).isLessThan(ideal * 3 / 2);
        assertThat(states.reads).hasSize(EXCHANGES)
                .allSatisfy((path, count) -> assertThat(count.get()).isEqualTo(POLLS));
    }
}
