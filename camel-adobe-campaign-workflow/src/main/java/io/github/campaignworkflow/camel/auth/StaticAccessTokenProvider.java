package io.github.campaignworkflow.camel.auth;

import java.util.Objects;

import io.github.campaignworkflow.camel.http.Secret;

/** The fixed token of the {@code accessToken} option. It is never refreshed: a 401 fails the exchange. */
public final class StaticAccessTokenProvider implements AccessTokenProvider {

    private final Secret token;

    public StaticAccessTokenProvider(Secret token) {
        this.token = Objects.requireNonNull(token, "token");
    }

    @Override
    public String getAccessToken() {
        return token.reveal();
    }

    @Override
    public String toString() {
        return "StaticAccessTokenProvider[token=" + token + "]";
    }
}
