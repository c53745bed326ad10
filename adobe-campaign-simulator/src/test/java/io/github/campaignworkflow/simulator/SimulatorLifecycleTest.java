package io.github.campaignworkflow.simulator;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.github.campaignworkflow.simulator.SimulatorHttp.await;
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

        assertThatThrownBy(sim::baseUrl).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(sim::start).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sim.addWorkflow("WKF1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingANeverStartedSimulatorIsFine() {
        SimulatorHttp.simulator().build().close();
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
