package io.github.campaignworkflow.simulator;

import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs an {@link AdobeCampaignSimulator} for JUnit 5 tests and hands out what to configure the adobe-workflow
 * component with.
 *
 * <ul>
 *   <li>In a {@code static} field it starts once for the test class (one port, so a Camel or Spring context built
 *   once sees it), and {@link AdobeCampaignSimulator#reset() resets} it before each test so that every test starts
 *   from the configured workflows, without faults or recorded commands ({@link #keepStateBetweenTests()} turns that
 *   off).</li>
 *   <li>In an instance field it starts before each test and stops after it.</li>
 * </ul>
 *
 * <pre>{@code
 * @RegisterExtension
 * static final AdobeCampaignSimulatorExtension ADOBE = AdobeCampaignSimulatorExtension.create(sim -> sim
 *         .workflow("WKF12")
 *         .workflow(WorkflowSpec.named("WKF-SIGNAL").initialState("started").signal("signal1", "contentURL")));
 *
 * // Camel Main:  ADOBE.camelMainProperties().forEach(main::addOverrideProperty);
 * // assertions:  ADOBE.simulator().commands("WKF12"), .state("WKF12"), .failNext("WKF12", 1, SimulatedFault.status(503))
 * }</pre>
 *
 * Unless the configuration says otherwise the organization is {@value #DEFAULT_ORGANIZATION}, the credential
 * {@value #DEFAULT_CLIENT_ID} / {@value #DEFAULT_CLIENT_SECRET} with scopes {@value #DEFAULT_SCOPE} and the SOAP
 * operator {@value #DEFAULT_OPERATOR_LOGIN} / {@value #DEFAULT_OPERATOR_PASSWORD}; the port is a free one.
 */
public final class AdobeCampaignSimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    public static final String DEFAULT_ORGANIZATION = "acme";
    public static final String DEFAULT_CLIENT_ID = "simulator-client-id";
    public static final String DEFAULT_CLIENT_SECRET = "simulator-client-secret";
    public static final String DEFAULT_SCOPE = "AdobeID,openid,campaign_sdk";
    public static final String DEFAULT_OPERATOR_LOGIN = "simulator-operator";
    public static final String DEFAULT_OPERATOR_PASSWORD = "simulator-operator-password";

    private final Consumer<AdobeCampaignSimulator.Builder> configuration;
    private final boolean resetBetweenTests;

    private AdobeCampaignSimulator simulator;
    /** Class-level starts still open: more than one with {@code @Nested} classes. */
    private int classScopes;

    private AdobeCampaignSimulatorExtension(Consumer<AdobeCampaignSimulator.Builder> configuration, boolean resetBetweenTests) {
        this.configuration = configuration;
        this.resetBetweenTests = resetBetweenTests;
    }

    /** A simulator with the default organization and credential and no workflow (add them with {@code simulator().addWorkflow}). */
    public static AdobeCampaignSimulatorExtension create() {
        return create(builder -> { });
    }

    /** A simulator configured by {@code configuration} on top of the defaults (workflows, faults, delays, clock, ...). */
    public static AdobeCampaignSimulatorExtension create(Consumer<AdobeCampaignSimulator.Builder> configuration) {
        return new AdobeCampaignSimulatorExtension(Objects.requireNonNull(configuration, "configuration"), true);
    }

    /** For a per-class simulator: keep workflows, commands, signals and faults from one test to the next. */
    public AdobeCampaignSimulatorExtension keepStateBetweenTests() {
        return new AdobeCampaignSimulatorExtension(configuration, false);
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (classScopes++ == 0) {
            simulator = startSimulator();
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (classScopes > 0 && --classScopes == 0) {
            stopSimulator();
        }
    }

    @Override
    public synchronized void beforeEach(ExtensionContext context) {
        if (classScopes == 0) {
            simulator = startSimulator();
        } else if (resetBetweenTests) {
            simulator.reset();
        }
    }

    @Override
    public synchronized void afterEach(ExtensionContext context) {
        if (classScopes == 0) {
            stopSimulator();
        }
    }

    /** The running simulator: for assertions ({@code state}, {@code commands}, {@code signals}) and faults. */
    public synchronized AdobeCampaignSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("The Adobe Campaign simulator runs only while a test of the class that"
                    + " registers it runs (register the extension with @RegisterExtension)");
        }
        return simulator;
    }

    /** {@code camel.component.adobe-workflow.*} properties pointing the component at the simulator: see {@link AdobeCampaignSimulator#camelMainProperties()}. */
    public Map<String, String> camelMainProperties() {
        return simulator().camelMainProperties();
    }

    /** The component's options by their own names: see {@link AdobeCampaignSimulator#componentOptions()}. */
    public Map<String, String> componentOptions() {
        return simulator().componentOptions();
    }

    /** SOAP with IMS: see {@link AdobeCampaignSimulator#soapCamelMainProperties()}. */
    public Map<String, String> soapCamelMainProperties() {
        return simulator().soapCamelMainProperties();
    }

    /** SOAP with IMS, by option name: see {@link AdobeCampaignSimulator#soapComponentOptions()}. */
    public Map<String, String> soapComponentOptions() {
        return simulator().soapComponentOptions();
    }

    /** SOAP with the operator: see {@link AdobeCampaignSimulator#soapOperatorCamelMainProperties()}. */
    public Map<String, String> soapOperatorCamelMainProperties() {
        return simulator().soapOperatorCamelMainProperties();
    }

    /** SOAP with the operator, by option name: see {@link AdobeCampaignSimulator#soapOperatorComponentOptions()}. */
    public Map<String, String> soapOperatorComponentOptions() {
        return simulator().soapOperatorComponentOptions();
    }

    public String baseUrl() {
        return simulator().baseUrl();
    }

    public String soapUrl() {
        return simulator().soapUrl();
    }

    public String tokenUrl() {
        return simulator().tokenUrl();
    }

    public String organization() {
        return simulator().organization();
    }

    public String clientId() {
        return simulator().clientId();
    }

    public String clientSecret() {
        return simulator().clientSecret();
    }

    public String scope() {
        return simulator().scope();
    }

    private AdobeCampaignSimulator startSimulator() {
        AdobeCampaignSimulator.Builder builder = AdobeCampaignSimulator.builder();
        configuration.accept(builder);
        if (!builder.hasOrganization()) {
            builder.organization(DEFAULT_ORGANIZATION);
        }
        if (!builder.hasClient()) {
            builder.client(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_SCOPE);
        }
        if (!builder.hasOperator()) {
            builder.operator(DEFAULT_OPERATOR_LOGIN, DEFAULT_OPERATOR_PASSWORD);
        }
        AdobeCampaignSimulator started = builder.build();
        try {
            return started.start();
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
    }

    private void stopSimulator() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }
}
