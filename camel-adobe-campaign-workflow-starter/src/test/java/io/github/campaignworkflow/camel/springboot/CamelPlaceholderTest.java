package io.github.campaignworkflow.camel.springboot;

import io.github.campaignworkflow.camel.AdobeWorkflowComponent;
import io.github.campaignworkflow.camel.AdobeWorkflowConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A Camel property placeholder as the value of a property ({@code {{env:ADOBE_CLIENT_SECRET}}}, the form the starter
 * README recommends for secrets; {@code {{NAME}}} looks the name up in Spring's environment) is kept as written by
 * Spring Boot and resolved by Camel when the starter applies the option: the component gets the value, the bound
 * property keeps the placeholder. The surefire configuration sets {@code ADOBE_TEST_CLIENT_SECRET}.
 */
class CamelPlaceholderTest {

    private static final String P = "camel.component.adobe-workflow.";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, AdobeWorkflowComponentConverter.class,
                    AdobeWorkflowComponentDurationConverter.class, AdobeWorkflowComponentAutoConfiguration.class));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{{env:ADOBE_TEST_CLIENT_SECRET}} | secret-from-the-environment",
            "{{ADOBE_TEST_CLIENT_SECRET}}     | secret-from-the-environment",
            "{{adobe.client-secret}}          | secret-from-elsewhere" })
    void camelResolvesThePlaceholderWhenTheOptionIsApplied(String placeholder, String resolved) {
        runner.withPropertyValues(P + "client-secret=" + placeholder, P + "client-id={{adobe.client-id}}",
                "adobe.client-id=client-from-elsewhere", "adobe.client-secret=secret-from-elsewhere").run(context -> {
                    assertThat(context).hasNotFailed();
                    AdobeWorkflowConfiguration configuration = context.getBean(CamelContext.class)
                            .getComponent("adobe-workflow", AdobeWorkflowComponent.class).getConfiguration();
                    assertThat(configuration.getClientSecret()).isEqualTo(resolved);
                    assertThat(configuration.getClientId()).isEqualTo("client-from-elsewhere");

                    AdobeWorkflowComponentConfiguration bound = context.getBean(AdobeWorkflowComponentConfiguration.class);
                    assertThat(bound.getClientSecret()).isEqualTo(placeholder);
                });
    }

    /**
     * The trap in camel-spring-boot's warning text, which suggests {@code ${env:...}}: Spring resolves it first, as the
     * property {@code env} with the default {@code ADOBE_TEST_CLIENT_SECRET}, so the secret becomes the variable's name.
     */
    @Test
    void springReadsDollarEnvAsAPropertyNamedEnvWithADefault() {
        runner.withPropertyValues(P + "client-secret=${env:ADOBE_TEST_CLIENT_SECRET}").run(context -> {
            assertThat(context.getBean(CamelContext.class).getComponent("adobe-workflow", AdobeWorkflowComponent.class)
                    .getConfiguration().getClientSecret()).isEqualTo("ADOBE_TEST_CLIENT_SECRET");
        });
    }

    @Test
    void aPlaceholderWithNoValueFailsWhenTheComponentIsCreatedNamingIt() {
        runner.withPropertyValues(P + "client-secret={{adobe.missing-secret}}").run(context -> {
            assertThatThrownBy(() -> context.getBean(CamelContext.class).getComponent("adobe-workflow"))
                    .rootCause().hasMessageContaining("adobe.missing-secret");
        });
    }
}
