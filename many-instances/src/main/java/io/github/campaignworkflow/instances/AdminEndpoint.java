package io.github.campaignworkflow.instances;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny JSON admin endpoint on 127.0.0.1 (the JDK's {@code HttpServer}, one thread) through which a broker or Campaign
 * process tells the test what it holds or received. Bounded: request bodies of at most 64 KiB, one request at a time.
 */
public final class AdminEndpoint implements AutoCloseable {

    private static final int MAX_BODY = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;

    private AdminEndpoint(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static AdminEndpoint start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "admin-endpoint");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
        return new AdminEndpoint(server, executor);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** {@code GET path} answers the supplier's value as JSON. */
    public AdminEndpoint get(String path, Supplier<Object> answer) {
        server.createContext(path, exchange -> respond(exchange, "GET", () -> answer.get()));
        return this;
    }

    /** {@code POST path} with a JSON object body runs the action and answers {@code {}}. */
    public AdminEndpoint post(String path, Consumer<Map<String, Object>> action) {
        server.createContext(path, exchange -> respond(exchange, "POST", () -> {
            action.accept(readObject(exchange));
            return Map.of();
        }));
        return this;
    }

    private static void respond(HttpExchange exchange, String method, Supplier<Object> handler) throws IOException {
        try (exchange) {
            if (!method.equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body;
            int status;
            try {
                body = JSON.writeValueAsBytes(handler.get());
                status = 200;
            } catch (RuntimeException e) {
                body = JSON.writeValueAsBytes(Map.of("error", String.valueOf(e.getMessage())));
                status = 500;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readObject(HttpExchange exchange) {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new IllegalArgumentException("request body over " + MAX_BODY + " bytes");
            }
            return JSON.readValue(bytes, Map.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
