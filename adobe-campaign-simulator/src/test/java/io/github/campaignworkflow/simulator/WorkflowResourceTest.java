package io.github.campaignworkflow.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shape of {@code GET /{org}/campaign/workflow/execution/{id}}. */
class WorkflowResourceTest {

    private static AdobeCampaignSimulator sim;
    private static SimulatorHttp http;

    @BeforeAll
    static void start() {
        sim = SimulatorHttp.simulator()
                .workflow("WKF12")
                .workflow(WorkflowSpec.named("WKF-SIGNAL").label("Signal workflow").initialState("started")
                        .signal("signal1", "contentURL", "count")
                        .signal("signal2"))
                .build().start();
        http = new SimulatorHttp(sim);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void describesAWorkflowWithItsSignalActivitiesAndTriggerUrls() {
        HttpResponse<String> response = http.get("/acme/campaign/workflow/execution/WKF-SIGNAL", sim.issueToken());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode body = SimulatorHttp.json(response);
        assertThat(body.get("PKey").textValue()).startsWith("@").hasSizeGreaterThan(1);
        assertThat(body.get("id").textValue()).isEqualTo("WKF-SIGNAL");
        assertThat(body.get("label").textValue()).isEqualTo("Signal workflow");
        assertThat(body.get("state").textValue()).isEqualTo("started");

        JsonNode activities = body.get("activities").get("activity");
        assertThat(activities.size()).isEqualTo(2);
        JsonNode signal1 = activities.get("signal1");
        assertThat(signal1.get("label").textValue()).isEqualTo("signal1");
        assertThat(signal1.get("type").textValue()).isEqualTo("signal");
        assertThat(SimulatorHttp.MAPPER.convertValue(signal1.get("parameters"), List.class)).containsExactly("contentURL", "count");
        assertThat(signal1.get("trigger").get("href").textValue()).isEqualTo(
                sim.baseUrl() + "/acme/campaign/workflow/execution/WKF-SIGNAL/activities/activity/signal1/trigger");
        assertThat(activities.get("signal2").get("parameters").size()).isZero();
    }

    @Test
    void aWorkflowWithoutActivitiesHasAnEmptyActivityObject() {
        JsonNode body = SimulatorHttp.json(http.get("/acme/campaign/workflow/execution/WKF12", sim.issueToken()));

        assertThat(body.get("state").textValue()).isEqualTo("edited");
        assertThat(body.get("activities").get("activity").isObject()).isTrue();
        assertThat(body.get("activities").get("activity").size()).isZero();
    }

    @Test
    void thePKeyIsStableAcrossReads() {
        String token = sim.issueToken();
        String first = SimulatorHttp.json(http.get("/acme/campaign/workflow/execution/WKF12", token)).get("PKey").textValue();
        String second = SimulatorHttp.json(http.get("/acme/campaign/workflow/execution/WKF12", token)).get("PKey").textValue();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void baseUrlAndTokenUrlPointAtTheLoopbackAddress() {
        assertThat(sim.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(sim.port()).isPositive();
        assertThat(sim.tokenUrl()).isEqualTo(sim.baseUrl() + "/ims/token/v3");
    }

    @Test
    void inspectingAnUnknownWorkflowFailsLoudly() {
        assertThatThrownBy(() -> sim.state("nope")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    }
}
