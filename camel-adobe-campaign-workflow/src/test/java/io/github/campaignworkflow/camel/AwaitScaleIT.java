package io.github.campaignworkflow.camel;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 500 exchanges waiting with awaitState at 500 ms of API latency, maxConnections=500: they finish within 1.5 times
 * the ideal time, because the polls' I/O is bounded by the connections, not by a thread pool. The stub answers after
 * the latency without holding a thread, so it is not the bottleneck.
 */
class AwaitScaleIT {

    private static final int EXCHANGES = 500;
    private static final long LATENCY_MILLIS = 500;
    private static final long INTERVAL_MILLIS = 1000;
    /** Each workflow answers "editing" four times, then "started": five polls. */
    private static final int POLLS = 5;

    private HttpServer server;
    private ScheduledExecutorService latency;
    private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
    private CamelContext context;

    @BeforeEach
    void start() throws Exception {
        latency = Executors.newScheduledThreadPool(4);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1000);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::answerLater);
        server.start();

        context = new DefaultCamelContext();
        AdobeWorkflowComponent component = new AdobeWorkflowComponent();
        AdobeWorkflowConfiguration c = component.getConfiguration();
        c.setOrganization("acme");
        c.setBaseUrl("http://127.0.0.1:" + server.getAddress().getPort());
        c.setAccessToken("token");
        c.setApiKey("key");
        c.setMaxConnections(EXCHANGES);
        context.addComponent("adobe-workflow", component);
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
        server.stop(0);
        latency.shutdownNow();
    }

    private void answerLater(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getPath();
        String body;
        if (path.endsWith("/commands")) {
            body = "{}";
        } else {
            int read = reads.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            body = read >= POLLS ? "{\"state\":\"started\"}" : "{\"state\":\"editing\"}";
        }
        latency.schedule(() -> {
            try (exchange) {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            } catch (IOException clientGone) {
                // the client gave up: nothing to answer
            }
        }, LATENCY_MILLIS, TimeUnit.MILLISECONDS);
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
        assertThat(reads).hasSize(EXCHANGES).allSatisfy((path, count) -> assertThat(count.get()).isEqualTo(POLLS));
    }
}
