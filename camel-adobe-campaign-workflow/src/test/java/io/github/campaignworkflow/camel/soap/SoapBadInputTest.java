package io.github.campaignworkflow.camel.soap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.campaignworkflow.camel.AdobeWorkflowConstants;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** With api=soap, what cannot be sent faithfully is refused, naming the value, and nothing is sent. */
class SoapBadInputTest extends SoapTestSupport {

    static Stream<Arguments> badMessages() {
        return Stream.of(
                Arguments.of("WKF\uFFFE", "signal1", null,
                        "Invalid workflow ID: it holds U+FFFE at position 3, which XML 1.0 cannot carry"),
                Arguments.of("WKF12", "sig\u0000nal", null,
                        "Invalid signal activity: it holds U+0000 at position 3, which XML 1.0 cannot carry"),
                Arguments.of("WKF12", "sig\uD800", null,
                        "Invalid signal activity: it holds U+D800 at position 3, which XML 1.0 cannot carry"),
                Arguments.of("WKF12", "signal1", Map.of("v", "a\u0001b"),
                        "Invalid value of signal parameter 'v': it holds U+0001 at position 1, which XML 1.0 cannot"
                                                                        + " carry"),
                Arguments.of("WKF12", "signal1", Map.of("v", "two\nlines"),
                        "Invalid value of signal parameter 'v': it holds U+000A at position 3; Campaign receives it as an"
                                                                        + " attribute of <variables/>, where XML turns"
                                                                        + " line breaks and tabs into spaces"),
                Arguments.of("WKF12", "signal1", Map.of("1st", "x"),
                        "Invalid signal parameter name '1st': with api=soap it becomes an instance variable, whose name"
                                                                     + " matches [A-Za-z_][A-Za-z0-9_]*"),
                Arguments.of("WKF12", "signal1", Map.of("a-b", "x"),
                        "Invalid signal parameter name 'a-b': with api=soap it becomes an instance variable, whose name"
                                                                     + " matches [A-Za-z_][A-Za-z0-9_]*"),
                Arguments.of("WKF12", "signal1", Map.of("nested", Map.of("a", 1)),
                        "Invalid value of signal parameter 'nested': java.util.ImmutableCollections$Map1; with api=soap"
                                                                          + " a value is a string, number or boolean"),
                Arguments.of("WKF12", "signal1", Map.of("list", List.of(1, 2)),
                        "Invalid value of signal parameter 'list': java.util.ImmutableCollections$List12; with"
                                                                        + " api=soap a value is a string, number or"
                                                                        + " boolean"),
                Arguments.of("WKF12", "signal1", nullValue(),
                        "Invalid value of signal parameter 'none': null; with api=soap a value is a string, number or"
                                                                        + " boolean"),
                Arguments.of("WKF12", "signal1", Map.of("when", java.time.LocalDate.of(2026, 12, 2)),
                        "Invalid value of signal parameter 'when': java.time.LocalDate; with api=soap a value is a"
                                                                        + " string, number or boolean"));
    }

    private static Map<String, Object> nullValue() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("none", null);
        return parameters;
    }

    @ParameterizedTest(name = "[{index}] {3}")
    @MethodSource("badMessages")
    void aSignalThatCannotBeWrittenFailsTheExchangeAndSendsNothing(String workflowId, String activity,
                                                                   Map<String, Object> parameters, String message) {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));

        Exchange result = template.request("adobe-workflow:?command=signal", e -> {
            e.getMessage().setHeader(AdobeWorkflowConstants.WORKFLOW_ID, workflowId);
            e.getMessage().setHeader(AdobeWorkflowConstants.SIGNAL_ACTIVITY, activity);
            e.getMessage().setBody(parameters);
        });

        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThat(requests()).isEmpty();
    }

    static Stream<Arguments> badUris() {
        String both = "With api=soap, set either username and password (a Campaign operator) or an IMS credential"
                      + " (clientId/clientSecret, accessToken, accessTokenProvider), not both";
        return Stream.of(
                Arguments.of("adobe-workflow:WKF12?command=start&api=graphql",
                        "Invalid api 'graphql': allowed values are rest (Campaign Standard, and Standard tenants moved to"
                                                                               + " v8) and soap (Campaign v8 and Classic"
                                                                               + " v7)"),
                Arguments.of("adobe-workflow:WKF12?command=start&baseUrl=https://mc.adobe.io",
                        "With api=soap, set baseUrl to your Campaign instance, such as"
                                                                                + " https://acme-mkt.campaign.adobe.com:"
                                                                                + " https://mc.adobe.io is the REST gateway"
                                                                                + " of Campaign Standard, it has no SOAP"
                                                                                + " router"),
                Arguments.of("adobe-workflow:WKF12?command=start&username=ops&password=pw", both),
                Arguments.of("adobe-workflow:WKF12?command=start&accessToken=&clientId=c&clientSecret=s&username=ops"
                             + "&password=pw", both),
                Arguments.of("adobe-workflow:WKF12?command=start&accessToken=&username=ops",
                        "The Campaign operator needs both username and password (password is missing for username"
                                                                                    + " 'ops')"),
                Arguments.of("adobe-workflow:WKF12?command=start&accessToken=&password=pw",
                        "The Campaign operator needs both username and password (username is missing)"),
                Arguments.of("adobe-workflow:WKF12?command=start&accessToken=",
                        "No credentials for api=soap: set username and password (a Campaign operator, Classic v7 and v8"
                                                                     + " before 8.6), or an IMS credential: clientId,"
                                                                     + " clientSecret and scope, or accessToken, or"
                                                                     + " accessTokenProvider (v8.5+)"),
                Arguments.of("adobe-workflow:WKF12?command=start&api=rest&organization=acme&apiKey=k&username=ops&password=pw",
                        "The options username and password are for api=soap (a Campaign operator's Logon); the REST"
                                                                               + " API of Campaign Standard takes an"
                                                                               + " OAuth credential, accessToken or"
                                                                               + " accessTokenProvider"),
                Arguments.of("adobe-workflow:WKF/12?command=start",
                        "Invalid workflow ID (endpoint URI) 'WKF/12': it must be a single path segment: not empty, not"
                                                                     + " '.' or '..', and without '/', '\\', '?', '#',"
                                                                     + " '%', white space or control characters"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badUris")
    void aBadUriFailsWhenTheEndpointIsCreated(String uri, String message) {
        assertThatThrownBy(() -> context.getEndpoint(uri)).isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause().isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThat(requests()).isEmpty();
    }
}
