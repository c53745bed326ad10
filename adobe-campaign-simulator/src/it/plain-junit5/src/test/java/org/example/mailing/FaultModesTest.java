package org.example.mailing;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.campaignworkflow.camel.AdobeWorkflowTransportException;
import io.github.campaignworkflow.camel.AdobeWorkflowTransportException.Kind;
import io.github.campaignworkflow.simulator.AdobeCampaignSimulator;
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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The other fault modes, through the component: what reaches Campaign, what the route sees. */
class FaultModesTest {

    @RegisterExtension
    static final AdobeCampaignSimulatorExtension ADOBE = AdobeCampaignSimulatorExtension.create(sim -> sim
            .workflow("WKF-MAIL"));

    static Main camel;
    static ProducerTemplate producer;
    static ConsumerTemplate consumer;

    @BeforeAll
    static void startCamel() throws Exception {
        camel = new Main();
        ADOBE.camelMainProperties().forEach(camel::addOverrideProperty);
        camel.addOverrideProperty("camel.component.adobe-workflow.retry-delay", "100");
        camel.addOverrideProperty("camel.component.adobe-workflow.response-timeout", "500");
        camel.configure().addRoutesBuilder(new MailingRoutes());
        camel.start();
        producer = camel.getCamelContext().createProducerTemplate();
        consumer = camel.getCamelContext().createConsumerTemplate();
    }

    @AfterAll
    static void stopCamel() {
        camel.stop();
    }

    private static AdobeCampaignSimulator campaign() {
        return ADOBE.simulator();
    }

    /** The command POSTs the simulator received for WKF-MAIL, faulted ones included. */
    private static List<LoggedRequest> commandRequests() {
        return campaign().receivedRequests().stream()
                .filter(request -> request.getUrl().endsWith("/WKF-MAIL/commands"))
                .collect(Collectors.toList());
    }

    private static Throwable deadLettered() {
        Exchange failed = consumer.receive("seda:failed-mailings", 5000);
        return failed.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
    }

    @Test
    void anAnswerSlowerThanTheResponseTimeoutIsNotRepeated() {
        campaign().failNext("WKF-MAIL", 1, SimulatedFault.delay(Duration.ofSeconds(2)));

        producer.sendBody("direct:start-mailing", "WKF-MAIL");

        assertEquals(Kind.RESPONSE_TIMEOUT, assertInstanceOf(AdobeWorkflowTransportException.class, deadLettered()).getKind());
        assertEquals(1, commandRequests().size());
        assertEquals(List.of("start"), campaign().commands("WKF-MAIL"));   // applied: only the answer was late
    }

    @Test
    void aDroppedConnectionIsNotRepeated() {
        campaign().failNext("WKF-MAIL", 1, SimulatedFault.dropConnection());

        producer.sendBody("direct:start-mailing", "WKF-MAIL");

        assertEquals(Kind.NO_RESPONSE, assertInstanceOf(AdobeWorkflowTransportException.class, deadLettered()).getKind());
        assertEquals(1, commandRequests().size());
        assertEquals(List.of(), campaign().commands("WKF-MAIL"));
    }

    @Test
    void anExpiredTokenIsRenewedAndTheCommandSentOnceMore() {
        campaign().failNext("WKF-MAIL", 1, SimulatedFault.expiredToken());

        producer.sendBody("direct:start-mailing", "WKF-MAIL");

        assertNull(consumer.receiveBody("seda:failed-mailings", 100));
        List<LoggedRequest> sent = commandRequests();
        assertEquals(2, sent.size());
        assertNotEquals(sent.get(0).getHeader("Authorization"), sent.get(1).getHeader("Authorization"));
        assertEquals(List.of("start"), campaign().commands("WKF-MAIL"));
    }

    @Test
    void aWorkflowThatAlwaysAnswers503EndsOnTheDeadLetterQueueAfterTheRetries() {
        campaign().failAlways("WKF-MAIL", SimulatedFault.status(503));

        producer.sendBody("direct:start-mailing", "WKF-MAIL");

        assertNotEquals(null, deadLettered());
        assertEquals(4, campaign().faultsInjected("WKF-MAIL"));   // the first attempt and maxRetries=3
        assertEquals(List.of(), campaign().commands("WKF-MAIL"));
    }
}
