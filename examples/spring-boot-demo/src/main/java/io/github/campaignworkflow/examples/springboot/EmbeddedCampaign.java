package io.github.campaignworkflow.examples.springboot;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.campaignworkflow.simulator.AdobeCampaignSimulator;
import io.github.campaignworkflow.simulator.WorkflowSpec;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The Adobe Campaign the demo talks to when no credential is configured: the embedded simulator, started before the
 * application context with the demo's workflows. Its organization, base-url, token-url and credential go into a
 * property source ahead of {@code application.properties}, under the {@code camel.component.adobe-workflow.*} names
 * that the starter binds, the way Spring Boot's own dev services point an application at a local container. It is
 * closed with the context, after Camel.
 */
final class EmbeddedCampaign implements ApplicationListener<ApplicationEvent> {

    static final String BEAN_NAME = "adobeCampaignSimulator";
    static final String PROPERTY_SOURCE = "adobe-campaign-simulator";

    static final String CLIENT_ID = "demo-client";
    static final String CLIENT_SECRET = "demo-secret-not-for-production";
    static final String SCOPES = "AdobeID,openid,campaign_sdk";

    private static final String ALLOWED_PROPERTIES = "camel.security.allowed-properties";

    private AdobeCampaignSimulator simulator;

    /** Whether the application talks to the embedded simulator rather than to a real tenant. */
    static boolean isRunningIn(ApplicationContext context) {
        return context.containsBean(BEAN_NAME);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            startUnlessACredentialIsConfigured(prepared.getEnvironment());
        } else if (event instanceof ApplicationPreparedEvent prepared && simulator != null) {
            // the first disposable bean, so destroyed last: after Camel has stopped polling and sending
            DefaultListableBeanFactory beans = (DefaultListableBeanFactory) prepared.getApplicationContext()
                    .getBeanFactory();
            beans.registerSingleton(BEAN_NAME, simulator);
            beans.registerDisposableBean(BEAN_NAME, this::close);
        } else if (event instanceof ApplicationFailedEvent) {
            close();
        }
    }

    /**
     * Whether a credential property holds a value: a Camel placeholder ({@code {{env:ADOBE_CLIENT_ID:}}}, which Spring
     * leaves alone and Camel resolves) counts when its environment variable is set.
     */
    private static boolean isConfigured(ConfigurableEnvironment environment, String property) {
        String value = environment.getProperty(property);
        if (value != null && value.startsWith("{{env:") && value.endsWith(":}}")) {
            return hasText(System.getenv(value.substring("{{env:".length(), value.length() - ":}}".length())));
        }
        return hasText(value);
    }

    private void startUnlessACredentialIsConfigured(ConfigurableEnvironment environment) {
        if (isConfigured(environment, "camel.component.adobe-workflow.client-id")
                || isConfigured(environment, "camel.component.adobe-workflow.access-token")) {
            return;
        }
        Binder binder = Binder.get(environment);
        simulator = AdobeCampaignSimulator.builder()
                .organization(environment.getRequiredProperty("camel.component.adobe-workflow.organization"))
                .client(CLIENT_ID, CLIENT_SECRET, SCOPES)
                .commandDelay(binder.bind("demo.simulator.command-delay", Duration.class)
                        .orElse(Duration.ofMillis(300)))
                .workflow(WorkflowSpec.named(environment.getRequiredProperty("demo.workflow.mail"))
                        .label("Black Friday mailing"))
                .workflow(WorkflowSpec.named(environment.getRequiredProperty("demo.workflow.nightly"))
                        .label("Nightly import")
                        .runFor(binder.bind("demo.simulator.nightly-run", Duration.class)
                                .orElse(Duration.ofSeconds(2))))
                .workflow(WorkflowSpec.named(environment.getRequiredProperty("demo.workflow.signal"))
                        .label("Offer refresh").initialState("started").signal("signal1", "contentURL", "count"))
                .build()
                .start();
        Map<String, Object> properties = new LinkedHashMap<>(simulator.camelMainProperties());
        // the simulator's credential is a fake in plain text on purpose: Camel's secret policy need not warn about it
        String allowed = environment.getProperty(ALLOWED_PROPERTIES, "");
        properties.put(ALLOWED_PROPERTIES, (allowed.isBlank() ? "" : allowed + ",")
                                           + "camel.component.adobe-workflow.client-id,"
                                           + "camel.component.adobe-workflow.client-secret");
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
    }

    private synchronized void close() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
