package io.github.campaignworkflow.camel.auth;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

import io.github.campaignworkflow.camel.http.Secret;

/**
 * An OAuth Server-to-Server credential and where to exchange it. Equal credentials share one cached token.
 *
 * @param clientId      the client ID (also the API key)
 * @param clientSecret  the client secret
 * @param scope         the comma-separated scopes, or {@code null}
 * @param tokenUrl      the IMS token endpoint
 * @param refreshMargin the least time before expiry at which a token is replaced
 */
public record ClientCredentials(
        String clientId, Secret clientSecret, String scope, URI tokenUrl, Duration refreshMargin) {

    public ClientCredentials {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        Objects.requireNonNull(refreshMargin, "refreshMargin");
    }

    /** The token URL without anything but scheme, host, port and path, for messages. */
    public String tokenEndpoint() {
        return tokenUrl.getScheme() + "://" + tokenUrl.getRawAuthority() + tokenUrl.getRawPath();
    }

    @Override
    public String toString() {
        return "ClientCredentials[clientId=" + clientId + ", clientSecret=" + clientSecret + ", scope=" + scope
               + ", tokenUrl=" + tokenEndpoint() + "]";
    }
}
