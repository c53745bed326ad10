package io.github.campaignworkflow.simulator;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.github.campaignworkflow.simulator.SimulatorHttp.await;
import static io.github.campaignworkflow.simulator.SimulatorHttp.holdsFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatorLifecycleTest {

    @Test
    void closeIsIdempotentAndStopsServing() {
        AdobeCampaignSimulator sim = SimulatorHttp.simulator().build().start();
        int port = sim.port();
        assertThat(port).isPositive();

        sim.close();
        sim.close();

        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            }
        }).as("nothing listens on the port any more").isInstanceOf(ConnectException.class);
        assertThatThrownBy(sim::baseUrl).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(sim::start).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sim.addWorkflow("WKF1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(sim::reset).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingANeverStartedSimulatorIsFineAndFinal() {
        AdobeCampaignSimulator sim = SimulatorHttp.simulator().build();

        sim.close();
        sim.close();

        assertThatThrownBy(sim::start).isInstanceOf(IllegalStateException.class).hasMessage("The simulator is closed");
        assertThatThrownBy(sim::port).isInstanceOf(IllegalStateException.class)
                .hasMessage("The simulator is not started");
    }

    @Test
    void builderRequiresOrganizationAndClient() {
        assertThatThrownBy(() -> AdobeCampaignSimulator.builder().client("a", "b", "c").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("organization");
        assertThatThrownBy(() -> AdobeCampaignSimulator.builder().organization("acme").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("client");
        assertThatThrownBy(() -> SimulatorHttp.simulator().workflow("A").workflow("A"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workflowsCanBeAddedWhileServing() {
        try (AdobeCampaignSimulator sim = SimulatorHttp.simulator().build().start()) {
            SimulatorHttp http = new SimulatorHttp(sim);
            String token = sim.issueToken();
            assertThat(http.get("/acme/campaign/workflow/execution/WKF-LATE", token).statusCode()).isEqualTo(404);

            sim.addWorkflow(WorkflowSpec.named("WKF-LATE").initialState("paused"));

            assertThat(http.get("/acme/campaign/workflow/execution/WKF-LATE", token).statusCode()).isEqualTo(200);
            assertThat(sim.state("WKF-LATE")).isEqualTo("paused");
            assertThatThrownBy(() -> sim.addWorkflow("WKF-LATE")).isInstanceOf(IllegalArgumentException.class);

            // a workflow added while running, with a run duration, finishes without any command
            sim.addWorkflow(WorkflowSpec.named("WKF-AUTO").initialState("started").runFor(Duration.ofMillis(100)));
            await("WKF-AUTO finished", Duration.ofSeconds(5), () -> sim.state("WKF-AUTO").equals("finished"));
            assertThat(sim.commands("WKF-AUTO")).isEmpty();
        }
    }

    @Test
    void resetGoesBackToTheConfiguredStateOnTheSamePortAndKeepsIssuedTokensValid() {
        try (AdobeCampaignSimulator sim = SimulatorHttp.simulator()
                .workflow("WKF12")
                .workflow(WorkflowSpec.named("WKF-SIGNAL").initialState("started").signal("signal1"))
                .build().start()) {
            SimulatorHttp http = new SimulatorHttp(sim);
            int port = sim.port();
            String token = http.fetchToken();
            assertThat(http.command("WKF12", token, "start").statusCode()).isEqualTo(200);
            assertThat(http.post("/acme/campaign/workflow/execution/WKF-SIGNAL/activities/activity/signal1/trigger", token,
                    Map.of("source", "test")).statusCode()).isEqualTo(200);
            assertThat(http.command("WKF-SIGNAL", token, "stop").statusCode()).isEqualTo(200);
            sim.addWorkflow("WKF-LATE");
            sim.failAlways("WKF12", SimulatedFault.status(503));
            sim.throttleEvery(1, Duration.ofSeconds(1));
            await("WKF12 started", Duration.ofSeconds(5), () -> sim.state("WKF12").equals("started"));

            sim.reset();

            assertThat(sim.port()).isEqualTo(port);
            assertThat(sim.state("WKF12")).isEqualTo("edited");
            assertThat(sim.commands("WKF12")).isEmpty();
            assertThat(sim.state("WKF-SIGNAL")).isEqualTo("started");
            assertThat(sim.signals("WKF-SIGNAL")).isEmpty();
            assertThatThrownBy(() -> sim.state("WKF-LATE")).isInstanceOf(IllegalArgumentException.class);
            assertThat(sim.faultsInjected("WKF12")).isZero();
            assertThat(sim.tokensIssued()).isZero();
            assertThat(sim.receivedRequests()).isEmpty();
            // the token from before the reset still works: no fault, no throttling, a fresh workflow
            assertThat(http.command("WKF12", token, "start").statusCode()).isEqualTo(200);
            assertThat(sim.commands("WKF12")).containsExactly("start");
            // a command accepted before the reset was dropped with the old workflow
            holdsFor("WKF-SIGNAL still started", Duration.ofMillis(200), () -> sim.state("WKF-SIGNAL").equals("started"));
        }
    }

    @Test
    void handsOutTheValuesToConfigureTheComponentWith() {
        try (AdobeCampaignSimulator sim = SimulatorHttp.simulator().client("second", "secret-2", "openid").build().start()) {
            String base = "http://127.0.0.1:" + sim.port();

            assertThat(sim.clientId()).isEqualTo(SimulatorHttp.CLIENT_ID);
            assertThat(sim.clientSecret()).isEqualTo(SimulatorHttp.CLIENT_SECRET);
            assertThat(sim.scope()).isEqualTo("AdobeID,openid,campaign_sdk");
            // each option by its name, its property name and its value, in the order handed out
            String[][] options = {
                    {"organization", "organization", "acme"},
                    {"baseUrl", "base-url", base},
                    {"tokenUrl", "token-url", base + "/ims/token/v3"},
                    {"clientId", "client-id", SimulatorHttp.CLIENT_ID},
                    {"clientSecret", "client-secret", SimulatorHttp.CLIENT_SECRET},
                    {"scope", "scope", "AdobeID,openid,campaign_sdk"}};
            Map<String, String> componentOptions = new LinkedHashMap<>();
            Map<String, String> camelMainProperties = new LinkedHashMap<>();
            for (String[] option : options) {
                componentOptions.put(option[0], option[2]);
                camelMainProperties.put("camel.component.adobe-workflow." + option[1], option[2]);
            }
            camelMainProperties.put("camel.security.allowed-properties", "camel.component.adobe-workflow.clientId,"
                    + "camel.component.adobe-workflow.clientSecret,camel.component.adobe-workflow.client-id,"
                    + "camel.component.adobe-workflow.client-secret");

            assertThat(sim.camelMainProperties()).containsExactlyEntriesOf(camelMainProperties);
            assertThat(sim.componentOptions()).containsExactlyEntriesOf(componentOptions);
        }
    }

    @Test
    void handsOutTheSoapOptionsWithImsAndWithTheFirstOperator() {
        try (AdobeCampaignSimulator sim = SimulatorHttp.simulator().operator("ops", "pw").operator("other", "pw2")
                .workflow("WKF12").build().start()) {
            String base = "http://127.0.0.1:" + sim.port();
            String prefix = "camel.component.adobe-workflow.";
            Map<String, String> ims = new LinkedHashMap<>();
            ims.put("api", "soap");
            ims.put("baseUrl", base);
            ims.put("tokenUrl", base + "/ims/token/v3");
            ims.put("clientId", SimulatorHttp.CLIENT_ID);
            ims.put("clientSecret", SimulatorHttp.CLIENT_SECRET);
            ims.put("scope", "AdobeID,openid,campaign_sdk");
            Map<String, String> imsProperties = new LinkedHashMap<>();
            imsProperties.put(prefix + "api", "soap");
            imsProperties.put(prefix + "base-url", base);
            imsProperties.put(prefix + "token-url", base + "/ims/token/v3");
            imsProperties.put(prefix + "client-id", SimulatorHttp.CLIENT_ID);
            imsProperties.put(prefix + "client-secret", SimulatorHttp.CLIENT_SECRET);
            imsProperties.put(prefix + "scope", "AdobeID,openid,campaign_sdk");
            imsProperties.put("camel.security.allowed-properties", prefix + "clientId," + prefix + "clientSecret,"
                    + prefix + "client-id," + prefix + "client-secret");
            Map<String, String> operator = new LinkedHashMap<>();
            operator.put("api", "soap");
            operator.put("baseUrl", base);
            operator.put("username", "ops");
            operator.put("password", "pw");
            Map<String, String> operatorProperties = new LinkedHashMap<>();
            operatorProperties.put(prefix + "api", "soap");
            operatorProperties.put(prefix + "base-url", base);
            operatorProperties.put(prefix + "username", "ops");
            operatorProperties.put(prefix + "password", "pw");
            operatorProperties.put("camel.security.allowed-properties", prefix + "username," + prefix + "password");

            assertThat(sim.soapComponentOptions()).containsExactlyEntriesOf(ims);
            assertThat(sim.soapCamelMainProperties()).containsExactlyEntriesOf(imsProperties);
            assertThat(sim.soapOperatorComponentOptions()).containsExactlyEntriesOf(operator);
            assertThat(sim.soapOperatorCamelMainProperties()).containsExactlyEntriesOf(operatorProperties);
            assertThat(sim.soapUrl()).isEqualTo(base + "/nl/jsp/soaprouter.jsp");
            assertThat(sim.operatorLogin()).isEqualTo("ops");
            assertThat(sim.operatorPassword()).isEqualTo("pw");
        }
    }

    @Test
    void theOperatorOptionsNeedAnOperatorAndAnOperatorIsConfiguredOnce() {
        try (AdobeCampaignSimulator sim = SimulatorHttp.simulator().build()) {
            assertThatThrownBy(sim::soapOperatorComponentOptions).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("operator(login, password)");
        }
        assertThatThrownBy(() -> SimulatorHttp.simulator().operator("ops", "a").operator("ops", "b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Operator 'ops' is configured twice");
        assertThatThrownBy(() -> SimulatorHttp.simulator().operator(" ", "a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numbersTheWorkflowsInOrderAndAgainAfterAReset() {
        try (AdobeCampaignSimulator sim = SimulatorHttp.simulator().workflow("WKF-A").workflow("WKF-B").build().start()) {
            sim.addWorkflow("WKF-C");
            assertThat(List.of(sim.numericId("WKF-A"), sim.numericId("WKF-B"), sim.numericId("WKF-C")))
                    .containsExactly(1001L, 1002L, 1003L);

            sim.reset();
            sim.addWorkflow("WKF-D");

            assertThat(List.of(sim.numericId("WKF-A"), sim.numericId("WKF-B"), sim.numericId("WKF-D")))
                    .containsExactly(1001L, 1002L, 1003L);
        }
    }

    @Test
    void servesManyConcurrentClientsConsistently() throws Exception {
        try (AdobeCampaignSimulator sim = SimulatorHttp.simulator()
                .commandDelay(Duration.ZERO)
                .workflow(WorkflowSpec.named("WKF-SIGNAL").initialState("started").signal("signal1", "n"))
                .build().start()) {
            SimulatorHttp http = new SimulatorHttp(sim);
            String trigger = "/acme/campaign/workflow/execution/WKF-SIGNAL/activities/activity/signal1/trigger";
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Callable<Integer>> calls = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    int n = i;
                    calls.add(() -> {
                        String token = http.fetchToken();
                        HttpResponse<String> response = http.post(trigger, token, Map.of("source", "c" + n, "parameters", Map.of("n", n)));
                        return response.statusCode();
                    });
                }
                for (Future<Integer> result : pool.invokeAll(calls)) {
                    assertThat(result.get()).isEqualTo(200);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(sim.tokensIssued()).isEqualTo(40);
            assertThat(sim.signals("WKF-SIGNAL")).hasSize(40)
                    .extracting(signal -> signal.parameters().get("n")).doesNotHaveDuplicates();

            // exactly one of many concurrent "pause" commands is accepted
            String token = sim.issueToken();
            List<Callable<Integer>> pauses = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                pauses.add(() -> http.command("WKF-SIGNAL", token, "pause").statusCode());
            }
            ExecutorService pausePool = Executors.newFixedThreadPool(5);
            List<Integer> statuses = new ArrayList<>();
            try {
                for (Future<Integer> result : pausePool.invokeAll(pauses)) {
                    statuses.add(result.get());
                }
            } finally {
                pausePool.shutdownNow();
            }
            assertThat(statuses).containsOnly(200, 409).filteredOn(status -> status == 200).hasSize(1);
            await("paused", Duration.ofSeconds(5), () -> sim.state("WKF-SIGNAL").equals("paused"));
        }
    }
}
