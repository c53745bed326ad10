package io.github.campaignworkflow.camel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback server that misbehaves the way gateways, proxies and overloaded APIs do, one behaviour per path suffix.
 * Every answer it writes is bounded in count and time, so it stops by itself when a client does not.
 */
final class HostileServer implements AutoCloseable {

    /** How long any answer may go on, whatever the client does. */
    private static final long MAX_ANSWER_MILLIS = 60_000;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private volatile boolean closed;
    private byte[] gzipBomb;

    HostileServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many requests reached a path ending with {@code suffix}. */
    int hits(String suffix) {
        return hits.getOrDefault(suffix, new AtomicInteger()).get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String behaviour = path.substring(path.lastIndexOf('/') + 1);
        if (path.endsWith("/nl/jsp/soaprouter.jsp")) {
            // a SOAP router below a base URL that names the behaviour: /ENDLESS-SLOW/nl/jsp/soaprouter.jsp
            behaviour = path.substring(1, path.indexOf('/', 1));
        } else if (behaviour.equals("commands")) {
            String withoutCommands = path.substring(0, path.lastIndexOf('/'));
            behaviour = withoutCommands.substring(withoutCommands.lastIndexOf('/') + 1);
        }
        hits.computeIfAbsent(behaviour, k -> new AtomicInteger()).incrementAndGet();
        exchange.getRequestBody().readAllBytes();
        try (exchange) {
            switch (behaviour) {
                case "GZIP-BOMB" -> gzipBomb(exchange);
                case "ENDLESS-SLOW", "IMS-ENDLESS", "SOAP-ENDLESS" -> endless(exchange, 1024, 100);
                case "ENDLESS-FAST" -> endless(exchange, 8192, 0);
                case "HUGE-LENGTH" -> drip(exchange, 2_000_000_000L);
                case "DRIP" -> drip(exchange, 1000);
                default -> {
                    exchange.sendResponseHeaders(404, -1);
                }
            }
        } catch (IOException clientGone) {
            // the client aborted the answer, which is the point
        }
    }

    /** A valid gzip body of 1 GiB of zeros: about 1 MB on the wire. */
    private void gzipBomb(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Content-Encoding", "gzip");
        byte[] body = gzipBomb();
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    private synchronized byte[] gzipBomb() throws IOException {
        if (gzipBomb == null) {
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(compressed, 65536)) {
                gzip.write('{');
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < 1024; i++) {
                    gzip.write(zeros);
                }
            }
            gzipBomb = compressed.toByteArray();
        }
        return gzipBomb;
    }

    /** A chunked JSON body that never ends: {@code chunk} bytes every {@code pauseMillis}. */
    private void endless(HttpExchange exchange, int chunk, long pauseMillis) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        byte[] bytes = new byte[chunk];
        java.util.Arrays.fill(bytes, (byte) ' ');
        body.write("{\"access_token\":\"x\",\"padding\":\"".getBytes(StandardCharsets.UTF_8));
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_ANSWER_MILLIS);
        while (!closed && System.nanoTime() < end) {
            body.write(bytes);
            body.flush();
            pause(pauseMillis);
        }
    }

    /** Declares {@code length} bytes and sends one every 100 ms. */
    private void drip(HttpExchange exchange, long length) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, length);
        OutputStream body = exchange.getResponseBody();
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_ANSWER_MILLIS);
        for (long sent = 0; sent < length && !closed && System.nanoTime() < end; sent++) {
            body.write(' ');
            body.flush();
            pause(100);
        }
    }

    private static void pause(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis); // the server's own pacing, not a test's synchronisation
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        server.stop(0);
        threads.shutdownNow();
    }
}
