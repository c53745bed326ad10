package io.github.campaignworkflow.simulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static io.github.campaignworkflow.simulator.SimulatorHttp.jsonMap;
import static org.assertj.core.api.Assertions.assertThat;

class ThrottlingTest {

    private static final String WKF12 = "/acme/campaign/workflow/execution/WKF12";

    private AdobeCampaignSimulator sim;

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void everyThirdApiRequestGets429WithRetryAfterAndImsIsNotCounted() {
        sim = SimulatorHttp.simulator().workflow("WKF12").throttleEvery(3, Duration.ofSeconds(2)).build().start();
        SimulatorHttp http = new SimulatorHttp(sim);
        String token = http.fetchToken();         // IMS: not counted
        http.fetchToken();

        assertThat(http.get(WKF12, token).statusCode()).isEqualTo(200);   // 1
        assertThat(http.get(WKF12, token).statusCode()).isEqualTo(200);   // 2
        HttpResponse<String> throttled = http.get(WKF12, token);           // 3
        assertThat(http.get(WKF12, token).statusCode()).isEqualTo(200);   // 4
        assertThat(http.get(WKF12, token).statusCode()).isEqualTo(200);   // 5
        assertThat(http.command("WKF12", token, "start").statusCode()).isEqualTo(429); // 6

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(jsonMap(throttled)).isEqualTo(Map.of("error_code", "429050", "message", "Too many requests"));
        assertThat(sim.commands("WKF12")).isEmpty();
    }

    @Test
    void retryAfterIsRoundedUpToWholeSecondsAndThrottlingCanBeChangedWhileServing() {
        sim = SimulatorHttp.simulator().workflow("WKF12").build().start();
        SimulatorHttp http = new SimulatorHttp(sim);
        String token = sim.issueToken();
        assertThat(http.get(WKF12, token).statusCode()).isEqualTo(200);

        sim.throttleEvery(1, Duration.ofMillis(1500));
        HttpResponse<String> throttled = http.get(WKF12, token);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("2");

        sim.throttleEvery(0, Duration.ZERO);
        assertThat(http.get(WKF12, token).statusCode()).isEqualTo(200);
    }
}
