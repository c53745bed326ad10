package io.github.campaignworkflow.camel;

import java.net.URI;

import io.github.campaignworkflow.camel.api.rest.ApiRoot;
import io.github.campaignworkflow.camel.http.Secret;

/** Which Campaign API an endpoint speaks, and where. */
sealed interface ApiTarget {

    /** The REST API of Campaign Standard: {@code {baseUrl}/{organization}/campaign/workflow/execution}. */
    record Rest(ApiRoot root, Secret apiKey) implements ApiTarget {
        @Override
        public URI base() {
            return root.base();
        }
    }

    /** The SOAP router of a Campaign v8 or Classic instance: {@code {baseUrl}/nl/jsp/soaprouter.jsp}. */
    record Soap(URI base, URI router) implements ApiTarget {
    }

    /** The base URL the endpoint's requests go to, for tracing. */
    URI base();
}
