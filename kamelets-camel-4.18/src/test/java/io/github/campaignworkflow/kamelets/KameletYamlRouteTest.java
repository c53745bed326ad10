package io.github.campaignworkflow.kamelets;

import java.time.Duration;
import java.util.Map;

import io.github.campaignworkflow.simulator.AdobeCampaignSimulatorExtension;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Both Kamelets in a YAML route file, as a visual editor writes it ({@code routes/mailing.camel.yaml}). */
class KameletYamlRouteTest {

    static final String SECRET = "s3cr&t+=%2F?#x";

    @RegisterExtension
    static final AdobeCampaignSimulatorExtension ADOBE = AdobeCampaignSimulatorExtension.create(sim -> sim
            .client("yaml-client", SECRET, "AdobeID,openid,campaign_sdk")
            .commandDelay(Duration.ofMillis(100))
            .workflow("WKF-MAIL"));

    @Test
    void theYamlRoutesStartTheWorkflowAndWatchItsStates() throws Exception {
        Map<String, String> application = Map.of("adobe.organization", ADOBE.organization(), "adobe.base-url",
                ADOBE.baseUrl(), "adobe.token-url", ADOBE.tokenUrl(), "adobe.client-id", ADOBE.clientId(),
                "adobe.client-secret", SECRET, "adobe.scope", ADOBE.scope());
        try (KameletCamel camel = new KameletCamel().properties(application)) {
            PluginHelper.getRoutesLoader(camel.context())
                    .loadRoutes(ResourceHelper.resolveMandatoryResource(camel.context(), "classpath:routes/mailing.camel.yaml"));
            camel.start();
            MockEndpoint states = camel.mock("mock:mailing-states");
            await().atMost(Duration.ofSeconds(10)).until(() -> states.getReceivedCounter() == 1);

            assertThat(camel.send("direct:start-mailing", Map.of()).getException()).isNull();

            await().atMost(Duration.ofSeconds(10)).until(() -> states.getReceivedCounter() == 2);
            assertThat(states.getReceivedExchanges())
                    .extracting(exchange -> exchange.getMessage().getHeader("CamelAdobeWorkflowState"))
                    .containsExactly("edited", "started");
        }
        assertThat(ADOBE.simulator().commands("WKF-MAIL")).containsExactly("start");
        // one credential, one token: the sink's and the source's endpoints share the component's token cache
        assertThat(ADOBE.simulator().tokensIssued()).isEqualTo(1);
    }
}
