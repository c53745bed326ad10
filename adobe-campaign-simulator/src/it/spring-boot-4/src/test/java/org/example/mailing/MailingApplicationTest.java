package org.example.mailing;

import io.github.campaignworkflow.simulator.AdobeCampaignSimulatorExtension;
import io.github.campaignworkflow.simulator.SimulatedFault;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class MailingApplicationTest {

    @RegisterExtension
    static final AdobeCampaignSimulatorExtension ADOBE = AdobeCampaignSimulatorExtension.create(sim -> sim
            .workflow("WKF-MAIL"));

    @DynamicPropertySource
    static void adobeWorkflowAtTheSimulator(DynamicPropertyRegistry registry) {
        ADOBE.camelMainProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("camel.component.adobe-workflow.retry-delay", () -> "100");
    }

    @Autowired
    ProducerTemplate producer;

    @Test
    void startsTheMailingWorkflow() {
        Exchange done = producer.send("direct:start-mailing", exchange -> exchange.getIn().setBody("WKF-MAIL"));

        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getHeader("CamelHttpResponseCode")).isEqualTo(200);
        assertThat(ADOBE.simulator().commands("WKF-MAIL")).containsExactly("start");
    }

    @Test
    void retriesThroughA503AndStartsTheMailingOnce() {
        ADOBE.simulator().failNext("WKF-MAIL", 1, SimulatedFault.status(503));

        Exchange done = producer.send("direct:start-mailing", exchange -> exchange.getIn().setBody("WKF-MAIL"));

        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getHeader("CamelAdobeWorkflowAttempts")).isEqualTo(2);
        assertThat(ADOBE.simulator().faultsInjected("WKF-MAIL")).isEqualTo(1);
        assertThat(ADOBE.simulator().commands("WKF-MAIL")).containsExactly("start");
    }
}
