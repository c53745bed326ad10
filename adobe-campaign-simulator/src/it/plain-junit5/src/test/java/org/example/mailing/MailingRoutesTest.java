package org.example.mailing;

import java.util.List;

import io.github.campaignworkflow.camel.AdobeWorkflowException;
import io.github.campaignworkflow.simulator.AdobeCampaignSimulatorExtension;
import io.github.campaignworkflow.simulator.SimulatedFault;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MailingRoutesTest {

    // One simulator for the class, reset before each test: workflow WKF-MAIL in state "edited", no faults.
    @RegisterExtension
    static final AdobeCampaignSimulatorExtension ADOBE = AdobeCampaignSimulatorExtension.create(sim -> sim
            .workflow("WKF-MAIL"));

    static Main camel;
    static ProducerTemplate producer;
    static ConsumerTemplate consumer;

    @BeforeAll
    static void startCamel() throws Exception {
        camel = new Main();
        // camel.component.adobe-workflow.organization, base-url, token-url, client-id, client-secret, scope
        ADOBE.camelMainProperties().forEach(camel::addOverrideProperty);
        camel.addOverrideProperty("camel.component.adobe-workflow.retry-delay", "100");
        camel.configure().addRoutesBuilder(new MailingRoutes());
        camel.start();
        producer = camel.getCamelContext().createProducerTemplate();
        consumer = camel.getCamelContext().createConsumerTemplate();
    }

    @AfterAll
    static void stopCamel() {
        camel.stop();
    }

    @Test
    void startsTheMailingWorkflow() {
        producer.sendBody("direct:start-mailing", "WKF-MAIL");

        assertEquals(List.of("start"), ADOBE.simulator().commands("WKF-MAIL"));
        assertNull(consumer.receiveBody("seda:failed-mailings", 100));
    }

    @Test
    void retriesThroughACampaignOutageAndStartsTheMailingOnce() {
        ADOBE.simulator().failNext("WKF-MAIL", 2, SimulatedFault.status(503));

        producer.sendBody("direct:start-mailing", "WKF-MAIL");

        assertEquals(2, ADOBE.simulator().faultsInjected("WKF-MAIL"));
        assertEquals(List.of("start"), ADOBE.simulator().commands("WKF-MAIL"));
    }

    @Test
    void aGatewayTimeoutIsNotRepeatedAndTheMessageIsDeadLettered() {
        // Campaign applied the start, but the client only saw 504: sending it again could start the mailing twice.
        ADOBE.simulator().failNext("WKF-MAIL", 1, SimulatedFault.status(504).afterApplying());

        producer.sendBody("direct:start-mailing", "WKF-MAIL");

        Exchange failed = consumer.receive("seda:failed-mailings", 5000);
        assertEquals(504, failed.getProperty(Exchange.EXCEPTION_CAUGHT, AdobeWorkflowException.class).getStatusCode());
        assertEquals(1, ADOBE.simulator().faultsInjected("WKF-MAIL"));
        assertEquals(List.of("start"), ADOBE.simulator().commands("WKF-MAIL"));
    }
}
