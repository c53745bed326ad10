package io.github.campaignworkflow.simulator;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.Awaitility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** Test-side HTTP and JSON helpers: java.net.http against 127.0.0.1, Jackson for bodies. */
final class SimulatorHttp {

    static final String CLIENT_ID = "sim-client-id";
    static final String CLIENT_SECRET = "sim-client-secret";
    static final String SCOPES = "AdobeID,openid,campaign_sdk";
    static final ObjectMapper MAPPER = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final AdobeCampaignSimulator sim;

    SimulatorHttp(AdobeCampaignSimulator sim) {
        this.sim = sim;
    }

    /** A builder on a free port already carrying the {@link #usual usual settings}, to be completed by each test. */
    static AdobeCampaignSimulator.Builder simulator() {
        return usual(AdobeCampaignSimulator.builder().port(0));
    }

    /** The tests' usual settings: organization acme, the client {@link #CLIENT_ID}, a 50 ms command delay. */
    static AdobeCampaignSimulator.Builder usual(AdobeCampaignSimulator.Builder builder) {
        return builder
                .organization("acme")
                .client(CLIENT_ID, CLIENT_SECRET, SCOPES)
                .commandDelay(Duration.ofMillis(50));
    }

    HttpResponse<String> requestToken(Map<String, String> form) {
        return send(HttpRequest.newBuilder(URI.create(sim.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(form))));
    }

    static Map<String, String> validForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", CLIENT_ID);
        form.put("client_secret", CLIENT_SECRET);
        form.put("scope", SCOPES);
        return form;
    }

    String fetchToken() {
        HttpResponse<String> response = requestToken(validForm());
        if (response.statusCode() != 200) {
            throw new AssertionError("token request failed: " + response.statusCode() + " " + response.body());
        }
        return json(response).get("access_token").textValue();
    }

    HttpResponse<String> get(String path, String token) {
        return send(api(path, token).GET());
    }

    HttpResponse<String> post(String path, String token, Object jsonBody) {
        return postRaw(path, token, "application/json", toJson(jsonBody));
    }

    HttpResponse<String> postRaw(String path, String token, String contentType, String body) {
        HttpRequest.Builder request = api(path, token).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    /** POST to an absolute URL, such as a trigger href taken from a workflow resource. */
    HttpResponse<String> postAbsolute(String url, String token, Object jsonBody) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("X-Api-Key", CLIENT_ID)
                .header("Cache-Control", "no-cache")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(jsonBody))));
    }

    HttpResponse<String> command(String workflowId, String token, String method) {
        return post("/acme/campaign/workflow/execution/" + workflowId + "/commands", token, Map.of("method", method));
    }

    HttpRequest.Builder api(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Cache-Control", "no-cache")
                .header("X-Api-Key", CLIENT_ID);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    static Map<String, Object> jsonMap(HttpResponse<String> response) {
        try {
            return MAPPER.readValue(response.body(), new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new AssertionError("not a JSON object: " + response.body(), e);
        }
    }

    static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Waits until the condition holds, failing after {@code timeout}. */
    static void await(String what, Duration timeout, BooleanSupplier condition) {
        Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofMillis(10)).until(condition::getAsBoolean);
    }

    /** Checks that the condition holds for the whole {@code duration}, e.g. that a paused run does not end. */
    static void holdsFor(String what, Duration duration, BooleanSupplier condition) {
        Awaitility.await(what).during(duration).atMost(duration.plusSeconds(2)).pollInterval(Duration.ofMillis(20))
                .until(condition::getAsBoolean);
    }
}
