package io.github.campaignworkflow.simulator;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import java.util.Locale;
import java.util.Optional;

/**
 * What the mc.adobe.io gateway checks before Campaign sees a request: the (injected) rate limit, then a valid bearer
 * token issued by this simulator together with the matching {@code X-Api-Key}.
 */
final class ApiGatekeeper {

    private static final String BEARER = "bearer ";

    private final RequestThrottle throttle;
    private final TokenRegistry tokens;

    ApiGatekeeper(RequestThrottle throttle, TokenRegistry tokens) {
        this.throttle = throttle;
        this.tokens = tokens;
    }

    /** The 429 to answer when the injected throttling picks this request. */
    Optional<ResponseDefinition> throttled() {
        return throttle.check();
    }

    /** The 401 to answer, or empty when the request may go on to Campaign. */
    Optional<ResponseDefinition> unauthorized(Request request) {
        return isAuthorized(request) ? Optional.empty() : Optional.of(invalidToken());
    }

    /** An injected expiry: the token the request carries stops working, and the answer is the gateway's 401. */
    ResponseDefinition expireToken(Request request) {
        bearerToken(request).ifPresent(tokens::expire);
        return invalidToken();
    }

    private boolean isAuthorized(Request request) {
        String apiKey = request.getHeader("X-Api-Key");
        if (apiKey == null) {
            return false;
        }
        // The API key of an OAuth Server-to-Server credential is its client ID.
        return bearerToken(request).flatMap(tokens::clientOfValidToken).map(apiKey::equals).orElse(false);
    }

    /** The token of an {@code Authorization: Bearer} header, any case of {@code Bearer}. */
    static Optional<String> bearerToken(Request request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(BEARER.length()).trim());
    }

    private static ResponseDefinition invalidToken() {
        return JsonAnswers.gatewayError(401, "401013", "Oauth token is not valid");
    }
}
