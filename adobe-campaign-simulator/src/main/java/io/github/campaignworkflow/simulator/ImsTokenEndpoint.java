package io.github.campaignworkflow.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Adobe IMS {@code POST /ims/token/v3} for OAuth Server-to-Server credentials
 * ({@code grant_type=client_credentials}). Only the form body counts: parameters in the query
 * string are ignored, so a client that puts its secret in the URL is refused, as it should be.
 */
final class ImsTokenEndpoint {

    static final String PATH = "/ims/token/v3";

    private final Map<String, ClientCredential> clients;
    private final TokenRegistry tokens;

    ImsTokenEndpoint(Map<String, ClientCredential> clients, TokenRegistry tokens) {
        this.clients = Map.copyOf(clients);
        this.tokens = tokens;
    }

    ResponseDefinition handle(Request request) {
        if (!RequestMethod.POST.equals(request.getMethod())) {
            return JsonAnswers.oauthError(405, "invalid_request", "the token endpoint only accepts POST");
        }
        if (!isFormEncoded(request.getHeader("Content-Type"))) {
            return JsonAnswers.oauthError(400, "invalid_request",
                    "Content-Type must be application/x-www-form-urlencoded");
        }
        Optional<Map<String, String>> form = parseForm(request.getBodyAsString());
        if (form.isEmpty()) {
            return JsonAnswers.oauthError(400, "invalid_request", "a parameter is repeated or malformed");
        }
        Map<String, String> fields = form.get();

        String clientId = fields.get("client_id");
        ClientCredential client = clientId == null ? null : clients.get(clientId);
        if (client == null) {
            return JsonAnswers.oauthError(401, "invalid_client", "invalid client_id parameter");
        }
        if (!constantTimeEquals(client.clientSecret(), fields.get("client_secret"))) {
            return JsonAnswers.oauthError(401, "invalid_client", "invalid client_secret parameter");
        }
        if (!"client_credentials".equals(fields.get("grant_type"))) {
            return JsonAnswers.oauthError(400, "unsupported_grant_type",
                    "grant_type must be client_credentials");
        }
        // A credential may ask any subset of its scopes, the empty subset included.
        Set<String> requested = ClientCredential.splitScopes(fields.get("scope"));
        for (String scope : requested) {
            if (!client.allowedScopes().contains(scope)) {
                return JsonAnswers.oauthError(400, "invalid_scope", "invalid scope (" + scope + ")");
            }
        }

        ObjectNode answer = JsonAnswers.object()
                .put("access_token", tokens.issueThroughIms(client.clientId()))
                .put("token_type", "bearer")
                .put("expires_in", tokens.lifetime().getSeconds());
        return JsonAnswers.json(200, answer);
    }

    private static boolean isFormEncoded(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/x-www-form-urlencoded");
    }

    /** Decodes an x-www-form-urlencoded body; empty when a field is repeated (RFC 6749 forbids it). */
    private static Optional<Map<String, String>> parseForm(String body) {
        Map<String, String> fields = new HashMap<>();
        if (body == null || body.isEmpty()) {
            return Optional.of(fields);
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] nameAndValue = pair.split("=", 2);
            try {
                String name = URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8);
                String value = nameAndValue.length > 1 ? URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8) : "";
                if (fields.putIfAbsent(name, value) != null) {
                    return Optional.empty();
                }
            } catch (IllegalArgumentException badEscape) {
                return Optional.empty();
            }
        }
        return Optional.of(fields);
    }

    static boolean constantTimeEquals(String expected, String actual) {
        if (actual == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }
}
