package io.github.campaignworkflow.camel;

import io.github.campaignworkflow.camel.api.rest.ApiRoot;
import io.github.campaignworkflow.camel.http.Secret;

/** Which Campaign API an endpoint speaks, and where. */
sealed interface ApiTarget {

    /** The REST API of Campaign Standard: {@code {baseUrl}/{organization}/campaign/workflow/execution}. */
    record Rest(ApiRoot root, Secret apiKey) implements ApiTarget {
    }
}
