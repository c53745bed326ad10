package io.github.campaignworkflow.camel.springboot;

import org.apache.camel.builder.RouteBuilder;

/** The one route of the starter's application tests: {@code direct:start} (id {@code start-workflow}) to an adobe-workflow endpoint. */
final class DirectStartRoute extends RouteBuilder {

    private final String endpointUri;

    DirectStartRoute(String endpointUri) {
        this.endpointUri = endpointUri;
    }

    @Override
    public void configure() {
        from("direct:start").routeId("start-workflow").to(endpointUri);
    }
}
