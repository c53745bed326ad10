package io.github.campaignworkflow.examples.simulator;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import java.util.Locale;
import java.util.Optional;

/**
 * What the mc.adobe.io gateway checks before Campaign sees a request: the (injected) rate limit,
 * then a valid bearer token issued by this simulator together with the matching {@code X-Api-Key}.
 */
final class ApiGatekeeper {

    private static final String BEARER = "bearer ";

    private final RequestThrottle throttle;
    private final TokenRegistry tokens;

    ApiGatekeeper(RequestThrottle throttle, TokenRegistry tokens) {
        this.throttle = throttle;
        this.tokens = tokens;
    }

    /** The refusal to answer, or empty when the request may go on to Campaign. */
    Optional<ResponseDefinition> refusal(Request request) {
        Optional<ResponseDefinition> throttled = throttle.check();
        if (throttled.isPresent()) {
            return throttled;
        }
        return isAuthorized(request) ? Optional.empty() : Optional.of(invalidToken());
    }

    private boolean isAuthorized(Request request) {
        String authorization = request.getHeader("Authorization");
        String apiKey = request.getHeader("X-Api-Key");
        if (authorization == null || apiKey == null
                || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            return false;
        }
        String token = authorization.substring(BEARER.length()).trim();
        // The API key of an OAuth Server-to-Server credential is its client ID.
        return tokens.clientOfValidToken(token).map(apiKey::equals).orElse(false);
    }

    private static ResponseDefinition invalidToken() {
        return JsonAnswers.gatewayError(401, "401013", "Oauth token is not valid");
    }
}
