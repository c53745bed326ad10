package io.github.campaignworkflow.examples.quarkus;

import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.campaignworkflow.camel.AdobeWorkflowComponent;
import io.github.campaignworkflow.camel.AdobeWorkflowConfiguration;
import io.github.campaignworkflow.simulator.AdobeCampaignSimulator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import static io.github.campaignworkflow.examples.quarkus.AdobeCampaignSimulatorResource.WORKFLOW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Quarkus application in JVM mode, built by Quarkus' test support as {@code quarkus:build} builds it: the YAML
 * route starts the workflow through the adobe-workflow component, configured by application.properties alone (the
 * simulator supplies only its address and fake credential), with no {@code quarkus.index-dependency}. The simulator
 * receives exactly the IMS token request and the contract's start command, and the exchange carries Campaign's answer.
 * Why a {@code @QuarkusTest} rather than the packaged application run as a process: it runs the same build-time
 * augmentation (where the Jandex index matters) inside surefire's JVM, and lets the test send an exchange and read its
 * result exactly, with no process, port or log scraping to manage; {@code quarkus:build} still packages the
 * application in the same {@code mvn verify}.
 */
@QuarkusTest
@QuarkusTestResource(AdobeCampaignSimulatorResource.class)
class WorkflowRouteTest {

    AdobeCampaignSimulator simulator;

    @Inject
    CamelContext camelContext;

    @Inject
    ProducerTemplate producer;

    @Test
    void theYamlRouteStartsTheWorkflowWithTheContractsRequest() {
        Exchange done = producer.send("direct:start-workflow", exchange -> exchange.getIn().setBody("not sent"));

        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getHeader("CamelHttpResponseCode")).isEqualTo(200);
        assertThat(done.getMessage().getHeader("CamelAdobeWorkflowAttempts")).isEqualTo(1);
        // Campaign (and the simulator) accepts a command with an empty body: the result is null, with no state
        assertThat(done.getMessage().getBody()).isNull();
        assertThat(done.getMessage().getHeaders()).doesNotContainKey("CamelAdobeWorkflowState");

        List<LoggedRequest> requests = simulator.receivedRequests();
        assertThat(requests).extracting(request -> request.getMethod().getName() + " " + request.getUrl())
                .containsExactly("POST /ims/token/v3",
                        "POST /acme/campaign/workflow/execution/" + WORKFLOW + "/commands");
        LoggedRequest start = requests.get(1);
        assertThat(start.getHeader("Authorization")).startsWith("Bearer ").hasSizeGreaterThan("Bearer ".length());
        assertThat(start.getHeader("X-Api-Key")).isEqualTo(simulator.clientId());
        assertThat(start.getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(start.getHeader("Content-Type")).isEqualTo("application/json");
        assertThat(start.getBodyAsString()).isEqualTo("{\"method\":\"start\"}");
        assertThat(simulator.commands(WORKFLOW)).containsExactly("start");
        assertThat(simulator.tokensIssued()).isEqualTo(1);
    }

    @Test
    void theComponentResolvedFromTheClassPathWithApplicationPropertiesOnCamel417() {
        assertThat(camelContext.getVersion()).isEqualTo("4.17.0");
        AdobeWorkflowConfiguration configuration = camelContext
                .getComponent("adobe-workflow", AdobeWorkflowComponent.class).getConfiguration();
        assertThat(configuration.getOrganization()).isEqualTo("acme");
        assertThat(configuration.getMaxRetries()).isEqualTo(2);
        assertThat(configuration.getResponseTimeout()).isEqualTo(20000);
        assertThat(configuration.getBaseUrl()).isEqualTo(simulator.baseUrl());
    }
}
