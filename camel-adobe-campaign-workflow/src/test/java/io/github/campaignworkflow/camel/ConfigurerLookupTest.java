package io.github.campaignworkflow.camel;

import java.util.HashMap;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.ConfigurerResolver;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.PropertyBindingSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Options bind when nobody hands Camel the configurer, as camel-spring-boot's {@code CamelPropertiesHelper} and other
 * code calling {@link PropertyBindingSupport} without one do. Camel 4.18 and later find the configurer by
 * {@code adobe-workflow-component}; Camel 4.14 only by the class name of the target
 * ({@code META-INF/services/org/apache/camel/configurer/<class name>}): without those files this test fails on 4.14.
 * The flat options ({@code organization}, {@code responseTimeout}, ...) exist only in the configurer, so reflection
 * cannot stand in for it. Run against each supported Camel line by {@code .ci/camel-lines}.
 */
class ConfigurerLookupTest {

    private CamelContext context;

    @BeforeEach
    void startCamel() {
        context = new DefaultCamelContext();
        context.start();
    }

    @AfterEach
    void stopCamel() throws Exception {
        context.close();
    }

    @Test
    void theConfigurersAreFoundByClassNameAsCamel414LooksThemUp() {
        ConfigurerResolver resolver = PluginHelper.getConfigurerResolver(context);

        assertThat(resolver.resolvePropertyConfigurer(AdobeWorkflowComponent.class.getName(), context))
                .isInstanceOf(AdobeWorkflowComponentConfigurer.class);
        assertThat(resolver.resolvePropertyConfigurer(AdobeWorkflowEndpoint.class.getName(), context))
                .isInstanceOf(AdobeWorkflowEndpointConfigurer.class);
    }

    @Test
    void componentOptionsBindWithoutAnExplicitConfigurer() {
        AdobeWorkflowComponent component = context.getComponent("adobe-workflow", AdobeWorkflowComponent.class);

        PropertyBindingSupport.build().withMandatory(true).withIgnoreCase(true).bind(context, component,
                new HashMap<>(Map.of("organization", "acme", "apiKey", "key-1", "responseTimeout", "20s",
                        "maxRetries", "5", "healthCheckProducerEnabled", "false")));

        AdobeWorkflowConfiguration configuration = component.getConfiguration();
        assertThat(configuration.getOrganization()).isEqualTo("acme");
        assertThat(configuration.getApiKey()).isEqualTo("key-1");
        assertThat(configuration.getResponseTimeout()).isEqualTo(20_000);
        assertThat(configuration.getMaxRetries()).isEqualTo(5);
        assertThat(component.isHealthCheckProducerEnabled()).isFalse();
    }

    @Test
    void endpointOptionsBindWithoutAnExplicitConfigurer() {
        AdobeWorkflowComponent component = context.getComponent("adobe-workflow", AdobeWorkflowComponent.class);
        component.getConfiguration().setOrganization("acme");
        component.getConfiguration().setAccessToken("token-1");
        component.getConfiguration().setApiKey("key-1");
        AdobeWorkflowEndpoint endpoint = context.getEndpoint("adobe-workflow:WKF12", AdobeWorkflowEndpoint.class);

        PropertyBindingSupport.build().withMandatory(true).withIgnoreCase(true).bind(context, endpoint,
                new HashMap<>(Map.of("command", "pause", "responseTimeout", "5s", "maxRetries", "0")));

        assertThat(endpoint.getConfiguration().getCommand()).isEqualTo("pause");
        assertThat(endpoint.getConfiguration().getResponseTimeout()).isEqualTo(5_000);
        assertThat(endpoint.getConfiguration().getMaxRetries()).isZero();
    }
}
