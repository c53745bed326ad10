package io.github.campaignworkflow.camel;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** One {@code onException(AdobeCampaignException.class)} catches every failure of a request to Adobe. */
class ErrorFamilyTest extends WorkflowTestSupport {

    private static final String IMS_PATH = "/ims/token/v3";

    @Override
    protected void configureComponent(AdobeWorkflowComponent component, AdobeWorkflowConfiguration configuration) {
        super.configureComponent(component, configuration);
        configuration.setAccessToken(null);
        configuration.setClientId("family-client");
        configuration.setClientSecret("family-secret");
        configuration.setTokenUrl(baseUrl() + IMS_PATH);
        configuration.setMaxRetries(0);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(AdobeCampaignException.class).handled(true).to("mock:caught");
                from("direct:request").toD("${header.uri}");
            }
        };
    }

    private static void imsIssuesTheToken() {
        wireMock.stubFor(post(urlPathEqualTo(IMS_PATH))
                .willReturn(okJson("{\"access_token\":\"" + TOKEN + "\",\"expires_in\":3600}")));
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("Adobe refuses: AdobeWorkflowException", "adobe-workflow:WKF12?command=start",
                        (Runnable) () -> {
                            imsIssuesTheToken();
                            wireMock.stubFor(post(urlPathEqualTo(COMMANDS_PATH)).willReturn(aResponse().withStatus(500)));
                        },
                        (Consumer<Exception>) e -> assertThat(e).isInstanceOfSatisfying(AdobeWorkflowException.class,
                                refused -> assertThat(refused.getStatusCode()).isEqualTo(500)),
                        1),
                Arguments.of("no response: AdobeWorkflowTransportException", "adobe-workflow:WKF12?command=start",
                        (Runnable) () -> {
                            imsIssuesTheToken();
                            wireMock.stubFor(post(urlPathEqualTo(COMMANDS_PATH))
                                    .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
                        },
                        (Consumer<Exception>) e -> assertThat(e).isInstanceOfSatisfying(
                                AdobeWorkflowTransportException.class, unanswered -> {
                                    assertThat(unanswered.getKind()).isEqualTo(AdobeWorkflowTransportException.Kind.NO_RESPONSE);
                                    assertThat(unanswered.mayHaveBeenApplied()).isTrue();
                                    assertThat(unanswered.getAttempts()).isEqualTo(1);
                                }),
                        1),
                Arguments.of("no token: AdobeWorkflowAuthenticationException", "adobe-workflow:WKF12?command=start",
                        (Runnable) () -> wireMock.stubFor(post(urlPathEqualTo(IMS_PATH)).willReturn(aResponse()
                                .withStatus(400).withHeader("Content-Type", "application/json")
                                .withBody("{\"error\":\"invalid_client\",\"error_description\":\"invalid client_id\"}"))),
                        (Consumer<Exception>) e -> assertThat(e).isInstanceOfSatisfying(
                                AdobeWorkflowAuthenticationException.class, noToken -> {
                                    assertThat(noToken.getStatusCode()).isEqualTo(400);
                                    assertThat(noToken.getImsError()).isEqualTo("invalid_client");
                                    assertThat(noToken.getMessage()).contains("nothing was sent")
                                            .doesNotContain("family-secret");
                                }),
                        0),
                Arguments.of("state not reached: AdobeWorkflowAwaitTimeoutException",
                        "adobe-workflow:WKF12?command=start&awaitState=finished&awaitTimeout=300&awaitInterval=50",
                        (Runnable) () -> {
                            imsIssuesTheToken();
                            wireMock.stubFor(post(urlPathEqualTo(COMMANDS_PATH)).willReturn(aResponse().withStatus(200)));
                            wireMock.stubFor(get(urlPathEqualTo(WORKFLOW_PATH)).willReturn(okJson("{\"state\":\"started\"}")));
                        },
                        (Consumer<Exception>) e -> assertThat(e).isInstanceOfSatisfying(
                                AdobeWorkflowAwaitTimeoutException.class, late -> {
                                    assertThat(late.getAwaitedStates()).containsExactly("finished");
                                    assertThat(late.getLastState()).isEqualTo("started");
                                }),
                        1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void oneOnExceptionCatchesIt(String name, String uri, Runnable adobe, Consumer<Exception> expected, int posts)
            throws Exception {
        adobe.run();
        MockEndpoint caught = getMockEndpoint("mock:caught");
        caught.expectedMessageCount(1);

        Exchange result = template.request("direct:request", e -> e.getMessage().setHeader("uri", uri));

        caught.assertIsSatisfied();
        assertThat(result.getException()).as("handled by the one onException").isNull();
        Exception failure = caught.getExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        assertThat(failure).isInstanceOf(AdobeCampaignException.class);
        expected.accept(failure);
        List<LoggedRequest> commands = wireMock.findAll(postRequestedFor(urlPathEqualTo(COMMANDS_PATH)));
        assertThat(commands).hasSize(posts);
        for (LoggedRequest command : commands) {
            assertCommandRequest(command, COMMANDS_PATH, "start");
        }
    }
}
