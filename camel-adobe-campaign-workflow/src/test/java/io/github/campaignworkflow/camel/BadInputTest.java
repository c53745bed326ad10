package io.github.campaignworkflow.camel;

import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input is refused with a message naming the value and what is allowed, and nothing is sent. */
class BadInputTest extends WorkflowTestSupport {

    private static final String SEGMENT_RULE = "it must be a single path segment: not empty, not '.' or '..', and"
                                               + " without '/', '\\', '?', '#', '%', white space or control characters";

    static Stream<Arguments> badHeaders() {
        return Stream.of(
                Arguments.of(Map.of(AdobeWorkflowConstants.WORKFLOW_ID, "WKF/12"),
                        "Invalid workflow ID (header CamelAdobeWorkflowId) 'WKF/12': " + SEGMENT_RULE),
                Arguments.of(Map.of(AdobeWorkflowConstants.WORKFLOW_ID, ".."),
                        "Invalid workflow ID (header CamelAdobeWorkflowId) '..': " + SEGMENT_RULE),
                Arguments.of(Map.of(AdobeWorkflowConstants.WORKFLOW_ID, "."),
                        "Invalid workflow ID (header CamelAdobeWorkflowId) '.': " + SEGMENT_RULE),
                Arguments.of(Map.of(AdobeWorkflowConstants.WORKFLOW_ID, "..\\admin"),
                        "Invalid workflow ID (header CamelAdobeWorkflowId) '..\\admin': " + SEGMENT_RULE),
                Arguments.of(Map.of(AdobeWorkflowConstants.WORKFLOW_ID, "WKF12?x=1"),
                        "Invalid workflow ID (header CamelAdobeWorkflowId) 'WKF12?x=1': " + SEGMENT_RULE),
                Arguments.of(Map.of(AdobeWorkflowConstants.WORKFLOW_ID, "WKF12#top"),
                        "Invalid workflow ID (header CamelAdobeWorkflowId) 'WKF12#top': " + SEGMENT_RULE),
                Arguments.of(Map.of(AdobeWorkflowConstants.WORKFLOW_ID, "WKF%2F12"),
                        "Invalid workflow ID (header CamelAdobeWorkflowId) 'WKF%2F12': " + SEGMENT_RULE),
                Arguments.of(Map.of(AdobeWorkflowConstants.WORKFLOW_ID, "WKF 12"),
                        "Invalid workflow ID (header CamelAdobeWorkflowId) 'WKF 12': " + SEGMENT_RULE),
                Arguments.of(Map.of(AdobeWorkflowConstants.WORKFLOW_ID, "WKF12\n"),
                        "Invalid workflow ID (header CamelAdobeWorkflowId) 'WKF12\\u000a': " + SEGMENT_RULE),
                Arguments.of(Map.of(AdobeWorkflowConstants.WORKFLOW_ID, "WKF\u000012"),
                        "Invalid workflow ID (header CamelAdobeWorkflowId) 'WKF\\u000012': " + SEGMENT_RULE),
                Arguments.of(Map.of(AdobeWorkflowConstants.WORKFLOW_ID, "WKF\u00a012"),
                        "Invalid workflow ID (header CamelAdobeWorkflowId) 'WKF\u00a012': " + SEGMENT_RULE),
                Arguments.of(Map.of(AdobeWorkflowConstants.WORKFLOW_ID, ""),
                        "The header CamelAdobeWorkflowId is present but blank: give a value or remove the header"),
                Arguments.of(Map.of(AdobeWorkflowConstants.WORKFLOW_ID, "   "),
                        "The header CamelAdobeWorkflowId is present but blank: give a value or remove the header"),
                Arguments.of(Map.of(AdobeWorkflowConstants.COMMAND, "restart"),
                        "Unknown workflow command 'restart' in header CamelAdobeWorkflowCommand: allowed values are"
                                                                    + " start, pause, resume, stop, status, signal"
                                                                    + " (case-insensitive)"),
                Arguments.of(Map.of(AdobeWorkflowConstants.COMMAND, ""),
                        "The header CamelAdobeWorkflowCommand is present but blank: give a value or remove the header"),
                Arguments.of(Map.of(AdobeWorkflowConstants.COMMAND, "signal"),
                        "The signal command needs the name of an External signal activity: set the option activity or"
                                                                         + " the header CamelAdobeWorkflowSignalActivity"),
                Arguments.of(Map.of(AdobeWorkflowConstants.COMMAND, "signal",
                        AdobeWorkflowConstants.SIGNAL_ACTIVITY, " "),
                        "The header CamelAdobeWorkflowSignalActivity is present but blank: give a value or remove the"
                                                                      + " header"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("badHeaders")
    void aBadHeaderFailsTheExchangeAndSendsNothing(Map<String, Object> headers, String message) {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));

        Exchange result = template.request("adobe-workflow:WKF12?command=start", e -> e.getMessage().setHeaders(headers));

        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThat(requests()).isEmpty();
    }

    @Test
    void noWorkflowIdAnywhereFailsTheExchange() {
        Exchange result = template.request("adobe-workflow:?command=start", null);

        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class).hasMessage(
                "No workflow ID: give it in the endpoint URI (adobe-workflow:WKF12) or in the header CamelAdobeWorkflowId");
        assertThat(requests()).isEmpty();
    }

    @Test
    void noCommandAnywhereFailsTheExchange() {
        Exchange result = template.request("adobe-workflow:WKF12", null);

        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class).hasMessage(
                "No workflow command: set the option command or the header CamelAdobeWorkflowCommand to one of start,"
                                                                               + " pause, resume, stop, status, signal");
        assertThat(requests()).isEmpty();
    }

    static Stream<Arguments> badUris() {
        return Stream.of(
                Arguments.of("adobe-workflow:WKF12?command=restart",
                        "Unknown workflow command 'restart' in option command: allowed values are start, pause, resume,"
                                                                     + " stop, status, signal (case-insensitive)"),
                Arguments.of("adobe-workflow:..?command=start",
                        "Invalid workflow ID (endpoint URI) '..': " + SEGMENT_RULE),
                Arguments.of("adobe-workflow:.?command=start",
                        "Invalid workflow ID (endpoint URI) '.': " + SEGMENT_RULE),
                // Camel decodes the path of a URI: %2512 arrives as the control character \u0012
                Arguments.of("adobe-workflow:WKF%2512?command=start",
                        "Invalid workflow ID (endpoint URI) 'WKF\\u0012': " + SEGMENT_RULE),
                Arguments.of("adobe-workflow:WKF%2012?command=start",
                        "Invalid workflow ID (endpoint URI) 'WKF 12': " + SEGMENT_RULE),
                Arguments.of("adobe-workflow:WKF12?command=start&organization=acme/other",
                        "Invalid organization 'acme/other': " + SEGMENT_RULE),
                Arguments.of("adobe-workflow:WKF12?command=start&organization=..",
                        "Invalid organization '..': " + SEGMENT_RULE),
                Arguments.of("adobe-workflow:WKF12?command=start&baseUrl=ftp://mc.adobe.io",
                        "Invalid baseUrl 'ftp://mc.adobe.io': it must be an absolute http or https URL with a host and"
                                                                                  + " no user info, query or fragment"),
                Arguments.of("adobe-workflow:WKF12?command=start&baseUrl=RAW(https://mc.adobe.io?x=1)",
                        "Invalid baseUrl 'https://mc.adobe.io?x=1': it must be an absolute http or https URL with a host"
                                                                                        + " and no user info, query or"
                                                                                        + " fragment"),
                Arguments.of("adobe-workflow:WKF12?command=start&maxRetries=-1",
                        "Invalid maxRetries -1: it must be 0 or more"),
                Arguments.of("adobe-workflow:WKF12?command=start&awaitState=started&awaitTimeout=0",
                        "awaitTimeout must be positive, was 0 ms"),
                Arguments.of("adobe-workflow:WKF12?command=start&source=",
                        "The option source must not be blank: it is the source of a signal"),
                Arguments.of("adobe-workflow:WKF12?command=start&proxyHost=127.0.0.1",
                        "The option proxyPort is required with proxyHost 127.0.0.1"),
                Arguments.of("adobe-workflow:WKF12?command=start&proxyHost=127.0.0.1&proxyPort=3128&proxyProtocol=socks",
                        "Invalid proxyProtocol 'socks': allowed values are http, https"),
                Arguments.of("adobe-workflow:WKF12?command=start&maxResponseSize=1023",
                        "Invalid maxResponseSize 1023: it must be 1024 or more"),
                Arguments.of("adobe-workflow:WKF12?command=start&connectionRequestTimeout=0",
                        "Invalid connectionRequestTimeout 0: it must be 1 or more"),
                Arguments.of("adobe-workflow:WKF12?command=status&awaitState=started",
                        "The option awaitState only applies to start, pause, resume and stop, not to status (option"
                                                                                      + " command): remove awaitState or"
                                                                                      + " send an execution command"),
                Arguments.of("adobe-workflow:WKF12?command=SIGNAL&activity=signal1&awaitState=started",
                        "The option awaitState only applies to start, pause, resume and stop, not to signal (option"
                                                                                      + " command): remove awaitState or"
                                                                                      + " send an execution command"));
    }

    static Stream<Arguments> commandsThatCannotBeAwaited() {
        return Stream.of(Arguments.of("status"), Arguments.of("Signal"));
    }

    @ParameterizedTest(name = "[{index}] header command {0} with awaitState")
    @MethodSource("commandsThatCannotBeAwaited")
    void awaitStateWithAHeaderCommandThatCannotBeAwaitedFailsTheExchangeAndSendsNothing(String command) {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));

        Exchange result = template.request("adobe-workflow:WKF12?command=start&awaitState=started&activity=signal1",
                e -> e.getMessage().setHeader(AdobeWorkflowConstants.COMMAND, command));

        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class).hasMessage(
                "The option awaitState only applies to start, pause, resume and stop, not to "
                                                                                   + command.toLowerCase()
                                                                                   + " (header CamelAdobeWorkflowCommand):"
                                                                                   + " remove awaitState or send an"
                                                                                   + " execution command");
        assertThat(requests()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badUris")
    void aBadUriFailsWhenTheEndpointIsCreated(String uri, String message) {
        assertThatThrownBy(() -> context.getEndpoint(uri))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause().isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThat(requests()).isEmpty();
    }

    @Test
    void aMissingOrganizationFailsTheEndpoint() {
        AdobeWorkflowComponent component = context.getComponent("adobe-workflow", AdobeWorkflowComponent.class);
        component.getConfiguration().setOrganization(null);

        assertThatThrownBy(() -> context.getEndpoint("adobe-workflow:WKF12?command=start"))
                .rootCause().isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The option organization is required: the Adobe Campaign tenant in the API path, such as"
                            + " acme or acme-mkt-stage (camel.component.adobe-workflow.organization)");
        assertThat(requests()).isEmpty();
    }

    @Test
    void missingCredentialsFailTheEndpoint() {
        AdobeWorkflowComponent component = context.getComponent("adobe-workflow", AdobeWorkflowComponent.class);
        component.getConfiguration().setAccessToken(null);

        assertThatThrownBy(() -> context.getEndpoint("adobe-workflow:WKF12?command=start"))
                .rootCause().isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No credentials: set clientId, clientSecret and scope (an OAuth Server-to-Server"
                            + " credential), or accessToken, or accessTokenProvider");
        assertThatThrownBy(() -> context.getEndpoint("adobe-workflow:WKF12?command=start&clientId=my-client"))
                .rootCause().isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No credentials: set clientId, clientSecret and scope (an OAuth Server-to-Server"
                            + " credential), or accessToken, or accessTokenProvider (clientSecret is missing for"
                            + " client ID 'my-client')");
        assertThat(requests()).isEmpty();
    }

    @Test
    void aMissingApiKeyFailsTheEndpoint() {
        AdobeWorkflowComponent component = context.getComponent("adobe-workflow", AdobeWorkflowComponent.class);
        component.getConfiguration().setApiKey(null);

        assertThatThrownBy(() -> context.getEndpoint("adobe-workflow:WKF12?command=start"))
                .rootCause().isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The option apiKey is required (the X-Api-Key header), unless clientId is set: it defaults"
                            + " to the client ID");
    }

    @Test
    void optionsChangedAfterTheEndpointWasCreatedCannotBypassItsChecks() {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        AdobeWorkflowEndpoint endpoint = context.getEndpoint("adobe-workflow:WKF12?command=start",
                AdobeWorkflowEndpoint.class);

        assertThatThrownBy(() -> endpoint.setWorkflowId("../admin")).isInstanceOf(IllegalStateException.class);
        endpoint.getConfiguration().setBaseUrl("http://elsewhere.example");
        endpoint.getConfiguration().setOrganization("acme/other");
        Exchange result = template.request(endpoint, null);

        // the endpoint works from what it checked when it was created
        assertThat(result.getException()).isNull();
        assertThat(requests()).hasSize(1);
        assertThat(requests().get(0).getUrl()).isEqualTo("/acme/campaign/workflow/execution/WKF12/commands");
    }

    @Test
    void aConsumerNeedsTheWorkflowIdInItsUri() {
        assertThatThrownBy(() -> context.getEndpoint("adobe-workflow:?command=status").createConsumer(e -> {
        })).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The adobe-workflow consumer needs the workflow ID in its URI, such as adobe-workflow:WKF12");
    }
}
