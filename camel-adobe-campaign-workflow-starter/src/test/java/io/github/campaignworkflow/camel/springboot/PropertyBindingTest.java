package io.github.campaignworkflow.camel.springboot;

import java.util.Map;

import io.github.campaignworkflow.camel.AdobeWorkflowComponent;
import io.github.campaignworkflow.camel.AdobeWorkflowConfiguration;
import io.github.campaignworkflow.camel.auth.AccessTokenProvider;
import org.apache.camel.CamelContext;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@code camel.component.adobe-workflow.*} text binds onto the component: durations in Spring's and Camel's forms,
 * bean references, a configuration bean with properties on top, and the two switches.
 */
class PropertyBindingTest {

    private static final String P = "camel.component.adobe-workflow.";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, AdobeWorkflowComponentConverter.class,
                    AdobeWorkflowComponentDurationConverter.class, AdobeWorkflowComponentAutoConfiguration.class))
            .withUserConfiguration(Beans.class);

    @ParameterizedTest(name = "{0} binds as {1} ms")
    @CsvSource({
            "20s, 20000",
            "2m, 120000",
            "1500, 1500",
            "500ms, 500",
            "1m30s, 90000",
            "1h2m3s, 3723000",
            "PT20S, 20000" })
    void durationsTakeSpringsAndCamelsTextForms(String text, long millis) {
        runner.withPropertyValues(P + "response-timeout=" + text).run(context -> {
            assertThat(configuration(context).getResponseTimeout()).isEqualTo(millis);
        });
    }

    @Test
    void everyDurationOptionBinds() {
        runner.withPropertyValues(P + "connect-timeout=2s", P + "response-timeout=3s", P + "await-timeout=4m",
                P + "await-interval=5s", P + "retry-delay=600ms", P + "retry-max-delay=7s",
                P + "token-refresh-margin=1m30s", P + "connection-request-timeout=8s").run(context -> {
                    AdobeWorkflowConfiguration configuration = configuration(context);
                    assertThat(configuration.getConnectTimeout()).isEqualTo(2000);
                    assertThat(configuration.getResponseTimeout()).isEqualTo(3000);
                    assertThat(configuration.getAwaitTimeout()).isEqualTo(240000);
                    assertThat(configuration.getAwaitInterval()).isEqualTo(5000);
                    assertThat(configuration.getRetryDelay()).isEqualTo(600);
                    assertThat(configuration.getRetryMaxDelay()).isEqualTo(7000);
                    assertThat(configuration.getTokenRefreshMargin()).isEqualTo(90000);
                    assertThat(configuration.getConnectionRequestTimeout()).isEqualTo(8000);
                });
    }

    @Test
    void relaxedNamesAndEnvironmentVariablesAreApplied() {
        runner.withPropertyValues(P + "responseTimeout=25s", "camel.component.adobe-workflow.MAX_RETRIES=5")
                .withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of("CAMEL_COMPONENT_ADOBEWORKFLOW_ORGANIZATION", "acme-from-env"))))
                .run(context -> {
                    AdobeWorkflowConfiguration configuration = configuration(context);
                    assertThat(configuration.getOrganization()).isEqualTo("acme-from-env");
                    assertThat(configuration.getResponseTimeout()).isEqualTo(25000);
                    assertThat(configuration.getMaxRetries()).isEqualTo(5);
                });
    }

    @Test
    void aDurationThatIsNotOneFailsTheStartWithTheAcceptedForms() {
        runner.withPropertyValues(P + "response-timeout=soon").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("'soon' is not a duration: write it as 20s, 2m, 1m30s, PT20S");
        });
    }

    @Test
    void beanOptionsTakeReferences() {
        runner.withPropertyValues(P + "access-token-provider=#bean:vaultTokens", P + "http-client-configurer=#tuning",
                P + "ssl-context-parameters=adobeTls").run(context -> {
                    AdobeWorkflowConfiguration configuration = configuration(context);
                    assertThat(configuration.getAccessTokenProvider()).isSameAs(context.getBean("vaultTokens"));
                    assertThat(configuration.getHttpClientConfigurer()).isSameAs(context.getBean("tuning"));
                    assertThat(configuration.getSslContextParameters()).isSameAs(context.getBean("adobeTls"));
                });
    }

    @Test
    void aReferenceToNoBeanFailsTheStart() {
        runner.withPropertyValues(P + "access-token-provider=#bean:missingTokens").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("missingTokens");
        });
    }

    @Test
    void propertiesApplyOnTopOfAConfigurationBeanWithoutResettingItToDefaults() {
        runner.withPropertyValues(P + "configuration=#bean:sharedDefaults", P + "organization=acme-mkt-stage")
                .run(context -> {
                    AdobeWorkflowConfiguration configuration = configuration(context);
                    assertThat(configuration.getOrganization()).isEqualTo("acme-mkt-stage");
                    assertThat(configuration.getBaseUrl()).isEqualTo("https://gateway.example.test");
                    assertThat(configuration.getMaxRetries()).isEqualTo(7);
                });
    }

    @Test
    void componentLevelOptionsBind() {
        runner.withPropertyValues(P + "use-global-ssl-context-parameters=true", P + "lazy-start-producer=true",
                P + "health-check-producer-enabled=false", P + "command=STATUS", P + "proxy-protocol=https",
                P + "max-connections=50", P + "max-response-size=2097152").run(context -> {
                    AdobeWorkflowComponent component = component(context);
                    assertThat(component.isUseGlobalSslContextParameters()).isTrue();
                    assertThat(component.isLazyStartProducer()).isTrue();
                    assertThat(component.isHealthCheckProducerEnabled()).isFalse();
                    assertThat(component.getConfiguration().getCommand()).isEqualTo("STATUS");
                    assertThat(component.getConfiguration().getProxyProtocol()).isEqualTo("https");
                    assertThat(component.getConfiguration().getMaxConnections()).isEqualTo(50);
                    assertThat(component.getConfiguration().getMaxResponseSize()).isEqualTo(2097152);
                });
    }

    @ParameterizedTest
    @CsvSource({ "camel.component.adobe-workflow.customizer.enabled", "camel.component.customizer.enabled" })
    void withTheCustomizerOffThePropertiesAreBoundButNotApplied(String switchProperty) {
        runner.withPropertyValues(switchProperty + "=false", P + "organization=acme").run(context -> {
            assertThat(context.getBean(AdobeWorkflowComponentConfiguration.class).getOrganization()).isEqualTo("acme");
            assertThat(configuration(context).getOrganization()).isNull();
        });
    }

    @ParameterizedTest
    @CsvSource({ "camel.component.adobe-workflow.enabled", "camel.component.enabled" })
    void withTheAutoConfigurationOffNothingIsBound(String switchProperty) {
        runner.withPropertyValues(switchProperty + "=false", P + "organization=acme").run(context -> {
            assertThat(context).doesNotHaveBean(AdobeWorkflowComponentConfiguration.class);
            assertThat(configuration(context).getOrganization()).isNull();
        });
    }

    private static AdobeWorkflowComponent component(AssertableApplicationContext context) {
        assertThat(context).hasNotFailed();
        return context.getBean(CamelContext.class).getComponent("adobe-workflow", AdobeWorkflowComponent.class);
    }

    private static AdobeWorkflowConfiguration configuration(AssertableApplicationContext context) {
        return component(context).getConfiguration();
    }

    @Configuration(proxyBeanMethods = false)
    static class Beans {

        @Bean
        AccessTokenProvider vaultTokens() {
            return () -> "token-from-vault";
        }

        @Bean
        HttpClientConfigurer tuning() {
            return builder -> {
            };
        }

        @Bean
        SSLContextParameters adobeTls() {
            return new SSLContextParameters();
        }

        @Bean
        AdobeWorkflowConfiguration sharedDefaults() {
            AdobeWorkflowConfiguration configuration = new AdobeWorkflowConfiguration();
            configuration.setOrganization("acme");
            configuration.setBaseUrl("https://gateway.example.test");
            configuration.setMaxRetries(7);
            return configuration;
        }
    }
}
