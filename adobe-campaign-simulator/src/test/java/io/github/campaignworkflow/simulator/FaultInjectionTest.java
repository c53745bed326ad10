package io.github.campaignworkflow.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

import static io.github.campaignworkflow.simulator.SimulatorHttp.await;
import static io.github.campaignworkflow.simulator.SimulatorHttp.jsonMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each fault mode on the wire: what the client gets, and whether Campaign applied the request. */
class FaultInjectionTest extends SimulatorPerTest {

    private static final String WKF12 = "/acme/campaign/workflow/execution/WKF12";
    private static final String TRIGGER = "/acme/campaign/workflow/execution/WKF-SIGNAL/activities/activity/signal1/trigger";
    private static final Map<String, Object> INVALID_TOKEN = Map.of("error_code", "401013", "message", "Oauth token is not valid");

    @Override
    void configure(AdobeCampaignSimulator.Builder simulator) {
        simulator
                .workflow("WKF12")
                .workflow(WorkflowSpec.named("WKF-SIGNAL").initialState("started").signal("signal1", "n"));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 503, 504})
    void answersTheStatusInsteadOfCampaignAndAppliesNothing(int status) {
        sim.failNext("WKF12", 1, SimulatedFault.status(status));

        HttpResponse<String> failed = http.command("WKF12", token, "start");

        assertThat(failed.statusCode()).isEqualTo(status);
        assertThat(jsonMap(failed)).containsEntry("code", status);
        assertThat((String) jsonMap(failed).get("message")).contains("injected by the Adobe Campaign simulator");
        assertThat(sim.commands("WKF12")).isEmpty();
        assertThat(sim.faultsInjected("WKF12")).isEqualTo(1);

        // used up: the same command now reaches Campaign
        assertThat(http.command("WKF12", token, "start").statusCode()).isEqualTo(200);
        assertThat(sim.commands("WKF12")).containsExactly("start");
        assertThat(sim.faultsInjected("WKF12")).isEqualTo(1);
    }

    @Test
    void a502HasTheGatewaysDocumentedBody() {
        sim.failNext("WKF12", 1, SimulatedFault.status(502));

        HttpResponse<String> failed = http.get(WKF12, token);

        assertThat(failed.statusCode()).isEqualTo(502);
        assertThat(jsonMap(failed)).isEqualTo(Map.of("code", 502, "message", "Oops. Something went wrong. Check your URI and try again."));
    }

    @Test
    void afterApplyingCampaignAppliesTheCommandButTheClientSeesTheStatus() {
        sim.failNext("WKF12", 1, SimulatedFault.status(504).afterApplying());

        HttpResponse<String> failed = http.command("WKF12", token, "start");

        assertThat(failed.statusCode()).isEqualTo(504);
        assertThat(sim.commands("WKF12")).containsExactly("start");
        await("WKF12 started", Duration.ofSeconds(5), () -> sim.state("WKF12").equals("started"));
    }

    @Test
    void aDelayLongerThanTheClientsTimeoutLeavesTheClientWithoutAnswerWhileCampaignAppliesTheCommand() {
        sim.failNext("WKF12", 1, SimulatedFault.delay(Duration.ofSeconds(2)));

        assertThatThrownBy(() -> SimulatorHttp.send(http.api(WKF12 + "/commands", token)
                .timeout(Duration.ofMillis(300))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"method\":\"start\"}"))))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(HttpTimeoutException.class);

        assertThat(sim.commands("WKF12")).containsExactly("start");
        assertThat(sim.faultsInjected("WKF12")).isEqualTo(1);
        // the next request is answered at once
        HttpResponse<String> next = SimulatorHttp.send(http.api(WKF12, token).timeout(Duration.ofMillis(1000)).GET());
        assertThat(next.statusCode()).isEqualTo(200);
    }

    @Test
    void aDelayShorterThanTheTimeoutIsOnlySlow() {
        sim.failNext("WKF12", 1, SimulatedFault.delay(Duration.ofMillis(300)));
        long started = System.nanoTime();

        HttpResponse<String> slow = http.get(WKF12, token);

        assertThat(slow.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void aDroppedConnectionGivesNoAnswerAndAppliesNothing() {
        sim.failNext("WKF12", 1, SimulatedFault.dropConnection());

        assertThatThrownBy(() -> http.command("WKF12", token, "start"))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(IOException.class);

        assertThat(sim.commands("WKF12")).isEmpty();
        assertThat(sim.faultsInjected("WKF12")).isEqualTo(1);
        assertThat(http.command("WKF12", token, "start").statusCode()).isEqualTo(200);
    }

    @Test
    void aConnectionDroppedAfterApplyingLeavesTheCommandApplied() {
        sim.failNext("WKF12", 1, SimulatedFault.dropConnection().afterApplying());

        assertThatThrownBy(() -> http.command("WKF12", token, "start")).isInstanceOf(UncheckedIOException.class);

        assertThat(sim.commands("WKF12")).containsExactly("start");
    }

    @Test
    void anExpiredTokenIsRefusedWith401013AndStaysDeadWhileAFreshTokenWorks() {
        String imsToken = http.fetchToken();
        sim.failNext("WKF12", 1, SimulatedFault.expiredToken());

        HttpResponse<String> expired = http.command("WKF12", imsToken, "start");

        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(jsonMap(expired)).isEqualTo(INVALID_TOKEN);
        assertThat(sim.commands("WKF12")).isEmpty();
        // the fault is used up, but the token it hit no longer works anywhere
        assertThat(http.get(WKF12, imsToken).statusCode()).isEqualTo(401);
        assertThat(http.get("/acme/campaign/workflow/execution/WKF-SIGNAL", imsToken).statusCode()).isEqualTo(401);

        String fresh = http.fetchToken();
        assertThat(http.command("WKF12", fresh, "start").statusCode()).isEqualTo(200);
        assertThat(sim.tokensIssued()).isEqualTo(2);
    }

    @Test
    void onlyForRestrictsTheFaultToOneCallOfTheWorkflow() {
        sim.failNext("WKF-SIGNAL", 1, SimulatedFault.status(503).onlyFor(SimulatedFault.Call.SIGNAL));

        assertThat(http.get("/acme/campaign/workflow/execution/WKF-SIGNAL", token).statusCode()).isEqualTo(200);
        assertThat(http.command("WKF-SIGNAL", token, "pause").statusCode()).isEqualTo(200);
        assertThat(http.post(TRIGGER, token, Map.of("source", "test")).statusCode()).isEqualTo(503);
        assertThat(sim.faultsInjected("WKF-SIGNAL")).isEqualTo(1);
        assertThat(sim.signals("WKF-SIGNAL")).isEmpty();
    }

    @Test
    void aFaultIsForItsWorkflowOnly() {
        sim.failAlways("WKF12", SimulatedFault.status(500));

        assertThat(http.get("/acme/campaign/workflow/execution/WKF-SIGNAL", token).statusCode()).isEqualTo(200);
        assertThat(http.post(TRIGGER, token, Map.of("source", "test")).statusCode()).isEqualTo(200);
        assertThat(http.get(WKF12, token).statusCode()).isEqualTo(500);
    }

    @Test
    void faultsOfOneWorkflowAreUsedInTheOrderAsked() {
        sim.failNext("WKF12", 2, SimulatedFault.status(503));
        sim.failNext("WKF12", 1, SimulatedFault.status(504));

        assertThat(http.get(WKF12, token).statusCode()).isEqualTo(503);
        assertThat(http.get(WKF12, token).statusCode()).isEqualTo(503);
        assertThat(http.get(WKF12, token).statusCode()).isEqualTo(504);
        assertThat(http.get(WKF12, token).statusCode()).isEqualTo(200);
        assertThat(sim.faultsInjected("WKF12")).isEqualTo(3);
    }

    @Test
    void failAlwaysLastsUntilClearFaults() {
        sim.failAlways("WKF12", SimulatedFault.status(503).onlyFor(SimulatedFault.Call.COMMAND));

        for (int i = 0; i < 3; i++) {
            assertThat(http.command("WKF12", token, "start").statusCode()).isEqualTo(503);
        }
        assertThat(sim.faultsInjected("WKF12")).isEqualTo(3);

        sim.clearFaults();

        assertThat(http.command("WKF12", token, "start").statusCode()).isEqualTo(200);
        assertThat(sim.faultsInjected("WKF12")).isZero();
        assertThat(sim.commands("WKF12")).containsExactly("start");
    }

    @Test
    void throttlingComesBeforeAnInjectedFault() {
        sim.throttleEvery(1, Duration.ofSeconds(1));
        sim.failNext("WKF12", 1, SimulatedFault.status(503));

        assertThat(http.get(WKF12, token).statusCode()).isEqualTo(429);
        assertThat(sim.faultsInjected("WKF12")).isZero();

        sim.throttleEvery(0, Duration.ZERO);
        assertThat(http.get(WKF12, token).statusCode()).isEqualTo(503);
    }

    @Test
    void refusesFaultsThatMakeNoSense() {
        assertThatThrownBy(() -> SimulatedFault.status(404)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatedFault.status(600)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatedFault.delay(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatedFault.expiredToken().afterApplying()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sim.failNext("WKF99", 1, SimulatedFault.status(503)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WKF99");
        assertThatThrownBy(() -> sim.failNext("WKF12", 0, SimulatedFault.status(503)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void describesItself() {
        assertThat(SimulatedFault.status(504).afterApplying().onlyFor(SimulatedFault.Call.COMMAND))
                .hasToString("SimulatedFault[status 504, after applying, only [command]]");
        assertThat(SimulatedFault.delay(Duration.ofSeconds(2))).hasToString("SimulatedFault[delay PT2S]");
        assertThat(SimulatedFault.dropConnection()).hasToString("SimulatedFault[dropped connection]");
        assertThat(SimulatedFault.expiredToken()).hasToString("SimulatedFault[expired token]");
    }
}
