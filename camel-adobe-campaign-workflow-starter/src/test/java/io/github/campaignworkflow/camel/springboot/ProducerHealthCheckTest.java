package io.github.campaignworkflow.camel.springboot;

import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code camel.health.producers-enabled=true} (Camel leaves producer checks off by default), the producer check of
 * an adobe-workflow endpoint configured by properties is in Camel's health check registry and in Spring Boot's
 * {@code camelHealth} indicator (with {@code camel.health.exposure-level=full}, which lists every check), UP with a
 * fixed token and no request to Adobe.
 */
@SpringBootTest(classes = ProducerHealthCheckTest.Application.class, properties = {
        "camel.health.producers-enabled=true",
        "camel.health.exposure-level=full",
        "camel.component.adobe-workflow.organization=acme",
        "camel.component.adobe-workflow.access-token=" + StubAdobe.TOKEN,
        "camel.component.adobe-workflow.api-key=" + StubAdobe.API_KEY })
@Import(StubAdobe.Wiring.class)
@DirtiesContext
class ProducerHealthCheckTest {

    @Autowired
    StubAdobe adobe;

    @Autowired
    CamelContext camelContext;

    @Autowired
    @Qualifier("camelHealth")
    HealthIndicator camelHealth;

    @Test
    void theProducerCheckIsRegisteredAndUp() {
        HealthCheckRegistry registry = HealthCheckRegistry.get(camelContext);
        List<HealthCheck> ours = registry.getRepository("producers").orElseThrow().stream()
                .filter(check -> check.getClass().getName().startsWith("io.github.campaignworkflow."))
                .toList();
        assertThat(ours).as("adobe-workflow checks among Camel's producer checks").hasSize(1);
        HealthCheck check = ours.get(0);
        assertThat(check.isEnabled()).isTrue();

        assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UP);

        Health health = camelHealth.health(true);
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry(check.getId(), "UP");
        assertThat(adobe.requests()).as("a fixed token needs no request").isEmpty();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {

        @Bean
        RouteBuilder startWorkflow() {
            return new DirectStartRoute("adobe-workflow:WKF12?command=start");
        }
    }
}
