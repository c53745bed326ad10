package io.github.campaignworkflow.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.campaignworkflow.camel.AdobeWorkflowComponent;
import io.github.campaignworkflow.camel.AdobeWorkflowConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.engine.DefaultProducerTemplate;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Scale: many exchanges in flight at once against an API that takes {@code latency} ms to answer each request.
 * <p>
 * {@code await} (default): every exchange is {@code adobe-workflow:WKF-<n>?command=start&awaitState=started
 * &awaitInterval=1000&awaitTimeout=60000}; the stub answers the POST {@code {}} and the first GET of each workflow
 * {@code {"state":"editing"}}, later ones {@code {"state":"started"}}: one POST and two polls per exchange, ideally
 * {@code 2 x (interval + latency) + latency} for all of them together.
 * <p>
 * {@code retry}: every exchange is {@code adobe-workflow:WKF-<n>?command=start}; the stub answers the first POST of
 * each workflow 503 with {@code Retry-After: 0}, the second 200: ideally {@code 2 x latency}.
 * <p>
 * The stub answers after the latency without holding a thread per request (the answer is scheduled on a small
 * {@link ScheduledExecutorService}), so the platform threads counted are the client's, plus the stub's fixed few.
 * A daemon thread samples {@link ThreadMXBean#getThreadCount()} every 50 ms (virtual threads are not counted).
 * <p>
 * Arguments: {@code [latencyMs, default 100] [exchanges, default 500] [await|retry, default await]
 * [templateThreads, default 0 = the ProducerTemplate's own pool (Camel's default thread pool profile); n = a fixed
 * pool of n platform threads; "virtual" = a thread per task executor of virtual threads (Java 21+)]}.
 * <p>
 * Exit code 0 when every exchange succeeded, 1 otherwise.
 */
public final class AwaitScaleCheck {

    static final String ORGANIZATION = "acme";
    static final String ACCESS_TOKEN = "scale-access-token";
    static final String API_KEY = "scale-api-key";
    static final long AWAIT_INTERVAL_MS = 1000;
    static final long AWAIT_TIMEOUT_MS = 60_000;
    static final int MAX_CONNECTIONS = 500;
    static final long SAMPLE_MS = 50;

    private AwaitScaleCheck() {
    }

    public static void main(String[] args) throws Exception {
        long latency = args.length > 0 ? Long.parseLong(args[0]) : 100;
        int exchanges = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        boolean retry = args.length > 2 && "retry".equalsIgnoreCase(args[2]);
        String templateThreads = args.length > 3 ? args[3] : "0";

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf("java %s (%s), %d CPUs, camel.threads.virtual.enabled=%s, Camel thread type %s%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("camel.threads.virtual.enabled"),
                camelThreadType());
        System.out.printf("scenario: %s, latency %d ms, %d exchanges, maxConnections %d, template threads %s%n",
                retry ? "retry (POST 503 Retry-After: 0 once, then 200)"
                        : "await (POST, then GET editing, GET started; awaitInterval " + AWAIT_INTERVAL_MS + " ms)",
                latency, exchanges, MAX_CONNECTIONS, "0".equals(templateThreads) ? "Camel default pool" : templateThreads);

        boolean ok;
        ExecutorService templatePool = templatePool(templateThreads);
        try (Stub stub = new Stub(latency, retry); CamelContext camel = new DefaultCamelContext()) {
            System.out.printf("stub: JDK HttpServer on %s, %d threads, sun.net.httpserver.maxIdleConnections=%s, "
                              + "idleInterval=%s s%n", stub.baseUrl(), Stub.THREADS,
                    System.getProperty("sun.net.httpserver.maxIdleConnections"),
                    System.getProperty("sun.net.httpserver.idleInterval"));
            camel.addComponent("adobe-workflow", component(stub.baseUrl()));
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            if (templatePool != null) {
                ((DefaultProducerTemplate) template).setExecutorService(templatePool);
            }
            // one exchange end to end first: class loading, the pool's first connection, a broken setup fails here
            Exchange warm = template.send(uri("WARMUP", retry), e -> {
            });
            if (!isOk(warm, retry)) {
                throw new IllegalStateException("The warm-up exchange failed: " + describe(warm));
            }
            stub.reset();
            System.gc();
            Thread.sleep(300);
            int baseline = threads.getThreadCount();

            ThreadSampler sampler = new ThreadSampler(threads);
            sampler.start();
            long started = System.nanoTime();
            long[] finishedAt = new long[exchanges];
            List<CompletableFuture<Exchange>> sent = new ArrayList<>(exchanges);
            for (int n = 0; n < exchanges; n++) {
                int index = n;
                sent.add(template.asyncSend(uri("WKF-" + n, retry), e -> {
                }).whenComplete((e, failure) -> finishedAt[index] = System.nanoTime()));
            }
            long sentAll = System.nanoTime();
            int failed = 0;
            Map<String, Integer> failures = new TreeMap<>();
            long deadline = started + TimeUnit.MILLISECONDS.toNanos(AWAIT_TIMEOUT_MS * 5);
            for (CompletableFuture<Exchange> future : sent) {
                Exchange done;
                try {
                    done = future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    failed++;
                    failures.merge("no completion within " + AWAIT_TIMEOUT_MS * 5 / 1000 + " s", 1, Integer::sum);
                    continue;
                }
                if (!isOk(done, retry)) {
                    failed++;
                    failures.merge(describe(done), 1, Integer::sum);
                }
            }
            long lastDone = 0;
            long[] took = new long[exchanges];
            for (int n = 0; n < exchanges; n++) {
                lastDone = Math.max(lastDone, finishedAt[n]);
                took[n] = finishedAt[n] == 0 ? Long.MAX_VALUE : finishedAt[n] - started;
            }
            double total = ((lastDone == 0 ? System.nanoTime() : lastDone) - started) / 1e9;
            sampler.stop();
            Arrays.sort(took);

            double ideal = (retry ? 2.0 * latency : 2.0 * (AWAIT_INTERVAL_MS + latency) + latency) / 1000;
            System.out.printf("sending %d exchanges took %.2f s (asyncSend returns once the task is queued)%n",
                    exchanges, (sentAll - started) / 1e9);
            String ratio = ideal > 0 ? String.format("%.2f", total / ideal) : "n/a";
            System.out.printf("time until all %d completed: %.2f s; ideal %.2f s; ratio %s%n", exchanges, total,
                    ideal, ratio);
            System.out.printf("completion time per exchange: p50 %.2f s, p90 %.2f s, p99 %.2f s, max %.2f s%n",
                    seconds(took, 0.50), seconds(took, 0.90), seconds(took, 0.99), seconds(took, 1.0));
            System.out.printf("failed: %d of %d%n", failed, exchanges);
            failures.forEach((what, count) -> System.out.printf("  %d x %s%n", count, what));
            System.out.printf("stub: %d POST, %d GET, %d answered 503; most requests in flight at the stub at once: %d%n",
                    stub.posts.get(), stub.gets.get(), stub.refused.get(), stub.peakInFlight.get());
            System.out.printf("platform threads: %d before sending (stub: %d of them), peak %d during the run "
                              + "(+%d); at the peak: %s%n",
                    baseline, Stub.THREADS, sampler.peak, sampler.peak - baseline, sampler.peakBreakdown);
            ok = failed == 0;
            System.out.printf("RESULT latency=%d exchanges=%d mode=%s templateThreads=%s total_s=%.2f ideal_s=%.2f "
                              + "ratio=%s failed=%d peak_platform_threads=%d baseline_threads=%d java=%s virtual=%s%n",
                    latency, exchanges, retry ? "retry" : "await", templateThreads, total, ideal, ratio, failed,
                    sampler.peak, baseline, System.getProperty("java.version"),
                    System.getProperty("camel.threads.virtual.enabled", "false"));
        } finally {
            if (templatePool != null) {
                templatePool.shutdownNow();
            }
        }
        System.exit(ok ? 0 : 1);
    }

    private static String uri(String workflowId, boolean retry) {
        return "adobe-workflow:" + workflowId + "?command=start" + (retry ? ""
                : "&awaitState=started&awaitInterval=" + AWAIT_INTERVAL_MS + "&awaitTimeout=" + AWAIT_TIMEOUT_MS);
    }

    private static AdobeWorkflowComponent component(String baseUrl) {
        AdobeWorkflowComponent component = new AdobeWorkflowComponent();
        AdobeWorkflowConfiguration configuration = component.getConfiguration();
        configuration.setOrganization(ORGANIZATION);
        configuration.setBaseUrl(baseUrl);
        configuration.setAccessToken(ACCESS_TOKEN);
        configuration.setApiKey(API_KEY);
        configuration.setMaxConnections(MAX_CONNECTIONS);
        return component;
    }

    private static ExecutorService templatePool(String templateThreads) throws Exception {
        if ("0".equals(templateThreads)) {
            return null;
        }
        if ("virtual".equalsIgnoreCase(templateThreads)) {
            // Java 21+: Executors.newVirtualThreadPerTaskExecutor(), called reflectively so that this compiles on 17
            return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        }
        return Executors.newFixedThreadPool(Integer.parseInt(templateThreads), daemon("sender"));
    }

    private static String camelThreadType() {
        try {
            return String.valueOf(Class.forName("org.apache.camel.util.concurrent.ThreadType")
                    .getMethod("current").invoke(null));
        } catch (ReflectiveOperationException | LinkageError e) {
            return "unknown (" + e + ")";
        }
    }

    private static boolean isOk(Exchange exchange, boolean retry) {
        if (exchange.getException() != null) {
            return false;
        }
        Object status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE);
        if (!(status instanceof Integer code) || code != 200) {
            return false;
        }
        return retry || "started".equals(exchange.getMessage().getHeader("CamelAdobeWorkflowState"));
    }

    private static String describe(Exchange exchange) {
        Exception e = exchange.getException();
        if (e != null) {
            String message = String.valueOf(e.getMessage());
            // the workflow id differs per exchange: group failures by what they say, not by whom
            message = message.replaceAll("WKF-\\d+", "WKF-n").replaceAll("\\d+ ms", "… ms")
                    .replaceAll("after \\d+ poll", "after … poll");
            return e.getClass().getSimpleName() + ": " + (message.length() > 200 ? message.substring(0, 200) : message);
        }
        return "HTTP " + exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE) + ", state "
               + exchange.getMessage().getHeader("CamelAdobeWorkflowState");
    }

    private static double seconds(long[] sortedNanos, double quantile) {
        int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(quantile * sortedNanos.length) - 1);
        long value = sortedNanos[Math.max(0, index)];
        return value == Long.MAX_VALUE ? Double.NaN : value / 1e9;
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Samples the live platform threads every 50 ms; at each new peak counts them by name. */
    private static final class ThreadSampler implements Runnable {
        private final ThreadMXBean threads;
        private final Thread thread;
        private volatile boolean running = true;
        private volatile int peak;
        private volatile String peakBreakdown = "";

        ThreadSampler(ThreadMXBean threads) {
            this.threads = threads;
            this.thread = new Thread(this, "thread-sampler");
            this.thread.setDaemon(true);
            this.peak = threads.getThreadCount();
        }

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        @Override
        public void run() {
            while (running) {
                int count = threads.getThreadCount();
                if (count > peak) {
                    peak = count;
                    peakBreakdown = breakdown();
                }
                try {
                    Thread.sleep(SAMPLE_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** Live platform threads grouped by name without the trailing numbers, largest groups first. */
        private static String breakdown() {
            ThreadGroup root = Thread.currentThread().getThreadGroup();
            while (root.getParent() != null) {
                root = root.getParent();
            }
            Thread[] all = new Thread[root.activeCount() * 2 + 16];
            int count = root.enumerate(all, true);
            Map<String, Integer> groups = new ConcurrentHashMap<>();
            for (int i = 0; i < count; i++) {
                String name = all[i].getName().replaceAll("\\d+", "#");
                groups.merge(name, 1, Integer::sum);
            }
            StringBuilder text = new StringBuilder();
            groups.entrySet().stream()
                    .sorted((a, b) -> b.getValue() - a.getValue())
                    .limit(8)
                    .forEach(e -> text.append(text.length() == 0 ? "" : ", ").append(e.getValue()).append(" ")
                            .append(e.getKey()));
            return text.toString();
        }
    }

    /**
     * Adobe's two endpoints on 127.0.0.1 with a fixed latency. The handler reads the request and schedules its
     * answer; no thread waits for the latency to pass.
     */
    static final class Stub implements AutoCloseable {
        static final int HANDLER_THREADS = 4;
        static final int RESPONDER_THREADS = 2;
        /** the server's dispatcher, its handler threads and its responders */
        static final int THREADS = 1 + HANDLER_THREADS + RESPONDER_THREADS;

        private static final String WORKFLOW_PATH = "/" + ORGANIZATION + "/campaign/workflow/execution/";
        private static final byte[] EMPTY = "{}".getBytes(UTF_8);
        private static final byte[] EDITING = "{\"state\":\"editing\"}".getBytes(UTF_8);
        private static final byte[] STARTED = "{\"state\":\"started\"}".getBytes(UTF_8);
        private static final byte[] UNAVAILABLE = "{\"error\":\"try again\"}".getBytes(UTF_8);
        private static final byte[] NOT_FOUND = "{\"error\":\"not found\"}".getBytes(UTF_8);
        private static final byte[] UNAUTHORIZED = "{\"error\":\"unauthorized\"}".getBytes(UTF_8);

        static {
            // the JDK server writes headers and body separately: without TCP_NODELAY, Nagle + delayed ACK add ~40 ms
            defaultProperty("sun.net.httpserver.nodelay", "true");
            // By default the JDK server keeps at most 200 idle keep-alive connections and closes any other one as
            // soon as it has answered, without "Connection: close", and closes idle ones after 30 s: with more than
            // 200 exchanges in flight the client then reuses closed connections (NoHttpResponseException), which is
            // the stub's limit, not the component's. Pass -D to put the JDK's defaults (200, 30) back.
            defaultProperty("sun.net.httpserver.maxIdleConnections", "4096");
            defaultProperty("sun.net.httpserver.idleInterval", "600");
        }

        private static void defaultProperty(String name, String value) {
            if (System.getProperty(name) == null) {
                System.setProperty(name, value);
            }
        }

        private final long latency;
        private final boolean retry;
        private final HttpServer server;
        private final ExecutorService handlers;
        private final ScheduledThreadPoolExecutor responders;
        private final Map<String, AtomicInteger> getsPerWorkflow = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> postsPerWorkflow = new ConcurrentHashMap<>();
        final AtomicInteger posts = new AtomicInteger();
        final AtomicInteger gets = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        private final AtomicInteger inFlight = new AtomicInteger();
        final AtomicLong peakInFlight = new AtomicLong();

        Stub(long latency, boolean retry) throws IOException {
            this.latency = latency;
            this.retry = retry;
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
            this.handlers = Executors.newFixedThreadPool(HANDLER_THREADS, daemon("stub-handler"));
            this.responders = new ScheduledThreadPoolExecutor(RESPONDER_THREADS, daemon("stub-responder"));
            server.setExecutor(handlers);
            server.createContext("/", this::handle);
            server.start();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void reset() {
            posts.set(0);
            gets.set(0);
            refused.set(0);
            peakInFlight.set(0);
        }

        private void handle(HttpExchange exchange) throws IOException {
            long now = inFlight.incrementAndGet();
            peakInFlight.accumulateAndGet(now, Math::max);
            drain(exchange.getRequestBody());
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            int status;
            byte[] body;
            boolean retryAfter = false;
            if (!("Bearer " + ACCESS_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))
                || !API_KEY.equals(exchange.getRequestHeaders().getFirst("X-Api-Key"))) {
                status = 401;
                body = UNAUTHORIZED;
            } else if (!path.startsWith(WORKFLOW_PATH)) {
                status = 404;
                body = NOT_FOUND;
            } else {
                String rest = path.substring(WORKFLOW_PATH.length());
                if ("POST".equals(method) && rest.endsWith("/commands") && rest.indexOf('/') == rest.length() - 9) {
                    String id = rest.substring(0, rest.length() - 9);
                    posts.incrementAndGet();
                    int nth = postsPerWorkflow.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                    if (retry && nth == 1) {
                        refused.incrementAndGet();
                        status = 503;
                        body = UNAVAILABLE;
                        retryAfter = true;
                    } else {
                        status = 200;
                        body = EMPTY;
                    }
                } else if ("GET".equals(method) && rest.indexOf('/') < 0 && !rest.isEmpty()) {
                    gets.incrementAndGet();
                    int nth = getsPerWorkflow.computeIfAbsent(rest, k -> new AtomicInteger()).incrementAndGet();
                    status = 200;
                    body = nth >= 2 ? STARTED : EDITING;
                } else {
                    status = 404;
                    body = NOT_FOUND;
                }
            }
            int answerStatus = status;
            byte[] answerBody = body;
            boolean answerRetryAfter = retryAfter;
            if (latency <= 0) {
                answer(exchange, answerStatus, answerBody, answerRetryAfter);
            } else {
                responders.schedule(() -> answer(exchange, answerStatus, answerBody, answerRetryAfter), latency,
                        TimeUnit.MILLISECONDS);
            }
        }

        private void answer(HttpExchange exchange, int status, byte[] body, boolean retryAfter) {
            try {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                if (retryAfter) {
                    exchange.getResponseHeaders().set("Retry-After", "0");
                }
                exchange.sendResponseHeaders(status, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (IOException e) {
                // the client went away: nothing to answer
            } finally {
                exchange.close();
                inFlight.decrementAndGet();
            }
        }

        private static void drain(InputStream body) throws IOException {
            byte[] buffer = new byte[512];
            while (body.read(buffer) >= 0) {
                // the body is not needed, only the connection's keep-alive
            }
            body.close();
        }

        @Override
        public void close() {
            server.stop(0);
            handlers.shutdownNow();
            responders.shutdownNow();
        }
    }
}
