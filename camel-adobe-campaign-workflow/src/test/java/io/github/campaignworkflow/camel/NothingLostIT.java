package io.github.campaignworkflow.camel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A transacted route consumes a real queue on an embedded ActiveMQ Artemis broker and drives workflows while WireMock
 * injects failures: every message ends applied (WireMock answered its command 2xx exactly once) or on the dead-letter
 * queue with its failure recorded, and no command is applied twice.
 */
class NothingLostIT extends WorkflowTestSupport {

    static final String HEADERS = "?headerFilterStrategy=#class:" + AdobeWorkflowHeaderFilterStrategy.class.getName();
    static final String QUEUE = "jms:queue:workflow.commands";
    static final String DLQ = "jms:queue:workflow.commands.DLQ";
    static final Map<String, Integer> MESSAGES = Map.of("OK", 40, "BUSY", 20, "RESET", 10, "DOWN", 5, "SLOW", 5);

    static EmbeddedActiveMQ broker;
    static ActiveMQConnectionFactory connectionFactory;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = new EmbeddedActiveMQ().setConfiguration(new ConfigurationImpl().setPersistenceEnabled(false)
                .setSecurityEnabled(false).addAcceptorConfiguration("in-vm", "vm://0"));
        broker.start();
        connectionFactory = new ActiveMQConnectionFactory("vm://0");
    }

    @AfterAll
    static void stopBroker() throws Exception {
        connectionFactory.close();
        broker.stop();
        ActiveMQClient.clearThreadPools();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("jms", JmsComponent.jmsComponent(connectionFactory));
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // no Camel redelivery: the component alone decides what may be sent again
                errorHandler(deadLetterChannel(DLQ + HEADERS).useOriginalMessage().maximumRedeliveries(0)
                        .onPrepareFailure(exchange -> {
                            Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
                            exchange.getMessage().setHeader("AdobeWorkflowFailure",
                                    cause.getClass().getSimpleName() + ": " + cause.getMessage());
                        }));
                from(QUEUE + HEADERS + "&transacted=true&concurrentConsumers=4").routeId("commands")
                        .to("adobe-workflow:?command=start&responseTimeout=1000") // generous: a loaded CI machine is slow
                        .to("mock:applied");
                from(DLQ + HEADERS).routeId("dead-letters").to("mock:dead");
            }
        };
    }

    private static void stubFaults() {
        wireMock.stubFor(post(urlPathMatching(".*/OK-\\d+/commands")).willReturn(aResponse().withStatus(200)));
        for (int i = 0; i < MESSAGES.get("BUSY"); i++) {
            String path = "/acme/campaign/workflow/execution/BUSY-" + i + "/commands";
            respondInTurn("busy-" + i, () -> post(urlPathEqualTo(path)), aResponse().withStatus(503),
                    aResponse().withStatus(200));
        }
        wireMock.stubFor(post(urlPathMatching(".*/RESET-\\d+/commands")).willReturn(aResponse()
                .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
        wireMock.stubFor(post(urlPathMatching(".*/DOWN-\\d+/commands")).willReturn(aResponse().withStatus(500)
                .withBody("{\"code\":500,\"message\":\"Oops. Something went wrong.\"}")));
        wireMock.stubFor(post(urlPathMatching(".*/SLOW-\\d+/commands")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(2500)));
    }

    @Test
    void everyMessageIsAppliedOnceOrDeadLetteredWithItsFailure() throws Exception {
        stubFaults();
        int in = 0;
        for (Map.Entry<String, Integer> kind : MESSAGES.entrySet()) {
            for (int i = 0; i < kind.getValue(); i++) {
                template.sendBodyAndHeader(QUEUE + HEADERS, "start please", AdobeWorkflowConstants.WORKFLOW_ID,
                        kind.getKey() + "-" + i);
                in++;
            }
        }
        MockEndpoint applied = getMockEndpoint("mock:applied");
        MockEndpoint dead = getMockEndpoint("mock:dead");
        int total = in;
        await().atMost(60, TimeUnit.SECONDS)
                .until(() -> applied.getReceivedCounter() + dead.getReceivedCounter() >= total);
        // and nothing more arrives
        await().during(500, TimeUnit.MILLISECONDS).atMost(5, TimeUnit.SECONDS)
                .until(() -> applied.getReceivedCounter() + dead.getReceivedCounter() == total);

        assertThat(applied.getReceivedCounter() + dead.getReceivedCounter()).isEqualTo(in);
        assertThat(applied.getReceivedCounter()).isEqualTo(MESSAGES.get("OK") + MESSAGES.get("BUSY"));
        assertThat(dead.getReceivedCounter())
                .isEqualTo(MESSAGES.get("RESET") + MESSAGES.get("DOWN") + MESSAGES.get("SLOW"));
        for (Exchange letter : dead.getReceivedExchanges()) {
            String id = letter.getMessage().getHeader(AdobeWorkflowConstants.WORKFLOW_ID, String.class);
            String failure = letter.getMessage().getHeader("AdobeWorkflowFailure", String.class);
            assertThat(letter.getMessage().getBody(String.class)).isEqualTo("start please");
            if (id.startsWith("DOWN")) {
                assertThat(failure).startsWith("AdobeWorkflowException: Adobe Campaign answered 500");
            } else if (id.startsWith("SLOW")) {
                assertThat(failure).startsWith("AdobeWorkflowTransportException").contains("no response came in time");
            } else {
                assertThat(id).startsWith("RESET");
                assertThat(failure).startsWith("AdobeWorkflowTransportException").contains("no valid response came back");
            }
        }

        // what WireMock saw: each command applied (answered 2xx) exactly once, failures sent once, 503s repeated once
        Map<String, List<Integer>> answersById = wireMock.getAllServeEvents().stream().collect(Collectors.groupingBy(
                NothingLostIT::workflowId, HashMap::new,
                Collectors.mapping(event -> event.getResponse().getStatus(), Collectors.toList())));
        assertThat(answersById).hasSize(in);
        answersById.forEach((id, statuses) -> {
            if (id.startsWith("OK")) {
                assertThat(statuses).as(id).containsExactly(200);
            } else if (id.startsWith("BUSY")) {
                assertThat(statuses).as(id).containsExactlyInAnyOrder(503, 200);
            } else {
                assertThat(statuses).as(id).hasSize(1).doesNotContain(201, 202, 204);
            }
        });
        assertThat(applied.getReceivedExchanges()).allSatisfy(e -> assertThat(
                e.getMessage().getHeader(AdobeWorkflowConstants.HTTP_RESPONSE_CODE)).isEqualTo(200));
    }

    private static String workflowId(ServeEvent event) {
        String[] path = event.getRequest().getUrl().split("/");
        return path[path.length - 2];
    }
}
