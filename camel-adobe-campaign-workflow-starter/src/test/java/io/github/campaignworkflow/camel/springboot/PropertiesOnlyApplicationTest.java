package io.github.campaignworkflow.camel.springboot;

import java.util.Set;
import java.util.TreeSet;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.campaignworkflow.camel.AdobeWorkflowComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring Boot application whose component is configured by application properties alone, as a user writes them:
 * the route names only the workflow, and the request that reaches Adobe is exactly the contract's.
 */
@SpringBootTest(classes = PropertiesOnlyApplicationTest.Application.class, properties = {
        "camel.component.adobe-workflow.organization=acme",
        "camel.component.adobe-workflow.access-token=" + StubAdobe.TOKEN,
        "camel.component.adobe-workflow.api-key=" + StubAdobe.API_KEY,
        "camel.component.adobe-workflow.command=start",
        "camel.component.adobe-workflow.response-timeout=20s",
        "camel.component.adobe-workflow.connect-timeout=1500",
        "camel.component.adobe-workflow.await-timeout=2m",
        "camel.component.adobe-workflow.max-retries=0" })
@Import(StubAdobe.Wiring.class)
@DirtiesContext
class PropertiesOnlyApplicationTest {

    @Autowired
    StubAdobe adobe;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    CamelContext camelContext;

    @Test
    void theRequestIsBuiltFromTheProperties() {
        producer.sendBody("direct:start", "the route's body is not sent");

        assertThat(adobe.requests()).hasSize(1);
        LoggedRequest request = adobe.requests().get(0);
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        assertThat(request.getUrl()).isEqualTo("/acme/campaign/workflow/execution/WKF12/commands");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + StubAdobe.TOKEN);
        assertThat(request.getHeader("X-Api-Key")).isEqualTo(StubAdobe.API_KEY);
        assertThat(request.getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
        assertThat(request.getBodyAsString()).isEqualTo("{\"method\":\"start\"}");

        Set<String> otherHeaders = new TreeSet<>();
        request.getAllHeaderKeys().forEach(name -> otherHeaders.add(name.toLowerCase()));
        otherHeaders.removeAll(Set.of("authorization", "x-api-key", "cache-control", "content-type", "host",
                "connection", "content-length", "user-agent", "accept-encoding"));
        assertThat(otherHeaders).as("headers beyond the contract's and HttpClient's").isEmpty();
    }

    @Test
    void durationsInTextFormsReachTheComponent() {
        AdobeWorkflowComponent component = camelContext.getComponent("adobe-workflow", AdobeWorkflowComponent.class);
        assertThat(component.getConfiguration().getResponseTimeout()).isEqualTo(20000);
        assertThat(component.getConfiguration().getConnectTimeout()).isEqualTo(1500);
        assertThat(component.getConfiguration().getAwaitTimeout()).isEqualTo(120000);
        assertThat(component.getConfiguration().getMaxRetries()).isZero();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {

        @Bean
        RouteBuilder startWorkflow() {
            return new DirectStartRoute("adobe-workflow:WKF12");
        }
    }
}
