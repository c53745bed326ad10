package io.github.campaignworkflow.examples;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.github.campaignworkflow.camel.AdobeWorkflowConstants;
import io.github.campaignworkflow.camel.AdobeWorkflowException;
import io.github.campaignworkflow.simulator.AdobeCampaignSimulator;
import io.github.campaignworkflow.simulator.ReceivedSignal;
import io.github.campaignworkflow.simulator.WorkflowSpec;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The component against the simulator's SOAP router (itself checked against Adobe's Node client): every command, the
 * state words, a signal's variables, an unknown workflow, awaitState and the consumer, with an operator's Logon and
 * with IMS bearer tokens.
 */
class SoapTenantTest {

    private final List<Object> states = new CopyOnWriteArrayList<>();
    private AdobeCampaignSimulator campaign;
    private Main camel;

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
        if (campaign != null) {
            campaign.close();
        }
    }

    private ProducerTemplate start(String authentication) throws Exception {
        campaign = AdobeCampaignSimulator.builder().organization("acme")
                .client("sim-client", "sim-secret", "AdobeID,openid,campaign_sdk")
                .operator("camel-ops", "ops-password")
                .commandDelay(Duration.ofMillis(50))
                .workflow(WorkflowSpec.named("WKF-V8").signal("signal1", "contentURL", "count"))
                .workflow(WorkflowSpec.named("WKF-WATCHED").runFor(Duration.ofMillis(400)))
                .build().start();
        camel = new Main();
        (authentication.equals("operator") ? campaign.soapOperatorCamelMainProperties()
                : campaign.soapCamelMainProperties()).forEach(camel::addOverrideProperty);
        camel.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("adobe-workflow:WKF-WATCHED?delay=20&initialDelay=0").routeId("watch").autoStartup(false)
                        .process(e -> states.add(e.getMessage().getHeader(AdobeWorkflowConstants.STATE)));
            }
        });
        camel.start();
        return camel.getCamelContext().createProducerTemplate();
    }

    private static Exchange send(ProducerTemplate template, String uri, Object body) {
        return template.request(uri, e -> e.getMessage().setBody(body));
    }

    @ParameterizedTest(name = "with {0}")
    @ValueSource(strings = { "operator", "IMS" })
    void everyCommandReachesCampaignAsItsSoapCall(String authentication) throws Exception {
        ProducerTemplate template = start(authentication);

        Exchange started = send(template, "adobe-workflow:WKF-V8?command=start&awaitState=started&awaitInterval=20",
                null);
        assertThat(started.getException()).isNull();
        assertThat(started.getMessage().getHeader(AdobeWorkflowConstants.STATE)).isEqualTo("started");

        Exchange signal = send(template, "adobe-workflow:WKF-V8?command=signal&activity=signal1",
                Map.of("contentURL", "https://example.org/?a=1&b=<2>", "count", 3));
        assertThat(signal.getException()).isNull();

        for (String command : List.of("pause", "resume", "stop")) {
            Exchange result = send(template, "adobe-workflow:WKF-V8?command=" + command + "&awaitState="
                                             + Map.of("pause", "paused", "resume", "started", "stop", "finished")
                                                     .get(command)
                                             + "&awaitInterval=20", null);
            assertThat(result.getException()).as(command).isNull();
        }
        Exchange status = send(template, "adobe-workflow:WKF-V8?command=status", null);
        assertThat(status.getMessage().getHeader(AdobeWorkflowConstants.STATE)).isEqualTo("finished");
        assertThat(((Map<?, ?>) status.getMessage().getBody()).get("internalName")).isEqualTo("WKF-V8");

        assertThat(campaign.commands("WKF-V8")).containsExactly("start", "pause", "resume", "stop");
        assertThat(campaign.soapCalls("WKF-V8")).filteredOn(call -> !call.endsWith("ExecuteQuery")).containsExactly(
                "xtk:workflow#Start", "xtk:workflow#PostEvent", "xtk:workflow#Pause", "xtk:workflow#Start",
                "xtk:workflow#Stop");
        List<ReceivedSignal> signals = campaign.signals("WKF-V8");
        assertThat(signals).hasSize(1);
        assertThat(signals.get(0).activity()).isEqualTo("signal1");
        assertThat(signals.get(0).parameters()).isEqualTo(Map.of("contentURL", "https://example.org/?a=1&b=<2>",
                "count", "3"));
        assertThat(signals.get(0).effect()).isEqualTo(ReceivedSignal.Effect.TRIGGERED);

        Exchange unknown = send(template, "adobe-workflow:WKF-GONE?command=status", null);
        assertThat(unknown.getException(AdobeWorkflowException.class).isWorkflowNotFound()).isTrue();

        camel.stop();
        camel = null;
        if (authentication.equals("operator")) {
            assertThat(campaign.logons()).as("one Logon for every call").isEqualTo(1);
            assertThat(campaign.logoffs()).as("ended at stop").isEqualTo(1);
        } else {
            assertThat(campaign.logons()).isZero();
            assertThat(campaign.tokensIssued()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "with {0}")
    @ValueSource(strings = { "operator", "IMS" })
    void theConsumerEmitsEachStateOnce(String authentication) throws Exception {
        ProducerTemplate template = start(authentication);
        camel.getCamelContext().getRouteController().startRoute("watch");
        await().atMost(5, TimeUnit.SECONDS).until(() -> !states.isEmpty());

        assertThat(send(template, "adobe-workflow:WKF-WATCHED?command=start", null).getException()).isNull();

        await().atMost(10, TimeUnit.SECONDS).until(() -> states.contains("finished"));
        List<Object> seen = List.copyOf(states);
        assertThat(seen).first().isEqualTo("edited");
        assertThat(seen).last().isEqualTo("finished");
        assertThat(seen).contains("started").doesNotHaveDuplicates();
    }
}
