package io.github.campaignworkflow.camel;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CamelContext whose adobe-workflow component talks to WireMock on 127.0.0.1, with a static token and API key.
 */
public abstract class WorkflowTestSupport extends CamelTestSupport {

    static final String TOKEN = "static-token-3f9a1c";
    static final String API_KEY = "api-key-77c1e0";
    static final String ORG = "acme";
    static final String COMMANDS_PATH = "/acme/campaign/workflow/execution/WKF12/commands";
    static final String WORKFLOW_PATH = "/acme/campaign/workflow/execution/WKF12";

    /** What HttpClient itself adds to every request, beside the four headers of the contract. */
    protected static final Set<String> TRANSPORT_HEADERS = Set.of("host", "connection", "content-length", "user-agent",
            "accept-encoding");

    static final ObjectMapper JSON = new ObjectMapper();

    protected static WireMockServer wireMock;

    @BeforeAll
    static void startWireMock() {
        wireMock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wireMock.start();
    }

    @AfterAll
    static void stopWireMock() {
        if (wireMock != null) {
            wireMock.stop();
        }
    }

    @BeforeEach
    void resetWireMock() {
        wireMock.resetAll();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        AdobeWorkflowComponent component = new AdobeWorkflowComponent();
        configureComponent(component, component.getConfiguration());
        context.addComponent("adobe-workflow", component);
        return context;
    }

    /** The component's defaults for every test; override to change them. */
    protected void configureComponent(AdobeWorkflowComponent component, AdobeWorkflowConfiguration configuration) {
        configuration.setOrganization(ORG);
        configuration.setBaseUrl(baseUrl());
        configuration.setAccessToken(TOKEN);
        configuration.setApiKey(API_KEY);
        configuration.setRetryDelay(10);
        configuration.setRetryMaxDelay(200);
    }

    /**
     * Stubs {@code request} to be answered with {@code responses} in turn, the last one from then on: a WireMock
     * scenario named {@code scenario}, one per request that answers in turn.
     */
    protected static void respondInTurn(String scenario, Supplier<MappingBuilder> request, ResponseDefinitionBuilder... responses) {
        for (int i = 0; i < responses.length; i++) {
            String step = i == 0 ? Scenario.STARTED : "response " + i;
            String next = i + 1 < responses.length ? "response " + (i + 1) : step;
            wireMock.stubFor(request.get().inScenario(scenario).whenScenarioStateIs(step).willReturn(responses[i])
                    .willSetStateTo(next));
        }
    }

    protected static String baseUrl() {
        return "http://127.0.0.1:" + wireMock.port();
    }

    protected static List<LoggedRequest> requests() {
        return wireMock.findAll(anyRequestedFor(anyUrl()));
    }

    static Map<String, Object> jsonBody(LoggedRequest request) throws Exception {
        return JSON.readValue(request.getBodyAsString(), Map.class);
    }

    /** Asserts the exact request of a workflow command, as Adobe documents it. */
    static void assertCommandRequest(LoggedRequest request, String path, String method) throws Exception {
        assertJsonPost(request, path, Map.of("method", method));
    }

    /** Asserts a POST to Adobe: the path, the four headers of the contract and no other, the parsed JSON body. */
    static void assertJsonPost(LoggedRequest request, String path, Map<String, Object> body) throws Exception {
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        assertThat(request.getUrl()).isEqualTo(path);
        assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(request.getHeader("X-Api-Key")).isEqualTo(API_KEY);
        assertThat(request.getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(jsonBody(request)).isEqualTo(body);
        assertOnlyContractHeaders(request);
    }

    /** Asserts a request carries the contract's headers and what HttpClient adds, nothing from the route. */
    static void assertOnlyContractHeaders(LoggedRequest request) {
        Set<String> names = new TreeSet<>();
        request.getAllHeaderKeys().forEach(name -> names.add(name.toLowerCase()));
        names.removeAll(TRANSPORT_HEADERS);
        names.removeAll(Set.of("content-type", "authorization", "x-api-key", "cache-control"));
        assertThat(names).as("headers beyond the contract's").isEmpty();
    }

    /** The component's I/O threads alive now: the only threads it adds, at most one per pooled connection. */
    static long componentIoThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().contains("AdobeWorkflowIO")).count();
    }

    static Exchange assertFailed(Exchange exchange) {
        assertThat(exchange.getException()).as("the exchange's exception").isNotNull();
        return exchange;
    }
}
