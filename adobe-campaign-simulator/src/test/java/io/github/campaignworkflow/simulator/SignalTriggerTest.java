package io.github.campaignworkflow.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.github.campaignworkflow.simulator.SimulatorHttp.jsonMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignalTriggerTest extends SimulatorPerTest {

    private static final String TRIGGER = "/acme/campaign/workflow/execution/WKF-SIGNAL/activities/activity/signal1/trigger";

    private final MutableClock clock = MutableClock.of(Instant.parse("2025-06-01T08:00:00Z"), ZoneOffset.UTC);

    @Override
    void configure(AdobeCampaignSimulator.Builder simulator) {
        simulator
                .clock(clock)
                .workflow(WorkflowSpec.named("WKF-SIGNAL").initialState("started").signal("signal1", "contentURL", "count", "vip", "sentAt"))
                .workflow(WorkflowSpec.named("WKF-IDLE").signal("signal1", "contentURL"));
    }

    @Test
    void triggersTheHrefFromTheWorkflowResourceAndRecordsTheSignal() {
        String href = SimulatorHttp.json(http.get("/acme/campaign/workflow/execution/WKF-SIGNAL", token))
                .get("activities").get("activity").get("signal1").get("trigger").get("href").textValue();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("contentURL", "https://example.com/content");
        parameters.put("count", 42);
        parameters.put("vip", true);
        parameters.put("sentAt", "2025-06-01T08:00:00Z");

        HttpResponse<String> response = http.postAbsolute(href, token, Map.of("source", "camel", "parameters", parameters));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(jsonMap(response)).isEqualTo(Map.of("status", "triggered"));
        assertThat(sim.signals("WKF-SIGNAL")).containsExactly(new ReceivedSignal("signal1", "camel", parameters));
    }

    @Test
    void acceptsASignalWithoutParameters() {
        HttpResponse<String> response = http.post(TRIGGER, token, Map.of("source", "camel"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(sim.signals("WKF-SIGNAL")).containsExactly(new ReceivedSignal("signal1", "camel", Map.of()));
    }

    @Test
    void refusesAnUndeclaredParameterWithRst360011() {
        HttpResponse<String> response = http.post(TRIGGER, token,
                Map.of("source", "camel", "parameters", Map.of("contentUrl", "https://example.com")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(jsonMap(response)).isEqualTo(Map.of("code", 400, "message",
                "RST-360011 An error has occurred - please contact your administrator. 'contentUrl' parameter isn't defined in signal activity."));
        assertThat(sim.signals("WKF-SIGNAL")).isEmpty();
    }

    @Test
    void refusesASignalWithoutSource() {
        HttpResponse<String> response = http.post(TRIGGER, token, Map.of("parameters", Map.of("count", 1)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(jsonMap(response)).containsEntry("code", 400);
        assertThat((String) jsonMap(response).get("message")).contains("source");
    }

    @Test
    void refusesAParameterValueThatIsNotAStringNumberOrBoolean() {
        HttpResponse<String> response = http.post(TRIGGER, token,
                Map.of("source", "camel", "parameters", Map.of("count", Map.of("nested", 1))));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat((String) jsonMap(response).get("message")).contains("'count'");
    }

    @Test
    void refusesAPayloadOver64Kilobytes() {
        HttpResponse<String> response = http.post(TRIGGER, token,
                Map.of("source", "camel", "parameters", Map.of("contentURL", "x".repeat(64 * 1024))));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat((String) jsonMap(response).get("message")).contains("64 KB");
        assertThat(sim.signals("WKF-SIGNAL")).isEmpty();
    }

    @Test
    void refusesASignalToAWorkflowThatIsNotStarted() {
        HttpResponse<String> response = http.post("/acme/campaign/workflow/execution/WKF-IDLE/activities/activity/signal1/trigger",
                token, Map.of("source", "camel"));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(jsonMap(response)).containsEntry("code", 409);
        assertThat((String) jsonMap(response).get("message")).contains("'edited'");
        assertThat(sim.signals("WKF-IDLE")).isEmpty();
    }

    @Test
    void answers404ForAnUnknownActivityOrWorkflow() {
        assertThat(http.post("/acme/campaign/workflow/execution/WKF-SIGNAL/activities/activity/signal9/trigger",
                token, Map.of("source", "camel")).statusCode()).isEqualTo(404);
        assertThat(http.post("/acme/campaign/workflow/execution/WKF99/activities/activity/signal1/trigger",
                token, Map.of("source", "camel")).statusCode()).isEqualTo(404);
    }

    @Test
    void answersPlainTextInsideTheMinimumIntervalAndAcceptsAfterIt() {
        // a simulator of its own, with a minimum interval between signals
        try (AdobeCampaignSimulator limited = SimulatorHttp.simulator()
                .clock(clock)
                .signalInterval(Duration.ofMinutes(10))
                .workflow(WorkflowSpec.named("WKF-SIGNAL").initialState("started").signal("signal1", "count"))
                .build().start()) {
            SimulatorHttp limitedHttp = new SimulatorHttp(limited);
            String limitedToken = limited.issueToken();

            assertThat(limitedHttp.post(TRIGGER, limitedToken, Map.of("source", "first")).statusCode()).isEqualTo(200);

            clock.add(Duration.ofMinutes(9));
            HttpResponse<String> tooSoon = limitedHttp.post(TRIGGER, limitedToken, Map.of("source", "second"));
            assertThat(tooSoon.statusCode()).isEqualTo(400);
            assertThat(tooSoon.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
            assertThat(tooSoon.body()).isNotBlank();
            assertThatThrownBy(() -> SimulatorHttp.MAPPER.readTree(tooSoon.body())).isInstanceOf(JsonProcessingException.class);

            clock.add(Duration.ofMinutes(1));
            assertThat(limitedHttp.post(TRIGGER, limitedToken, Map.of("source", "third")).statusCode()).isEqualTo(200);
            assertThat(limited.signals("WKF-SIGNAL")).extracting(ReceivedSignal::source).containsExactly("first", "third");
        }
    }
}
