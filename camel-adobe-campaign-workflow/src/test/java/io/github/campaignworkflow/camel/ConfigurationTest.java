package io.github.campaignworkflow.camel;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/** The component's values are every endpoint's defaults, set in code, in camel-main properties or per URI. */
class ConfigurationTest extends WorkflowTestSupport {

    @Test
    void theEndpointCopiesTheComponentDefaultsAndItsUriWins() {
        AdobeWorkflowEndpoint plain = context.getEndpoint("adobe-workflow:WKF12", AdobeWorkflowEndpoint.class);
        AdobeWorkflowEndpoint custom = context.getEndpoint(
                "adobe-workflow:WKF13?organization=acme-mkt-stage&command=pause&maxRetries=0&responseTimeout=5s",
                AdobeWorkflowEndpoint.class);

        assertThat(plain.getConfiguration().getOrganization()).isEqualTo(ORG);
        assertThat(plain.getConfiguration().getMaxRetries()).isEqualTo(3);
        assertThat(plain.getConfiguration().getResponseTimeout()).isEqualTo(30000);
        assertThat(custom.getConfiguration().getOrganization()).isEqualTo("acme-mkt-stage");
        assertThat(custom.getConfiguration().getCommand()).isEqualTo("pause");
        assertThat(custom.getConfiguration().getMaxRetries()).isZero();
        assertThat(custom.getConfiguration().getResponseTimeout()).isEqualTo(5000);
        assertThat(custom.getWorkflowId()).isEqualTo("WKF13");
        // the component's defaults are untouched by an endpoint's options
        assertThat(context.getComponent("adobe-workflow", AdobeWorkflowComponent.class).getConfiguration()
                .getOrganization()).isEqualTo(ORG);
    }

    @Test
    void anEndpointOrganizationGoesIntoThePath() throws Exception {
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(200)));

        template.request("adobe-workflow:WKF12?command=start&organization=acme-mkt-stage", null);

        assertCommandRequest(requests().get(0), "/acme-mkt-stage/campaign/workflow/execution/WKF12/commands", "start");
    }

    @Test
    void camelMainBindsComponentPropertiesAndTheSchemeResolvesFromTheClasspath() throws Exception {
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(200)));
        Main main = new Main();
        main.addInitialProperty("camel.component.adobe-workflow.organization", "acme");
        main.addInitialProperty("camel.component.adobe-workflow.base-url", baseUrl());
        main.addInitialProperty("camel.component.adobe-workflow.access-token", TOKEN);
        main.addInitialProperty("camel.component.adobe-workflow.api-key", API_KEY);
        main.addInitialProperty("camel.component.adobe-workflow.response-timeout", "7s");
        // the test's secrets are fakes in plain text: Camel's secret policy need not warn about them
        main.addInitialProperty("camel.security.allowed-properties",
                "camel.component.adobe-workflow.accessToken,camel.component.adobe-workflow.apiKey");
        main.start();
        try {
            CamelContext camel = main.getCamelContext();
            AdobeWorkflowComponent component = camel.getComponent("adobe-workflow", AdobeWorkflowComponent.class);
            assertThat(component.getConfiguration().getResponseTimeout()).isEqualTo(7000);

            try (ProducerTemplate producer = camel.createProducerTemplate()) {
                Exchange result = producer.request("adobe-workflow:WKF12?command=stop", null);
                assertThat(result.getException()).isNull();
            }
            assertCommandRequest(requests().get(0), COMMANDS_PATH, "stop");
        } finally {
            main.stop();
        }
    }

    @Test
    void aYamlRouteDrivesAWorkflow() throws Exception {
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(200)));
        String yaml = """
                - route:
                    id: yaml-start
                    from:
                      uri: direct:yaml
                      steps:
                        - setHeader:
                            name: CamelAdobeWorkflowId
                            expression:
                              simple:
                                expression: "${body[workflow]}"
                        - to:
                            uri: adobe-workflow:?command=start
                """;
        Resource routes = ResourceHelper.fromString("routes.yaml", yaml);
        PluginHelper.getRoutesLoader(context).loadRoutes(routes);

        Exchange result = template.request("direct:yaml", e -> e.getMessage().setBody(Map.of("workflow", "WKF77")));

        assertThat(result.getException()).isNull();
        assertCommandRequest(requests().get(0), "/acme/campaign/workflow/execution/WKF77/commands", "start");
    }
}
