package io.github.campaignworkflow.camel.springboot;

import io.github.campaignworkflow.camel.AdobeWorkflowComponent;
import io.github.campaignworkflow.camel.AdobeWorkflowConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A Camel property placeholder as the value of a property ({@code {{adobe.client-secret}}}, the form the starter
 * README recommends for secrets) is kept as written by Spring Boot and resolved by Camel when the starter applies the
 * option: the component gets the value, the bound property keeps the placeholder.
 */
class CamelPlaceholderTest {

    private static final String P = "camel.component.adobe-workflow.";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, AdobeWorkflowComponentConverter.class,
                    AdobeWorkflowComponentDurationConverter.class, AdobeWorkflowComponentAutoConfiguration.class));

    @Test
    void camelResolvesThePlaceholderWhenTheOptionIsApplied() {
        runner.withPropertyValues(P + "client-id={{adobe.client-id}}", P + "client-secret={{adobe.client-secret}}",
                "adobe.client-id=client-from-elsewhere", "adobe.client-secret=secret-from-elsewhere").run(context -> {
                    assertThat(context).hasNotFailed();
                    AdobeWorkflowConfiguration configuration = context.getBean(CamelContext.class)
                            .getComponent("adobe-workflow", AdobeWorkflowComponent.class).getConfiguration();
                    assertThat(configuration.getClientId()).isEqualTo("client-from-elsewhere");
                    assertThat(configuration.getClientSecret()).isEqualTo("secret-from-elsewhere");

                    AdobeWorkflowComponentConfiguration bound = context.getBean(AdobeWorkflowComponentConfiguration.class);
                    assertThat(bound.getClientSecret()).isEqualTo("{{adobe.client-secret}}");
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
