package io.github.campaignworkflow.camel;

import io.github.campaignworkflow.camel.auth.AccessTokenProvider;
import io.github.campaignworkflow.camel.auth.ClientCredentials;
import io.github.campaignworkflow.camel.http.Secret;

/** How an endpoint authenticates: exactly one of these, chosen when its settings are checked. */
sealed interface Authentication {

    /** A user's bean supplies the bearer tokens. */
    record ProvidedTokens(AccessTokenProvider provider) implements Authentication {
    }

    /** The fixed {@code accessToken}: never refreshed. */
    record FixedToken(Secret token) implements Authentication {
    }

    /** An OAuth Server-to-Server credential, exchanged at IMS for tokens the component caches. */
    record OAuth(ClientCredentials credentials) implements Authentication {
    }

    /** A Campaign operator who logs on (api=soap, Classic v7 and v8 before 8.6). */
    record Operator(String username, Secret password) implements Authentication {
    }
}
