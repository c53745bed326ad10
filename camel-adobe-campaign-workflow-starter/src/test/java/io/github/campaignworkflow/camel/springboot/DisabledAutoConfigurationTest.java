package io.github.campaignworkflow.camel.springboot;

import io.github.campaignworkflow.camel.AdobeWorkflowComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code camel.component.adobe-workflow.enabled=false}: the properties are not applied, the component keeps its own
 * defaults, and an endpoint that relies on them is refused before anything is sent.
 */
@SpringBootTest(classes = DisabledAutoConfigurationTest.Application.class, properties = {
        "camel.component.adobe-workflow.enabled=false",
        "camel.component.adobe-workflow.organization=acme",
        "camel.component.adobe-workflow.access-token=" + StubAdobe.TOKEN,
        "camel.component.adobe-workflow.api-key=" + StubAdobe.API_KEY })
@Import(StubAdobe.Wiring.class)
@DirtiesContext
class DisabledAutoConfigurationTest {

    @Autowired
    StubAdobe adobe;

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    CamelContext camelContext;

    @Autowired
    ProducerTemplate producer;

    @Test
    void thePropertiesAreNotApplied() {
        assertThat(applicationContext.getBeansOfType(AdobeWorkflowComponentConfiguration.class)).isEmpty();
        assertThat(applicationContext.getBeansOfType(AdobeWorkflowComponentAutoConfiguration.class)).isEmpty();

        AdobeWorkflowComponent component = camelContext.getComponent("adobe-workflow", AdobeWorkflowComponent.class);
        assertThat(component.getConfiguration().getOrganization()).isNull();
        assertThat(component.getConfiguration().getAccessToken()).isNull();
        assertThat(component.getConfiguration().getBaseUrl()).isEqualTo("https://mc.adobe.io");
    }

    @Test
    void anEndpointThatNeedsThemIsRefusedAndNothingIsSent() {
        assertThatThrownBy(() -> producer.sendBody("adobe-workflow:WKF12?command=start", null))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("The option organization is required");
        assertThat(adobe.requests()).isEmpty();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {
    }
}
