package io.github.campaignworkflow.instances;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The parent's side of an {@link AdminEndpoint}: every request bounded by a 10 s deadline. */
final class AdminClient {

    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(DEADLINE).build();

    private final String root;

    AdminClient(String root) {
        this.root = root;
    }

    <T> T get(String path, TypeReference<T> type) {
        return send(HttpRequest.newBuilder(URI.create(root + path)).GET(), type);
    }

    void post(String path, Map<String, Object> body) {
        try {
            send(HttpRequest.newBuilder(URI.create(root + path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))),
                    new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T send(HttpRequest.Builder request, TypeReference<T> type) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request.timeout(DEADLINE).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.build().uri() + " answered " + response.statusCode() + ": "
                                                + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return JSON.readValue(response.body(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
