package io.github.campaignworkflow.simulator;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static io.github.campaignworkflow.simulator.SimulatorHttp.await;
import static io.github.campaignworkflow.simulator.SimulatorHttp.holdsFor;
import static io.github.campaignworkflow.simulator.SimulatorHttp.jsonMap;
import static org.assertj.core.api.Assertions.assertThat;

class WorkflowCommandsTest extends SimulatorPerTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Override
    void configure(AdobeCampaignSimulator.Builder simulator) {
        simulator
                .commandDelay(Duration.ofMillis(150))
                .workflow("WKF12")
                .workflow(WorkflowSpec.named("WKF-NIGHTLY").runFor(Duration.ofMillis(300)))
                .workflow(WorkflowSpec.named("WKF-BROKEN").failAfter(Duration.ofMillis(100)))
                .workflow(WorkflowSpec.named("WKF-LONG").runFor(Duration.ofMillis(500)));
    }

    @Test
    void acceptsACommandWithAnEmptyBodyAndAppliesItLater() {
        HttpResponse<String> response = http.command("WKF12", token, "start");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        // accepted, not applied: the 150 ms command delay has not passed yet
        assertThat(sim.state("WKF12")).isEqualTo("edited");
        assertThat(stateFromApi("WKF12")).isEqualTo("edited");

        await("WKF12 started", WAIT, () -> sim.state("WKF12").equals("started"));
        assertThat(stateFromApi("WKF12")).isEqualTo("started");
        assertThat(sim.commands("WKF12")).containsExactly("start");
    }

    @Test
    void walksTheWholeStateMachine() {
        sendAndAwait("start", "started");
        sendAndAwait("pause", "paused");
        sendAndAwait("resume", "started");
        sendAndAwait("stop", "stopped");
        sendAndAwait("start", "started");
        sendAndAwait("pause", "paused");
        sendAndAwait("stop", "stopped");

        assertThat(sim.commands("WKF12")).containsExactly("start", "pause", "resume", "stop", "start", "pause", "stop");
    }

    @Test
    void refusesACommandThatMakesNoSenseInTheCurrentStateWith409() {
        HttpResponse<String> response = http.command("WKF12", token, "pause");

        assertThat(response.statusCode()).isEqualTo(409);
        Map<String, Object> body = jsonMap(response);
        assertThat(body).containsEntry("code", 409);
        assertThat((String) body.get("message")).contains("pause").contains("'edited'");
        assertThat(sim.commands("WKF12")).isEmpty();

        assertThat(http.command("WKF12", token, "resume").statusCode()).isEqualTo(409);
        assertThat(http.command("WKF12", token, "stop").statusCode()).isEqualTo(409);
    }

    @Test
    void judgesACommandAgainstTheStateThatPendingCommandsLeadTo() {
        assertThat(http.command("WKF12", token, "start").statusCode()).isEqualTo(200);
        // start is not applied yet, but pause after a pending start makes sense
        assertThat(http.command("WKF12", token, "pause").statusCode()).isEqualTo(200);
        // a second start after start+pause does not
        HttpResponse<String> refused = http.command("WKF12", token, "start");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat((String) jsonMap(refused).get("message")).contains("'paused'");

        await("WKF12 paused", WAIT, () -> sim.state("WKF12").equals("paused"));
        assertThat(sim.commands("WKF12")).containsExactly("start", "pause");
    }

    @Test
    void aWorkflowWithARunDurationFinishesByItselfAndCanBeStartedAgain() {
        assertThat(http.command("WKF-NIGHTLY", token, "start").statusCode()).isEqualTo(200);
        await("WKF-NIGHTLY started", WAIT, () -> sim.state("WKF-NIGHTLY").equals("started"));
        await("WKF-NIGHTLY finished", WAIT, () -> sim.state("WKF-NIGHTLY").equals("finished"));

        assertThat(http.command("WKF-NIGHTLY", token, "stop").statusCode()).isEqualTo(409);
        assertThat(http.command("WKF-NIGHTLY", token, "start").statusCode()).isEqualTo(200);
        await("WKF-NIGHTLY started again", WAIT, () -> sim.state("WKF-NIGHTLY").equals("started"));
    }

    @Test
    void aWorkflowConfiguredToFailEndsInError() {
        assertThat(http.command("WKF-BROKEN", token, "start").statusCode()).isEqualTo(200);
        await("WKF-BROKEN in error", WAIT, () -> sim.state("WKF-BROKEN").equals("error"));
        assertThat(stateFromApi("WKF-BROKEN")).isEqualTo("error");

        assertThat(http.command("WKF-BROKEN", token, "start").statusCode()).isEqualTo(409);
        assertThat(http.command("WKF-BROKEN", token, "stop").statusCode()).isEqualTo(200);
        await("WKF-BROKEN stopped", WAIT, () -> sim.state("WKF-BROKEN").equals("stopped"));
    }

    @Test
    void aPausedRunDoesNotFinishAndFinishesAfterResume() {
        assertThat(http.command("WKF-LONG", token, "start").statusCode()).isEqualTo(200);
        assertThat(http.command("WKF-LONG", token, "pause").statusCode()).isEqualTo(200);
        await("WKF-LONG paused", WAIT, () -> sim.state("WKF-LONG").equals("paused"));

        // longer than the run duration: a paused run must not end
        holdsFor("WKF-LONG still paused", Duration.ofMillis(700), () -> sim.state("WKF-LONG").equals("paused"));

        assertThat(http.command("WKF-LONG", token, "resume").statusCode()).isEqualTo(200);
        await("WKF-LONG started", WAIT, () -> sim.state("WKF-LONG").equals("started"));
        await("WKF-LONG finished", WAIT, () -> sim.state("WKF-LONG").equals("finished"));
    }

    @Test
    void answers404ForAnUnknownWorkflow() {
        HttpResponse<String> response = http.command("WKF99", token, "start");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat((String) jsonMap(response).get("message")).contains("'WKF99'").contains("does not exist");
    }

    @Test
    void answers400ForAnUnknownMethod() {
        HttpResponse<String> unknown = http.command("WKF12", token, "restart");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(jsonMap(unknown)).containsEntry("code", 400);

        // the wire word is lowercase; a client must normalise
        assertThat(http.command("WKF12", token, "START").statusCode()).isEqualTo(400);

        HttpResponse<String> missing = http.post("/acme/campaign/workflow/execution/WKF12/commands", token, Map.of("verb", "start"));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(sim.commands("WKF12")).isEmpty();
    }

    @Test
    void answers400ForBadJson() {
        String path = "/acme/campaign/workflow/execution/WKF12/commands";
        assertThat(http.postRaw(path, token, "application/json", "{\"method\":").statusCode()).isEqualTo(400);
        assertThat(http.postRaw(path, token, "application/json", "").statusCode()).isEqualTo(400);
        assertThat(http.postRaw(path, token, "application/json", "[\"start\"]").statusCode()).isEqualTo(400);
        assertThat(http.postRaw(path, token, "application/json", "{\"method\":\"start\"} trailing").statusCode()).isEqualTo(400);
        assertThat(sim.commands("WKF12")).isEmpty();
    }

    @Test
    void answers415WithoutAJsonContentType() {
        HttpResponse<String> response = http.postRaw("/acme/campaign/workflow/execution/WKF12/commands", token,
                "text/plain", "{\"method\":\"start\"}");

        assertThat(response.statusCode()).isEqualTo(415);
    }

    private void sendAndAwait(String command, String expectedState) {
        HttpResponse<String> response = http.command("WKF12", token, command);
        assertThat(response.statusCode()).as(command + ": " + response.body()).isEqualTo(200);
        await("WKF12 " + expectedState, WAIT, () -> sim.state("WKF12").equals(expectedState));
    }

    private String stateFromApi(String workflowId) {
        HttpResponse<String> response = http.get("/acme/campaign/workflow/execution/" + workflowId, token);
        assertThat(response.statusCode()).isEqualTo(200);
        return SimulatorHttp.json(response).get("state").textValue();
    }
}
