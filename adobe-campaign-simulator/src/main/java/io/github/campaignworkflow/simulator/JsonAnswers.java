package io.github.campaignworkflow.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import java.io.UncheckedIOException;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

/** Builds WireMock answers; all JSON goes through one Jackson mapper, never through string concatenation. */
final class JsonAnswers {

    static final String JSON = "application/json;charset=UTF-8";
    static final String TEXT = "text/plain;charset=UTF-8";

    // Trailing tokens are an error: "{...} garbage" is bad JSON, as a strict server would see it.
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonAnswers() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ResponseDefinition json(int status, JsonNode body) {
        try {
            return responseDefinition()
                    .withStatus(status)
                    .withHeader("Content-Type", JSON)
                    .withBody(MAPPER.writeValueAsString(body))
                    .build();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Campaign's usual error shape: {@code {"code":<status>,"message":"..."}}. */
    static ResponseDefinition campaignError(int status, String message) {
        return json(status, object().put("code", status).put("message", message));
    }

    /** The API gateway's error shape: {@code {"error_code":"401013","message":"..."}}. */
    static ResponseDefinition gatewayError(int status, String errorCode, String message) {
        return json(status, object().put("error_code", errorCode).put("message", message));
    }

    /** IMS's OAuth error shape: {@code {"error":"...","error_description":"..."}}. */
    static ResponseDefinition oauthError(int status, String error, String description) {
        return json(status, object().put("error", error).put("error_description", description));
    }

    static ResponseDefinition empty(int status) {
        return responseDefinition().withStatus(status).build();
    }

    static ResponseDefinition text(int status, String text) {
        return responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", TEXT)
                .withBody(text)
                .build();
    }

    /** Parses a request body as one JSON object; empty when it is empty, not JSON, or not an object. */
    static Optional<ObjectNode> parseObject(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            return node instanceof ObjectNode ? Optional.of((ObjectNode) node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
