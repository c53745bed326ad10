package io.github.campaignworkflow.camel;

import java.util.List;

import io.github.campaignworkflow.camel.auth.AccessToken;
import io.github.campaignworkflow.camel.auth.ClientCredentials;
import io.github.campaignworkflow.camel.auth.StaticAccessTokenProvider;
import io.github.campaignworkflow.camel.http.HttpSettings;
import io.github.campaignworkflow.camel.http.ProxySettings;
import io.github.campaignworkflow.camel.http.Secret;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/** Tokens, API keys and client secrets never show: not in URIs Camel prints, logs at any level, nor exceptions. */
class SecretMaskingTest extends WorkflowTestSupport {

    static final String URI_TOKEN = "uri-token-5ec7e7";
    static final String URI_API_KEY = "uri-api-key-0a9b";
    static final String URI_CLIENT_SECRET = "uri-client-secret-77f1";
    static final String SECURED_URI = "adobe-workflow:WKF12?command=start&accessToken=RAW(" + URI_TOKEN
                                      + ")&apiKey=RAW(" + URI_API_KEY + ")&clientId=my-client&clientSecret=RAW("
                                      + URI_CLIENT_SECRET + ")&maxRetries=2";
    static final List<String> SECRETS = List.of(TOKEN, API_KEY, URI_TOKEN, URI_API_KEY, URI_CLIENT_SECRET);

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:secured").routeId("secured").to(SECURED_URI);
            }
        };
    }

    @Test
    void endpointUrisArePrintedMasked() {
        Endpoint endpoint = context.getEndpoint(SECURED_URI);

        String printed = endpoint.toString() + context.getRoute("secured").getEndpoint() + context.getEndpoints()
                         + ((AdobeWorkflowEndpoint) endpoint).describe();

        assertThat(printed).contains("adobe-workflow://WKF12");
        SECRETS.forEach(secret -> assertThat(printed).doesNotContain(secret));
    }

    @Test
    void nothingLoggedAtTraceCarriesASecret() {
        respondInTurn("s", () -> post(urlPathMatching(".*/commands")), aResponse().withStatus(503), aResponse()
                .withStatus(401).withBody("{\"error_code\":\"401013\",\"message\":\"Oauth token is not valid\"}"));

        Exchange result;
        try (LogCapture logs = new LogCapture()) {
            result = template.request("direct:secured", null);
            String text = logs.text();

            assertThat(logs.lines()).as("something was logged at TRACE").isNotEmpty();
            assertThat(text).contains("Retrying POST " + COMMANDS_PATH);
            assertThat(text).contains("Authorization: xxxxxx").contains("X-Api-Key: xxxxxx");
            SECRETS.forEach(secret -> assertThat(text).doesNotContain(secret));
        }
        assertThat(result.getException()).isInstanceOf(AdobeWorkflowException.class);
        // the token from the URI was used on the wire
        assertThat(requests().get(0).getHeader("Authorization")).isEqualTo("Bearer " + URI_TOKEN);
        assertThat(requests().get(0).getHeader("X-Api-Key")).isEqualTo(URI_API_KEY);
    }

    @Test
    void exceptionTextCarriesNoSecret() {
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(401)
                .withBody("{\"error_code\":\"401013\",\"message\":\"Oauth token is not valid\"}")));

        Exchange result = template.request("direct:secured", null);

        AdobeWorkflowException failure = result.getException(AdobeWorkflowException.class);
        assertThat(failure).as("the 401 fails the exchange").isNotNull();
        assertThat(failure).hasMessage("Adobe Campaign answered 401 to POST " + COMMANDS_PATH + " (command start,"
                                       + " workflow WKF12): error 401013 Oauth token is not valid");
        assertThat(failure.getResponseBody()).isEqualTo("{\"error_code\":\"401013\",\"message\":\"Oauth token is not valid\"}");
        assertThat(requests()).as("a fixed token is not renewed").hasSize(1);
        assertNoSecretIn(failure);
    }

    @Test
    void transportFailureTextCarriesNoSecret() {
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse()
                .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

        Exchange result = template.request("direct:secured", null);

        AdobeWorkflowTransportException failure = result.getException(AdobeWorkflowTransportException.class);
        assertThat(failure).as("the dropped connection fails the exchange").isNotNull();
        assertThat(failure.getKind()).isEqualTo(AdobeWorkflowTransportException.Kind.NO_RESPONSE);
        assertThat(failure.getMessage()).startsWith("POST " + COMMANDS_PATH + " to " + baseUrl()
                                                    + " was sent but no valid response came back");
        assertNoSecretIn(failure);
    }

    private static void assertNoSecretIn(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        SECRETS.forEach(secret -> assertThat(all.toString()).doesNotContain(secret));
    }

    @Test
    void secretHoldersMaskThemselves() {
        assertThat(Secret.ofNullable(TOKEN)).hasToString("xxxxxx");
        assertThat(new StaticAccessTokenProvider(Secret.ofNullable(TOKEN)).toString()).doesNotContain(TOKEN);
        assertThat(new io.github.campaignworkflow.camel.http.MaskedHeader("Authorization", "Bearer " + TOKEN))
                .hasToString("Authorization: xxxxxx");
        Secret secret = Secret.ofNullable(URI_CLIENT_SECRET);
        ClientCredentials credentials = new ClientCredentials("my-client", secret, "openid",
                java.net.URI.create("https://ims.example/ims/token/v3?x=1"), java.time.Duration.ofMinutes(5));
        AccessToken token = AccessToken.issued(Secret.ofNullable(TOKEN), 0L,
                java.time.Duration.ofHours(1), java.time.Duration.ofMinutes(5));
        ProxySettings proxy = new ProxySettings("proxy", 3128, "http", Secret.ofNullable("proxy-user"),
                Secret.ofNullable("proxy-password-9"));
        HttpSettings settings = new HttpSettings(1000, 5, new org.apache.camel.support.jsse.SSLContextParameters(), proxy,
                null);
        String printed = credentials + " " + token + " " + proxy + " " + settings;
        assertThat(printed).contains("my-client").doesNotContain(URI_CLIENT_SECRET).doesNotContain(TOKEN)
                .doesNotContain("proxy-user").doesNotContain("proxy-password-9").doesNotContain("x=1");
    }
}
