package io.github.campaignworkflow.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /** A valid form with one field changed, or left out where {@code value} is empty: IMS still issues a token. */
    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(nullValues = "(left out)", value = {
            "scope,        'campaign_sdk, openid'",
            "scope,        (left out)"})
    void acceptsASubsetOfTheAllowedScopesAndNoScopeAtAll(String field, String value) {
        int before = sim.tokensIssued();

        HttpResponse<String> response = http.requestToken(validFormWith(field, value));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(sim.tokensIssued()).isEqualTo(before + 1);
    }

    /** A valid form with one field wrong or left out: IMS's exact OAuth error, and no token. */
    @ParameterizedTest(name = "{0}={1}: {2} {3}")
    @CsvSource(nullValues = "(left out)", value = {
            "client_secret, wrong,                           401, invalid_client,         invalid client_secret parameter",
            "client_id,     someone-else,                    401, invalid_client,         invalid client_id parameter",
            "grant_type,    password,                        400, unsupported_grant_type, grant_type must be client_credentials",
            "grant_type,    (left out),                      400, unsupported_grant_type, grant_type must be client_credentials",
            "scope,         'AdobeID,additional_info.roles', 400, invalid_scope,          invalid scope (additional_info.roles)"})
    void refusesAFormWithAWrongOrMissingField(String field, String value, int status, String error, String description) {
        int before = sim.tokensIssued();

        HttpResponse<String> response = http.requestToken(validFormWith(field, value));

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(jsonMap(response)).isEqualTo(Map.of("error", error, "error_description", description));
        assertThat(sim.tokensIssued()).isEqualTo(before);
    }

    private static Map<String, String> validFormWith(String field, String value) {
        Map<String, String> form = validForm();
        if (value == null) {
            form.remove(field);
        } else {
            form.put(field, value);
        }
        return form;
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
