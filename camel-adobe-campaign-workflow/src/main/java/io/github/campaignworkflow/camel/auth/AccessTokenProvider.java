package io.github.campaignworkflow.camel.auth;

/**
 * Supplies the bearer token sent as {@code Authorization: Bearer <token>} with every request to Adobe.
 * <p>
 * The component calls {@link #getAccessToken()} before each HTTP attempt, from many threads at once, so an
 * implementation must be thread-safe and fast when it has a token at hand (cache it). Set a custom implementation
 * with the {@code accessTokenProvider} option to take tokens from a vault or another identity service.
 */
@FunctionalInterface
public interface AccessTokenProvider {

    /**
     * The token to send now. Never {@code null} or blank.
     *
     * @throws Exception when no token can be had; the exchange then fails and nothing is sent to Adobe. The message
     *                   must not contain a secret.
     */
    String getAccessToken() throws Exception;

    /**
     * Adobe answered 401 to a request sent with {@code rejectedToken}. Forget that token if it is still the current
     * one and say whether asking {@link #getAccessToken()} again may give a different, valid token: when {@code true}
     * the request is sent once more, when {@code false} the 401 fails the exchange.
     * <p>
     * The default is {@code false}: a fixed token cannot be renewed.
     */
    default boolean invalidate(String rejectedToken) {
        return false;
    }
}
