package io.github.campaignworkflow.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * A minimal Adobe Campaign + IMS on 127.0.0.1 that answers constant bytes at benchmark speed, on the JDK's
 * {@link HttpServer}: the simulator's and WireMock's own cost would hide ours.
 * Every answer is a constant byte array; nothing is parsed.
 * <p>
 * A command is answered 200 only when it carries exactly what Adobe expects (the four headers and the
 * {@code {"method":"start"}} body), otherwise 400: a path that sends a different request fails instead of looking
 * fast. The check is a few byte and string comparisons, the same for every path measured.
 */
public final class ConstantAnswerAdobe implements AutoCloseable {

    public static final String ORGANIZATION = "acme";
    public static final String WORKFLOW_ID = "WKF12";
    public static final String ACCESS_TOKEN = "bench-access-token";
    public static final String API_KEY = "bench-api-key";
    public static final String START_BODY = "{\"method\":\"start\"}";

    private static final String WORKFLOW_PATH = "/" + ORGANIZATION + "/campaign/workflow/execution/";
    private static final String IMS_PATH = "/ims/token/v3";
    private static final int SERVER_THREADS = 16;

    private static final byte[] START_BYTES = START_BODY.getBytes(UTF_8);
    private static final byte[] STARTED = "{\"state\":\"started\"}".getBytes(UTF_8);
    private static final byte[] STATUS = ("{\"id\":\"" + WORKFLOW_ID + "\",\"state\":\"started\"}").getBytes(UTF_8);
    private static final byte[] TOKEN = ("{\"access_token\":\"" + ACCESS_TOKEN
                                         + "\",\"token_type\":\"bearer\",\"expires_in\":86399}").getBytes(UTF_8);
    private static final byte[] BAD_REQUEST = "{\"error\":\"not the request Adobe expects\"}".getBytes(UTF_8);
    private static final String BEARER = "Bearer " + ACCESS_TOKEN;

    /** Drains request bodies without allocating per request; the first bytes are kept for the body check. */
    private static final ThreadLocal<byte[]> BODY_BUFFER = ThreadLocal.withInitial(() -> new byte[256]);

    static {
        // the JDK server writes headers and body separately: without TCP_NODELAY, Nagle + delayed ACK add ~40 ms
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final long imsDelayMillis;
    private final AtomicInteger imsRequests = new AtomicInteger();
    private final AtomicInteger rejectedRequests = new AtomicInteger();

    private ConstantAnswerAdobe(Duration imsDelay) throws IOException {
        this.imsDelayMillis = imsDelay.toMillis();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        AtomicInteger threadNumber = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(SERVER_THREADS, task -> {
            Thread thread = new Thread(task, "loopback-adobe-" + threadNumber.incrementAndGet());
            thread.setDaemon(true); // never keeps a check's JVM alive
            return thread;
        });
        server.setExecutor(executor);
        server.createContext(WORKFLOW_PATH, this::workflow);
        server.createContext(IMS_PATH, this::ims);
        server.start();
    }

    /** Starts a server whose IMS answers at once. */
    public static ConstantAnswerAdobe start() throws IOException {
        return new ConstantAnswerAdobe(Duration.ZERO);
    }

    /** Starts a server whose IMS takes {@code imsDelay} to answer, so that concurrent first sends surely overlap. */
    public static ConstantAnswerAdobe start(Duration imsDelay) throws IOException {
        return new ConstantAnswerAdobe(imsDelay);
    }

    /** The baseUrl option: {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String commandUrl() {
        return baseUrl() + WORKFLOW_PATH + WORKFLOW_ID + "/commands";
    }

    public String tokenUrl() {
        return baseUrl() + IMS_PATH;
    }

    /** How many token requests IMS received since the start or the last {@link #resetImsRequests()}. */
    public int imsRequests() {
        return imsRequests.get();
    }

    public void resetImsRequests() {
        imsRequests.set(0);
    }

    /** How many requests were answered 400 or 404 because they were not what Adobe expects. */
    public int rejectedRequests() {
        return rejectedRequests.get();
    }

    private void workflow(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        if ("POST".equals(method) && path.endsWith("/commands")) {
            boolean expected = isStartBody(exchange.getRequestBody()) && hasAdobeHeaders(exchange.getRequestHeaders());
            answer(exchange, expected ? 200 : 400, expected ? STARTED : BAD_REQUEST);
        } else if ("GET".equals(method) && path.indexOf('/', WORKFLOW_PATH.length()) < 0) {
            drain(exchange.getRequestBody());
            answer(exchange, 200, STATUS);
        } else {
            drain(exchange.getRequestBody());
            answer(exchange, 404, BAD_REQUEST);
        }
    }

    private void ims(HttpExchange exchange) throws IOException {
        drain(exchange.getRequestBody()); // the form is not checked: the token path is about counting, not IMS
        if (!"POST".equals(exchange.getRequestMethod())) {
            answer(exchange, 404, BAD_REQUEST);
            return;
        }
        imsRequests.incrementAndGet();
        if (imsDelayMillis > 0) {
            try {
                Thread.sleep(imsDelayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        answer(exchange, 200, TOKEN);
    }

    private static boolean hasAdobeHeaders(Headers headers) {
        String contentType = headers.getFirst("Content-Type");
        return contentType != null && contentType.startsWith("application/json")
               && BEARER.equals(headers.getFirst("Authorization"))
               && API_KEY.equals(headers.getFirst("X-Api-Key"))
               && "no-cache".equals(headers.getFirst("Cache-Control"));
    }

    private static boolean isStartBody(InputStream body) throws IOException {
        byte[] buffer = BODY_BUFFER.get();
        int length = drainInto(body, buffer);
        return length == START_BYTES.length && Arrays.equals(buffer, 0, length, START_BYTES, 0, length);
    }

    private static void drain(InputStream body) throws IOException {
        drainInto(body, BODY_BUFFER.get());
    }

    /**
     * Reads the whole body (a connection is kept alive only after that) and returns its length. The buffer holds the
     * body when it fits; a longer one overwrites it, which does not matter: it is not a start body anyway.
     */
    private static int drainInto(InputStream body, byte[] buffer) throws IOException {
        int total = 0;
        int read;
        do {
            int offset = total < buffer.length ? total : 0;
            read = body.read(buffer, offset, buffer.length - offset);
            if (read > 0) {
                total += read;
            }
        } while (read >= 0);
        body.close();
        return total;
    }

    private void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        if (status != 200) {
            rejectedRequests.incrementAndGet();
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length); // a fixed length keeps the connection alive
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
