package io.github.campaignworkflow.examples;

import java.time.Duration;
import java.util.Map;

import io.github.campaignworkflow.simulator.AdobeCampaignSimulator;
import io.github.campaignworkflow.simulator.WorkflowSpec;

/**
 * Which Adobe Campaign the demo talks to: the tenant of the credential in the environment ({@code ADOBE_CLIENT_ID},
 * {@code ADOBE_CLIENT_SECRET}, {@code ADOBE_ORGANIZATION}, ...) or of {@code -Dadobe.client-id}, else the embedded
 * simulator, started here with the demo's workflows.
 */
final class CampaignTarget implements AutoCloseable {

    static final String SIMULATED_ORGANIZATION = "acme";
    static final String SIMULATED_CLIENT_ID = "demo-client";
    static final String SIMULATED_CLIENT_SECRET = "demo-secret-not-for-production";

    private final AdobeCampaignSimulator simulator;

    private CampaignTarget(AdobeCampaignSimulator simulator) {
        this.simulator = simulator;
    }

    static boolean realCredentialsGiven() {
        return notBlank(System.getenv("ADOBE_CLIENT_ID")) || notBlank(System.getProperty("adobe.client-id"));
    }

    static CampaignTarget choose(Map<String, String> demoProperties) {
        if (realCredentialsGiven()) {
            return new CampaignTarget(null);
        }
        AdobeCampaignSimulator simulator = AdobeCampaignSimulator.builder()
                .organization(SIMULATED_ORGANIZATION)
                .client(SIMULATED_CLIENT_ID, SIMULATED_CLIENT_SECRET, "AdobeID,openid,campaign_sdk")
                .commandDelay(Duration.ofMillis(300))
                .workflow(WorkflowSpec.named(demoProperties.getOrDefault("demo.workflow.mail", "WKF-MAIL"))
                        .label("Black Friday mailing"))
                .workflow(WorkflowSpec.named(demoProperties.getOrDefault("demo.workflow.nightly", "WKF-NIGHTLY"))
                        .label("Nightly import").runFor(Duration.ofSeconds(2)))
                .workflow(WorkflowSpec.named(demoProperties.getOrDefault("demo.workflow.signal", "WKF-SIGNAL"))
                        .label("Offer refresh").initialState("started").signal("signal1", "contentURL", "count"))
                .build();
        simulator.start();
        return new CampaignTarget(simulator);
    }

    boolean isSimulated() {
        return simulator != null;
    }

    AdobeCampaignSimulator simulator() {
        return simulator;
    }

    /** The component's properties that point it at the simulator; none for a real tenant. */
    Map<String, String> overrides() {
        return simulator != null ? simulator.camelMainProperties() : Map.of();
    }

    String description() {
        return simulator != null
                ? "the embedded Adobe Campaign simulator at " + simulator.baseUrl() + " (organization "
                  + SIMULATED_ORGANIZATION + ")"
                : "Adobe Campaign (credential from the environment)";
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public void close() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
