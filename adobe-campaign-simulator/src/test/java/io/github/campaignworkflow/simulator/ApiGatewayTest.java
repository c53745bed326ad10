package io.github.campaignworkflow.simulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static io.github.campaignworkflow.simulator.SimulatorHttp.jsonMap;
import static org.assertj.core.api.Assertions.assertThat;

/** Token, API key and organization checks that happen before Campaign sees a request. */
class ApiGatewayTest {

    private static final Map<String, Object> INVALID_TOKEN = Map.of("error_code", "401013", "message", "Oauth token is not valid");
    private static final String WKF12 = "/acme/campaign/workflow/execution/WKF12";

    private final MutableClock clock = MutableClock.of(Instant.parse("2025-06-01T08:00:00Z"), ZoneOffset.UTC);
    private AdobeCampaignSimulator sim;
    private SimulatorHttp http;

    @BeforeEach
    void start() {
        sim = SimulatorHttp.simulator().clock(clock).tokenLifetime(Duration.ofHours(24)).workflow("WKF12").build().start();
        http = new SimulatorHttp(sim);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void refusesARequestWithoutToken() {
        HttpResponse<String> response = http.get(WKF12, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(jsonMap(response)).isEqualTo(INVALID_TOKEN);
    }

    @Test
    void refusesATokenThisSimulatorNeverIssued() {
        HttpResponse<String> response = http.get(WKF12, "eyJhbGciOiJSUzI1NiJ9.forged.token");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(jsonMap(response)).isEqualTo(INVALID_TOKEN);
    }

    @Test
    void refusesAMissingOrWrongApiKey() {
        String token = http.fetchToken();

        HttpResponse<String> wrong = SimulatorHttp.send(http.api(WKF12, token).setHeader("X-Api-Key", "another-client").GET());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(jsonMap(wrong)).isEqualTo(INVALID_TOKEN);

        HttpResponse<String> missing = SimulatorHttp.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + WKF12))
                .header("Authorization", "Bearer " + token).GET());
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(jsonMap(missing)).isEqualTo(INVALID_TOKEN);
    }

    @Test
    void refusesATokenOnceItExpired() {
        String token = http.fetchToken();
        assertThat(http.get(WKF12, token).statusCode()).isEqualTo(200);

        clock.add(Duration.ofHours(24).minusSeconds(1));
        assertThat(http.get(WKF12, token).statusCode()).isEqualTo(200);

        clock.add(Duration.ofSeconds(1));
        HttpResponse<String> expired = http.get(WKF12, token);
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(jsonMap(expired)).isEqualTo(INVALID_TOKEN);

        // a fresh token works again
        assertThat(http.get(WKF12, http.fetchToken()).statusCode()).isEqualTo(200);
    }

    @Test
    void issueTokenGivesAStaticTokenWithoutAnImsExchange() {
        String token = sim.issueToken();

        assertThat(http.get(WKF12, token).statusCode()).isEqualTo(200);
        assertThat(sim.tokensIssued()).isZero();
    }

    @Test
    void answers500ForAnUnknownOrganization() {
        HttpResponse<String> response = http.get("/globex/campaign/workflow/execution/WKF12", sim.issueToken());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(jsonMap(response)).isEqualTo(Map.of("code", 500, "message", "Oops. Something went wrong. Check your URI and try again."));
    }

    @Test
    void checksTheTokenBeforeTheOrganization() {
        assertThat(http.get("/globex/campaign/workflow/execution/WKF12", null).statusCode()).isEqualTo(401);
    }

    @Test
    void answers404ForAnUnknownWorkflowSayingItDoesNotExist() {
        HttpResponse<String> response = http.get("/acme/campaign/workflow/execution/WKF99", sim.issueToken());

        assertThat(response.statusCode()).isEqualTo(404);
        Map<String, Object> body = jsonMap(response);
        assertThat(body).containsEntry("code", 404);
        assertThat((String) body.get("message")).contains("'WKF99'").contains("does not exist");
    }

    @Test
    void answers404ForAnUnknownResourceUnderTheOrganization() {
        HttpResponse<String> response = http.get("/acme/campaign/profileAndServices/profile", sim.issueToken());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(jsonMap(response)).containsEntry("code", 404);
    }

    @Test
    void decodesPercentEncodedPathSegments() {
        sim.addWorkflow("WKF 7");

        HttpResponse<String> response = http.get("/acme/campaign/workflow/execution/WKF%207", sim.issueToken());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SimulatorHttp.json(response).get("id").textValue()).isEqualTo("WKF 7");
    }

    @Test
    void answers405ForAWrongMethodOnAKnownResource() {
        HttpResponse<String> response = SimulatorHttp.send(http.api(WKF12, sim.issueToken()).DELETE());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void recordsTheRequestsItReceived() {
        String token = sim.issueToken();
        http.get(WKF12, token);

        assertThat(sim.receivedRequests()).last().satisfies(request -> {
            assertThat(request.getUrl()).isEqualTo(WKF12);
            assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + token);
            assertThat(request.getHeader("Cache-Control")).isEqualTo("no-cache");
        });
    }
}
