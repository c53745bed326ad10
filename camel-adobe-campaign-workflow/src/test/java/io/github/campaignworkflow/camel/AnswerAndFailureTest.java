package io.github.campaignworkflow.camel;

import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/** The body and headers after a call, and AdobeWorkflowException for a refusal, as the contract says. */
class AnswerAndFailureTest extends WorkflowTestSupport {

    private void answerCommandsWith(int status, String contentType, String body) {
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", contentType).withBody(body)));
    }

    @Test
    void aTextAnswerStaysText() {
        answerCommandsWith(200, "text/plain", "Command saved");

        Exchange result = template.request("adobe-workflow:WKF12?command=start", null);

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("Command saved");
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.HTTP_RESPONSE_CODE)).isEqualTo(200);
    }

    @Test
    void aStatusFieldIsTheStateWhenThereIsNoStateField() {
        answerCommandsWith(200, "application/json", "{\"status\":\"paused\"}");

        Exchange result = template.request("adobe-workflow:WKF12?command=pause", null);

        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.STATE)).isEqualTo("paused");
    }

    @Test
    void aStateHeaderFromAnEarlierCallIsNotLeftOnTheMessage() {
        answerCommandsWith(200, "application/json", "{}");

        Exchange result = template.request("adobe-workflow:WKF12?command=pause",
                e -> e.getMessage().setHeader(AdobeWorkflowConstants.STATE, "stale"));

        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.STATE)).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo(Map.of());
    }

    @Test
    void aGatewayRefusalCarriesItsErrorCode() {
        answerCommandsWith(401, "application/json", "{\"error_code\":\"401013\",\"message\":\"Oauth token is not valid\"}");

        Exchange result = assertFailed(template.request("adobe-workflow:WKF12?command=start", null));

        AdobeWorkflowException e = result.getException(AdobeWorkflowException.class);
        assertThat(e).isNotNull();
        assertThat(e.getStatusCode()).isEqualTo(401);
        assertThat(e.getErrorCode()).isEqualTo("401013");
        assertThat(e.getResponseBody()).isEqualTo("{\"error_code\":\"401013\",\"message\":\"Oauth token is not valid\"}");
        assertThat(e.getWorkflowId()).isEqualTo("WKF12");
        assertThat(e.getCommand()).isEqualTo("start");
        assertThat(e.getMessage()).isEqualTo(
                "Adobe Campaign answered 401 to POST " + COMMANDS_PATH
                                             + " (command start, workflow WKF12): error 401013 Oauth token is not valid");
        assertThat(e.getMessage()).doesNotContain(TOKEN).doesNotContain(API_KEY);
        // a fixed token is never renewed: one request only
        assertThat(requests()).hasSize(1);
    }

    @Test
    void aNotFoundSaysTheWorkflowIdMayHaveChanged() {
        answerCommandsWith(404, "application/json", "{\"code\":404,\"message\":\"The workflow 'WKF12' does not exist.\"}");

        Exchange result = assertFailed(template.request("adobe-workflow:WKF12?command=stop", null));

        AdobeWorkflowException e = result.getException(AdobeWorkflowException.class);
        assertThat(e.getStatusCode()).isEqualTo(404);
        assertThat(e.getErrorCode()).isEqualTo("404");
        assertThat(e.isWorkflowNotFound()).isTrue();
        assertThat(e.getMessage()).isEqualTo(
                "Adobe Campaign answered 404 to POST " + COMMANDS_PATH + " (command stop, workflow WKF12): error 404"
                                             + " The workflow 'WKF12' does not exist. The workflow ID 'WKF12' may have"
                                             + " been changed in Adobe Campaign: requests to an old ID stop working");
    }

    @Test
    void aNotFoundThatAlreadySaysTheIdMayHaveChangedIsOneCleanSentence() {
        // the simulator's (and Campaign's) words already carry the hint: it is not said twice
        answerCommandsWith(404, "application/json", "{\"code\":404,\"message\":\"The workflow 'WKF99' does not exist."
                                                    + " Check the workflow ID: it may have been changed in Campaign.\"}");

        Exchange result = assertFailed(template.request("adobe-workflow:WKF99?command=start", null));

        AdobeWorkflowException e = result.getException(AdobeWorkflowException.class);
        assertThat(e.isWorkflowNotFound()).isTrue();
        assertThat(e.getMessage()).isEqualTo("Adobe Campaign answered 404 to POST /acme/campaign/workflow/execution/WKF99"
                                             + "/commands (command start, workflow WKF99): error 404 The workflow 'WKF99'"
                                             + " does not exist. Check the workflow ID: it may have been changed in"
                                             + " Campaign.");
    }

    @Test
    void campaignSayingTheWorkflowDoesNotExistGetsTheHintToo() {
        answerCommandsWith(400, "application/json",
                "{\"code\":400,\"message\":\"XTK-170006 Workflow 'WKF12' doesn't exist\"}");

        Exchange result = assertFailed(template.request("adobe-workflow:WKF12?command=start", null));

        AdobeWorkflowException e = result.getException(AdobeWorkflowException.class);
        assertThat(e.getErrorCode()).isEqualTo("XTK-170006");
        assertThat(e.isWorkflowNotFound()).isTrue();
        assertThat(e.getMessage()).contains("may have been changed in Adobe Campaign");
    }

    @Test
    void aCampaignCodeInsideTheMessageIsTheErrorCode() {
        answerCommandsWith(400, "application/json",
                "{\"code\":400,\"message\":\"RST-360011 An error has occurred - please contact your administrator.\"}");

        Exchange result = assertFailed(template.request("adobe-workflow:WKF12?command=start", null));

        AdobeWorkflowException e = result.getException(AdobeWorkflowException.class);
        assertThat(e.getErrorCode()).isEqualTo("RST-360011");
        assertThat(e.isWorkflowNotFound()).isFalse();
        assertThat(e.getMessage()).endsWith(
                "(command start, workflow WKF12): error RST-360011 An error has occurred - please contact your"
                + " administrator.");
    }

    @Test
    void aWrongOrganizationAnswerIsReported() {
        answerCommandsWith(500, "application/json",
                "{\"code\":500,\"message\":\"Oops. Something went wrong. Check your URI and try again.\"}");

        Exchange result = assertFailed(template.request("adobe-workflow:WKF12?command=start", null));

        AdobeWorkflowException e = result.getException(AdobeWorkflowException.class);
        assertThat(e.getStatusCode()).isEqualTo(500);
        assertThat(e.getErrorCode()).isEqualTo("500");
        assertThat(e.getMessage()).isEqualTo("Adobe Campaign answered 500 to POST " + COMMANDS_PATH + " (command start,"
                                             + " workflow WKF12): error 500 Oops. Something went wrong. Check your URI"
                                             + " and try again. Adobe's gateway answers this to an unknown"
                                             + " organization: check that 'acme' is your Campaign tenant as it appears"
                                             + " in its URL, such as acme or acme-mkt-stage.");
        assertThat(requests()).hasSize(1);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "502|{\"code\":502,\"message\":\"Oops. Something went wrong. Check your URI and try again.\"}|error 502 Oops."
            + " Something went wrong. Check your URI and try again. Adobe's gateway answers this when the integration or"
            + " the instance's CNAME is not set up.",
            "403|{\"error_code\":\"403023\",\"message\":\"Profile is not valid\"}|error 403023 Profile is not valid."
            + " IMS provisioning does not route organization 'acme' for this credential: check its product profiles in"
            + " Adobe Developer Console." })
    void theGatewaysGenericAnswersSayWhatTheyMean(int status, String body, String end) {
        answerCommandsWith(status, "application/json", body);

        Exchange result = assertFailed(template.request("adobe-workflow:WKF12?command=start", null));

        AdobeWorkflowException e = result.getException(AdobeWorkflowException.class);
        assertThat(e.getStatusCode()).isEqualTo(status);
        assertThat(e.getMessage()).isEqualTo("Adobe Campaign answered " + status + " to POST " + COMMANDS_PATH
                                             + " (command start, workflow WKF12): " + end);
        assertThat(requests()).hasSize(1);
    }

    @Test
    void anHtmlErrorPageIsShortenedInTheMessageButKeptWhole() {
        String page = "<html><body>" + "x".repeat(1000) + "</body></html>";
        answerCommandsWith(500, "text/html", page);

        Exchange result = assertFailed(template.request("adobe-workflow:WKF12?command=start", null));

        AdobeWorkflowException e = result.getException(AdobeWorkflowException.class);
        assertThat(e.getResponseBody()).isEqualTo(page);
        assertThat(e.getErrorCode()).isNull();
        assertThat(e.getMessage()).hasSizeLessThan(500).endsWith("...");
    }

    @Test
    void withoutThrowingTheAnswerIsTheResult() {
        answerCommandsWith(409, "application/json", "{\"code\":409,\"message\":\"not in state paused\",\"state\":\"started\"}");

        Exchange result = template.request("adobe-workflow:WKF12?command=resume&throwExceptionOnFailure=false", null);

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.HTTP_RESPONSE_CODE)).isEqualTo(409);
        assertThat(result.getMessage().getBody())
                .isEqualTo(Map.of("code", 409, "message", "not in state paused", "state", "started"));
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.STATE)).isEqualTo("started");
    }
}
