package io.github.campaignworkflow.examples;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;

/**
 * {@code GET /observe/health}: Camel's health checks, the adobe-workflow producer checks included, as JSON; 503 when
 * one is DOWN. camel-main serves this path itself with camel-platform-http-main, which is not available here.
 */
public class HealthEndpoint extends RouteBuilder {

    @Override
    public void configure() {
        rest("/observe").get("/health").to("direct:health");

        from("direct:health").routeId("health")
                .process(HealthEndpoint::report)
                .marshal().json();
    }

    private static void report(Exchange exchange) {
        Map<String, Object> checks = new LinkedHashMap<>();
        boolean up = true;
        for (HealthCheck.Result result : HealthCheckHelper.invoke(exchange.getContext(), "full")) {
            Map<String, Object> check = new LinkedHashMap<>();
            check.put("state", result.getState().name());
            result.getMessage().ifPresent(message -> check.put("message", message));
            checks.put(result.getCheck().getId(), check);
            up &= result.getState() != HealthCheck.State.DOWN;
        }
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, up ? 200 : 503);
        exchange.getMessage().setBody(Map.of("status", up ? "UP" : "DOWN", "checks", checks));
    }
}
