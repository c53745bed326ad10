package io.github.campaignworkflow.camel.auth;

import java.util.concurrent.CompletableFuture;

import io.github.campaignworkflow.camel.http.WireResponse;
import io.github.campaignworkflow.camel.send.Credentials;

/**
 * Bearer tokens from an {@link AccessTokenProvider} (a user's bean, or the fixed {@code accessToken}), asked on the
 * thread that needs the token. Adobe refuses a bearer token with a 401.
 */
public final class BearerTokens implements Credentials<String> {

    static final String KIND = "access token";

    private final AccessTokenProvider provider;

    public BearerTokens(AccessTokenProvider provider) {
        this.provider = provider;
    }

    /** A 401: Adobe refused the token itself, not the request. */
    static boolean isUnauthorized(WireResponse response) {
        return response.status() == 401;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public CompletableFuture<String> current() {
        try {
            String token = provider.getAccessToken();
            if (token == null || token.isBlank()) {
                return CompletableFuture.failedFuture(new IllegalStateException(
                        "the token provider " + provider.getClass().getName() + " gave an empty token"));
            }
            return CompletableFuture.completedFuture(token);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public boolean isRefusal(WireResponse response) {
        return isUnauthorized(response);
    }

    @Override
    public boolean renew(String refused) {
        return provider.invalidate(refused);
    }

    @Override
    public String toString() {
        return "BearerTokens[" + provider + "]";
    }
}
