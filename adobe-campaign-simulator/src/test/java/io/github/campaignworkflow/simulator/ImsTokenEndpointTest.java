package io.github.campaignworkflow.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static io.github.campaignworkflow.simulator.SimulatorHttp.jsonMap;
import static io.github.campaignworkflow.simulator.SimulatorHttp.validForm;
import static org.assertj.core.api.Assertions.assertThat;

class ImsTokenEndpointTest {

    private static AdobeCampaignSimulator sim;
    private static SimulatorHttp http;

    @BeforeAll
    static void start() {
        sim = SimulatorHttp.simulator().tokenLifetime(Duration.ofHours(24)).workflow("WKF12").build().start();
        http = new SimulatorHttp(sim);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void issuesABearerTokenForValidClientCredentials() {
        int before = sim.tokensIssued();

        HttpResponse<String> response = http.requestToken(validForm());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode body = SimulatorHttp.json(response);
        assertThat(body.get("access_token").textValue()).isNotBlank();
        assertThat(body.get("token_type").textValue()).isEqualTo("bearer");
        assertThat(body.get("expires_in").longValue()).isEqualTo(86_400L);
        assertThat(body.size()).isEqualTo(3);
        assertThat(sim.tokensIssued()).isEqualTo(before + 1);
        // the token opens the API
        assertThat(http.get("/acme/campaign/workflow/execution/WKF12", body.get("access_token").textValue()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void acceptsASubsetOfTheAllowedScopesAndNoScopeAtAll() {
        Map<String, String> subset = validForm();
        subset.put("scope", "campaign_sdk, openid");
        assertThat(http.requestToken(subset).statusCode()).isEqualTo(200);

        Map<String, String> none = validForm();
        none.remove("scope");
        assertThat(http.requestToken(none).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesAWrongClientSecret() {
        Map<String, String> form = validForm();
        form.put("client_secret", "wrong");
        int before = sim.tokensIssued();

        HttpResponse<String> response = http.requestToken(form);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(jsonMap(response)).isEqualTo(Map.of("error", "invalid_client", "error_description", "invalid client_secret parameter"));
        assertThat(sim.tokensIssued()).isEqualTo(before);
    }

    @Test
    void refusesAnUnknownClientId() {
        Map<String, String> form = validForm();
        form.put("client_id", "someone-else");

        HttpResponse<String> response = http.requestToken(form);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(jsonMap(response)).isEqualTo(Map.of("error", "invalid_client", "error_description", "invalid client_id parameter"));
    }

    @Test
    void refusesAWrongOrMissingGrantType() {
        Map<String, String> wrong = validForm();
        wrong.put("grant_type", "password");
        HttpResponse<String> wrongResponse = http.requestToken(wrong);
        assertThat(wrongResponse.statusCode()).isEqualTo(400);
        assertThat(jsonMap(wrongResponse)).containsEntry("error", "unsupported_grant_type");

        Map<String, String> missing = validForm();
        missing.remove("grant_type");
        HttpResponse<String> missingResponse = http.requestToken(missing);
        assertThat(missingResponse.statusCode()).isEqualTo(400);
        assertThat(jsonMap(missingResponse)).containsEntry("error", "unsupported_grant_type");
    }

    @Test
    void refusesAScopeOutsideTheAllowedSet() {
        Map<String, String> form = validForm();
        form.put("scope", "AdobeID,additional_info.roles");

        HttpResponse<String> response = http.requestToken(form);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(jsonMap(response)).containsEntry("error", "invalid_scope")
                .hasEntrySatisfying("error_description", d -> assertThat((String) d).contains("additional_info.roles"));
    }

    @Test
    void ignoresCredentialsInTheQueryString() {
        String query = SimulatorHttp.formEncode(validForm());
        HttpResponse<String> response = SimulatorHttp.send(HttpRequest.newBuilder(URI.create(sim.tokenUrl() + "?" + query))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(jsonMap(response)).containsEntry("error", "invalid_client");
    }

    @Test
    void refusesABodyThatIsNotFormEncoded() {
        HttpResponse<String> response = SimulatorHttp.send(HttpRequest.newBuilder(URI.create(sim.tokenUrl()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(SimulatorHttp.toJson(validForm()))));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(jsonMap(response)).containsEntry("error", "invalid_request");
    }

    @Test
    void refusesARepeatedField() {
        String body = SimulatorHttp.formEncode(validForm()) + "&client_id=other";
        HttpResponse<String> response = SimulatorHttp.send(HttpRequest.newBuilder(URI.create(sim.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(jsonMap(response)).containsEntry("error", "invalid_request");
    }

    @Test
    void refusesGet() {
        HttpResponse<String> response = SimulatorHttp.send(HttpRequest.newBuilder(URI.create(sim.tokenUrl())).GET());

        assertThat(response.statusCode()).isEqualTo(405);
    }
}
