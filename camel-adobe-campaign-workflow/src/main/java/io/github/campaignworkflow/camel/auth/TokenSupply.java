package io.github.campaignworkflow.camel.auth;

import java.util.concurrent.CompletableFuture;

/**
 * Where the component gets the bearer token of each attempt. A token at hand comes as a completed future; a token
 * being fetched comes when the fetch ends, so no caller blocks on it.
 */
public interface TokenSupply {

    /**
     * The token to send now. The future fails, with a message that holds no secret, when no token can be had.
     */
    CompletableFuture<String> token();

    /**
     * Adobe answered 401 to {@code rejectedToken}: whether the request may be sent once more, with the token
     * {@link #token()} gives next.
     */
    boolean invalidate(String rejectedToken);

    /** A user's (or the fixed token's) {@link AccessTokenProvider}, asked on the thread that needs the token. */
    static TokenSupply of(AccessTokenProvider provider) {
        return new TokenSupply() {
            @Override
            public CompletableFuture<String> token() {
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
            public boolean invalidate(String rejectedToken) {
                return provider.invalidate(rejectedToken);
            }

            @Override
            public String toString() {
                return "TokenSupply[" + provider + "]";
            }
        };
    }
}
