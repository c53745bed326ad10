package io.github.campaignworkflow.examples.quarkus;

import java.util.Map;

import io.github.campaignworkflow.simulator.AdobeCampaignSimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The Adobe Campaign simulator (IMS and the workflow API) on 127.0.0.1 for the Quarkus tests. It gives the application
 * only what depends on it: where it listens and its fake credential. Everything else, the organization included, is
 * the application's own application.properties.
 */
public class AdobeCampaignSimulatorResource implements QuarkusTestResourceLifecycleManager {

    static final String WORKFLOW = "WKF-NIGHTLY";

    private AdobeCampaignSimulator simulator;

    @Override
    public Map<String, String> start() {
        simulator = AdobeCampaignSimulator.builder().organization("acme")
                .client("quarkus-demo-client", "quarkus-demo-secret", "AdobeID,openid,campaign_sdk")
                .workflow(WORKFLOW).build().start();
        String prefix = "camel.component.adobe-workflow.";
        return Map.of(prefix + "base-url", simulator.baseUrl(), prefix + "token-url", simulator.tokenUrl(),
                prefix + "client-id", simulator.clientId(), prefix + "client-secret", simulator.clientSecret(),
                prefix + "scope", simulator.scope());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(simulator,
                new TestInjector.MatchesType(AdobeCampaignSimulator.class));
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
