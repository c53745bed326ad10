package io.github.campaignworkflow.examples;

import java.time.Duration;
import java.util.LinkedHashMap;
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

    static final String V8_OPERATOR = "demo-operator";
    static final String V8_PASSWORD = "demo-operator-password";
    private static final String REST_PREFIX = "camel.component.adobe-workflow.";
    private static final String V8_PREFIX = "camel.component." + ClassicInstanceRoute.COMPONENT + ".";
    private static final String ALLOWED = "camel.security.allowed-properties";

    private final AdobeCampaignSimulator simulator;
    /** The second tenant: a Campaign v8 instance with an operator, over SOAP. */
    private final AdobeCampaignSimulator v8;

    private CampaignTarget(AdobeCampaignSimulator simulator, AdobeCampaignSimulator v8) {
        this.simulator = simulator;
        this.v8 = v8;
    }

    static boolean realCredentialsGiven() {
        return notBlank(System.getenv("ADOBE_CLIENT_ID")) || notBlank(System.getProperty("adobe.client-id"));
    }

    static CampaignTarget choose(Map<String, String> demoProperties) {
        if (realCredentialsGiven()) {
            return new CampaignTarget(null, null);
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
        AdobeCampaignSimulator v8 = AdobeCampaignSimulator.builder()
                .organization("acme-v8")
                .client(SIMULATED_CLIENT_ID, SIMULATED_CLIENT_SECRET, "AdobeID,openid,campaign_sdk")
                .operator(V8_OPERATOR, V8_PASSWORD)
                .commandDelay(Duration.ofMillis(300))
                .workflow(WorkflowSpec.named(demoProperties.getOrDefault("demo.workflow.v8", "WKF-V8-NEWSLETTER"))
                        .label("Weekly newsletter on Campaign v8"))
                .build();
        try {
            v8.start();
        } catch (RuntimeException e) {
            simulator.close();
            throw e;
        }
        return new CampaignTarget(simulator, v8);
    }

    boolean isSimulated() {
        return simulator != null;
    }

    AdobeCampaignSimulator simulator() {
        return simulator;
    }

    /** The simulated Campaign v8 instance, {@code null} for a real tenant. */
    AdobeCampaignSimulator v8() {
        return v8;
    }

    /**
     * The properties that point the two components at the two simulated tenants: {@code adobe-workflow} at the REST
     * one with IMS, {@code adobe-workflow-v8} at the SOAP one with an operator; none for a real tenant.
     */
    Map<String, String> overrides() {
        if (simulator == null) {
            return Map.of();
        }
        Map<String, String> properties = new LinkedHashMap<>(simulator.camelMainProperties());
        v8.soapOperatorCamelMainProperties().forEach((key, value) -> {
            if (key.equals(ALLOWED)) {
                properties.merge(ALLOWED, value.replace(REST_PREFIX, V8_PREFIX), (a, b) -> a + "," + b);
            } else {
                properties.put(key.replace(REST_PREFIX, V8_PREFIX), value);
            }
        });
        return properties;
    }

    String description() {
        return simulator != null
                ? "the embedded Adobe Campaign simulator at " + simulator.baseUrl() + " (organization "
                  + SIMULATED_ORGANIZATION + ", REST API, IMS)"
                : "Adobe Campaign (credential from the environment)";
    }

    /** The second tenant, for the welcome text; {@code null} for a real tenant. */
    String v8Description() {
        return v8 != null
                ? "a simulated Campaign v8 instance at " + v8.baseUrl() + " (SOAP API, operator " + V8_OPERATOR + ")"
                : null;
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public void close() {
        if (simulator != null) {
            simulator.close();
        }
        if (v8 != null) {
            v8.close();
        }
    }
}
