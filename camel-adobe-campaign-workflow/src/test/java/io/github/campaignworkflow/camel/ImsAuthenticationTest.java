package io.github.campaignworkflow.camel;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.campaignworkflow.camel.auth.AccessTokenProvider;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.net.WWWFormCodec;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/** OAuth Server-to-Server credentials: tokens from IMS, cached, fetched once for many, renewed, recovering from 401. */
class ImsAuthenticationTest extends WorkflowTestSupport {

    static final String CLIENT_ID = "campaign-client-1";
    static final String CLIENT_SECRET = "p@ss&word=1+2 secret";
    static final String SCOPE = "AdobeID,openid,campaign_sdk";
    static final String IMS_PATH = "/ims/token/v3";
    static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");

    private final MutableClock clock = MutableClock.of(T0, ZoneOffset.UTC);

    @Override
    protected void configureComponent(AdobeWorkflowComponent component, AdobeWorkflowConfiguration configuration) {
        super.configureComponent(component, configuration);
        configuration.setAccessToken(null);
        configuration.setApiKey(null);
        configuration.setClientId(CLIENT_ID);
        configuration.setClientSecret(CLIENT_SECRET);
        configuration.setScope(SCOPE);
        configuration.setTokenUrl(baseUrl() + IMS_PATH);
        component.setClock(clock);
    }

    private static void imsIssues(String token, long expiresIn) {
        wireMock.stubFor(post(urlPathEqualTo(IMS_PATH)).willReturn(okJson(
                "{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\",\"expires_in\":" + expiresIn + "}")));
    }

    private static void apiAccepts() {
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(200)));
    }

    private static List<LoggedRequest> imsRequests() {
        return wireMock.findAll(postRequestedFor(urlPathEqualTo(IMS_PATH)));
    }

    private static List<LoggedRequest> apiRequests() {
        return wireMock.findAll(postRequestedFor(urlPathMatching("/acme/.*")));
    }

    private static Map<String, String> form(LoggedRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (NameValuePair pair : WWWFormCodec.parse(request.getBodyAsString(), StandardCharsets.UTF_8)) {
            assertThat(fields.put(pair.getName(), pair.getValue())).as("field %s once", pair.getName()).isNull();
        }
        return fields;
    }

    @Test
    void theTokenRequestIsExactlyAsImsDocumentsIt() throws Exception {
        imsIssues("ims-token-A", 86399);
        apiAccepts();

        Exchange result = template.request("adobe-workflow:WKF12?command=start", null);

        assertThat(result.getException()).isNull();
        LoggedRequest tokenRequest = imsRequests().get(0);
        assertThat(tokenRequest.getMethod().getName()).isEqualTo("POST");
        assertThat(tokenRequest.getUrl()).isEqualTo(IMS_PATH);
        assertThat(tokenRequest.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(form(tokenRequest)).containsExactly(Map.entry("grant_type", "client_credentials"),
                Map.entry("client_id", CLIENT_ID), Map.entry("client_secret", CLIENT_SECRET), Map.entry("scope", SCOPE));
        LoggedRequest command = apiRequests().get(0);
        assertThat(command.getHeader("Authorization")).isEqualTo("Bearer ims-token-A");
        // the API key of an OAuth Server-to-Server credential is its client ID
        assertThat(command.getHeader("X-Api-Key")).isEqualTo(CLIENT_ID);
        assertThat(jsonBody(command)).isEqualTo(Map.of("method", "start"));
    }

    @Test
    void theTokenIsReusedUntilItsRefreshMargin() {
        imsIssues("ims-token-A", 3600); // margin: the larger of 5 minutes and 10 % (6 minutes)
        apiAccepts();

        template.request("adobe-workflow:WKF12?command=start", null);
        clock.add(Duration.ofMinutes(53).plusSeconds(59));
        template.request("adobe-workflow:WKF12?command=pause", null);
        assertThat(imsRequests()).hasSize(1);

        imsIssues("ims-token-B", 3600);
        clock.add(Duration.ofSeconds(2)); // 54:01, past the refresh time, before expiry
        template.request("adobe-workflow:WKF12?command=resume", null);

        assertThat(imsRequests()).hasSize(2);
        assertThat(apiRequests()).extracting(r -> r.getHeader("Authorization"))
                .containsExactly("Bearer ims-token-A", "Bearer ims-token-A", "Bearer ims-token-B");
    }

    @Test
    void aConfiguredMarginIsHonoured() {
        imsIssues("ims-token-A", 3600);
        apiAccepts();

        template.request("adobe-workflow:WKF12?command=start&tokenRefreshMargin=20m", null);
        clock.add(Duration.ofMinutes(39));
        template.request("adobe-workflow:WKF12?command=start&tokenRefreshMargin=20m", null);
        assertThat(imsRequests()).hasSize(1);
        clock.add(Duration.ofMinutes(2));
        template.request("adobe-workflow:WKF12?command=start&tokenRefreshMargin=20m", null);
        assertThat(imsRequests()).hasSize(2);
    }

    @Test
    void sixtyFourConcurrentFirstSendsCauseOneTokenRequest() throws Exception {
        wireMock.stubFor(post(urlPathEqualTo(IMS_PATH)).willReturn(okJson(
                "{\"access_token\":\"ims-token-A\",\"expires_in\":86399}").withFixedDelay(300)));
        apiAccepts();
        ExecutorService senders = Executors.newFixedThreadPool(64);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Exchange>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(senders.submit(() -> {
                    go.await();
                    return template.request("adobe-workflow:WKF12?command=start&maxConnections=64", null);
                }));
            }
            go.countDown();
            for (Future<Exchange> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS).getException()).isNull();
            }
        } finally {
            senders.shutdownNow();
        }
        assertThat(imsRequests()).hasSize(1);
        assertThat(apiRequests()).hasSize(64).allSatisfy(
                r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer ims-token-A"));
    }

    @Test
    void a401DropsTheTokenFetchesANewOneAndSendsOnceMore() {
        respondInTurn("ims", () -> post(urlPathEqualTo(IMS_PATH)),
                okJson("{\"access_token\":\"ims-token-A\",\"expires_in\":86399}"),
                okJson("{\"access_token\":\"ims-token-B\",\"expires_in\":86399}"));
        wireMock.stubFor(post(urlPathMatching(".*/commands")).withHeader("Authorization", equalTo("Bearer ims-token-A"))
                .willReturn(aResponse().withStatus(401)
                        .withBody("{\"error_code\":\"401013\",\"message\":\"Oauth token is not valid\"}")));
        wireMock.stubFor(post(urlPathMatching(".*/commands")).withHeader("Authorization", equalTo("Bearer ims-token-B"))
                .willReturn(aResponse().withStatus(200)));

        Exchange result = template.request("adobe-workflow:WKF12?command=start", null);

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.HTTP_RESPONSE_CODE)).isEqualTo(200);
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.ATTEMPTS)).isEqualTo(2);
        assertThat(imsRequests()).hasSize(2);
        assertThat(apiRequests()).extracting(r -> r.getHeader("Authorization"))
                .containsExactly("Bearer ims-token-A", "Bearer ims-token-B");
    }

    @Test
    void aSecond401FailsTheExchange() {
        imsIssues("ims-token-A", 86399);
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(401)
                .withBody("{\"error_code\":\"401013\",\"message\":\"Oauth token is not valid\"}")));

        Exchange result = template.request("adobe-workflow:WKF12?command=start", null);

        AdobeWorkflowException failure = result.getException(AdobeWorkflowException.class);
        assertThat(failure.getStatusCode()).isEqualTo(401);
        assertThat(failure.getErrorCode()).isEqualTo("401013");
        assertThat(apiRequests()).hasSize(2);
        assertThat(imsRequests()).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void aRevokedCredentialCausesAtMostOneImsRequestPer10SecondsOf401s() {
        imsIssues("ims-token-A", 86399);
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(401)
                .withBody("{\"error_code\":\"401013\",\"message\":\"Oauth token is not valid\"}")));

        for (int i = 0; i < 100; i++) {
            Exchange result = template.request("adobe-workflow:WKF12?command=start", null);
            assertThat(result.getException(AdobeWorkflowException.class).getStatusCode()).isEqualTo(401);
        }
        // the first token, and one renewal for the first 401; the other 401s within 10 s stand
        assertThat(imsRequests()).hasSize(2);
        assertThat(apiRequests()).hasSize(101);

        clock.add(Duration.ofSeconds(10));
        Exchange later = template.request("adobe-workflow:WKF12?command=start", null);
        assertThat(later.getException(AdobeWorkflowException.class).getStatusCode()).isEqualTo(401);
        assertThat(imsRequests()).as("one more renewal once the window has passed").hasSize(3);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "expires_in {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = { "", "\"soon\"", "0", "-5", "1.5", "20000000000000000",
            "1e400", "null" })
    void aTokenWithoutAUsableLifetimeFailsAndBacksOff(String expiresIn) {
        String field = expiresIn.isEmpty() ? "" : ",\"expires_in\":" + expiresIn;
        wireMock.stubFor(post(urlPathEqualTo(IMS_PATH)).willReturn(okJson(
                "{\"access_token\":\"ims-token-A\",\"token_type\":\"bearer\"" + field + "}")));
        apiAccepts();

        Exchange first = template.request("adobe-workflow:WKF12?command=start", null);
        assertThat(first.getException(AdobeWorkflowAuthenticationException.class).getMessage())
                .contains("a token without a usable expires_in").doesNotContain("ims-token-A");
        Exchange second = template.request("adobe-workflow:WKF12?command=start", null);
        assertThat(second.getException(AdobeWorkflowAuthenticationException.class).getMessage())
                .contains("(not asked again before " + T0.plusSeconds(1) + ")");
        assertThat(imsRequests()).hasSize(1);
        assertThat(apiRequests()).isEmpty();

        // once IMS answers properly, the back-off ends and the cache works again: nothing stuck, nothing overflowing
        clock.add(Duration.ofSeconds(2));
        imsIssues("ims-token-B", 86399);
        Exchange recovered = template.request("adobe-workflow:WKF12?command=start", null);
        assertThat(recovered.getException()).isNull();
        assertThat(apiRequests()).extracting(r -> r.getHeader("Authorization")).containsExactly("Bearer ims-token-B");
    }

    @Test
    void aLifetimeOverADayIsUsedAsADay() {
        imsIssues("ims-token-A", 200_000); // 55 hours
        apiAccepts();

        template.request("adobe-workflow:WKF12?command=start", null);
        clock.add(Duration.ofHours(23)); // within 24 h less its 10 % margin (2.4 h): 21.6 h
        template.request("adobe-workflow:WKF12?command=start", null);
        assertThat(imsRequests()).as("replaced after 21.6 h, not after 49.5 h").hasSize(2);
    }

    @Test
    void aFixedTokenIsNeverRefreshed() {
        imsIssues("ims-token-A", 86399);
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(401)));

        Exchange result = template.request("adobe-workflow:WKF12?command=start&accessToken=RAW(fixed-token)", null);

        assertThat(result.getException(AdobeWorkflowException.class).getStatusCode()).isEqualTo(401);
        assertThat(apiRequests()).hasSize(1);
        assertThat(imsRequests()).isEmpty();
    }

    @Test
    void imsRefusingTheCredentialFailsClearlyAndNothingGoesToTheApi() {
        wireMock.stubFor(post(urlPathEqualTo(IMS_PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_client\",\"error_description\":\"invalid client_secret parameter\"}")));
        apiAccepts();

        Exchange result = template.request("adobe-workflow:WKF12?command=start", null);

        AdobeWorkflowAuthenticationException failure = result.getException(AdobeWorkflowAuthenticationException.class);
        assertThat(failure).hasMessage("No access token for adobe-workflow://WKF12?command=start, nothing was sent:"
                                       + " Adobe IMS at " + baseUrl() + IMS_PATH + " refused a token for client ID '"
                                       + CLIENT_ID + "': HTTP 401 invalid_client (invalid client_secret parameter)");
        assertThat(failure.getMessage()).doesNotContain(CLIENT_SECRET);
        assertThat(apiRequests()).isEmpty();
    }

    @Test
    void anInvalidScopeIsReported() {
        wireMock.stubFor(post(urlPathEqualTo(IMS_PATH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_scope\",\"error_description\":\"Invalid scope (campaign_sdkx)\"}")));

        Exchange result = template.request("adobe-workflow:WKF12?command=start", null);

        assertThat(result.getException(AdobeWorkflowAuthenticationException.class).getMessage())
                .endsWith("refused a token for client ID '" + CLIENT_ID
                          + "': HTTP 400 invalid_scope (Invalid scope (campaign_sdkx))");
        assertThat(apiRequests()).isEmpty();
    }

    @Test
    void aTokenlessOrMalformedAnswerIsReported() {
        wireMock.stubFor(post(urlPathEqualTo(IMS_PATH)).willReturn(okJson("{\"token_type\":\"bearer\"}")));

        Exchange tokenless = template.request("adobe-workflow:WKF12?command=start", null);
        assertThat(tokenless.getException(AdobeWorkflowAuthenticationException.class).getMessage())
                .endsWith("Adobe IMS at " + baseUrl() + IMS_PATH + " answered HTTP 200 for client ID '" + CLIENT_ID
                          + "' without an access_token");

        clock.add(Duration.ofMinutes(1)); // past the failure back-off
        wireMock.stubFor(post(urlPathEqualTo(IMS_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html>gateway</html>")));
        Exchange malformed = template.request("adobe-workflow:WKF12?command=start", null);
        assertThat(malformed.getException(AdobeWorkflowAuthenticationException.class).getMessage())
                .endsWith("without an access_token (the response is not JSON)");
        assertThat(apiRequests()).isEmpty();
    }

    @Test
    void anUnreachableImsIsReportedAndRetriedAfterABackOffNotBefore() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String unreachable = "adobe-workflow:WKF12?command=start&tokenUrl=http://127.0.0.1:" + closedPort + IMS_PATH;
        apiAccepts();

        Exchange first = template.request(unreachable, null);
        assertThat(first.getException(AdobeWorkflowAuthenticationException.class).getMessage())
                .contains("Adobe IMS at http://127.0.0.1:" + closedPort + IMS_PATH + " could not be reached for client ID '"
                          + CLIENT_ID + "': POST " + IMS_PATH + " to http://127.0.0.1:" + closedPort
                          + " was not sent: HttpHostConnectException");

        // within the back-off the failure is answered without asking IMS again
        Exchange second = template.request(unreachable, null);
        assertThat(second.getException(AdobeWorkflowAuthenticationException.class).getMessage())
                .contains("(not asked again before " + T0.plusSeconds(1) + ")");
        assertThat(apiRequests()).isEmpty();
        assertThat(imsRequests()).isEmpty();
    }

    @Test
    void aFailedFetchIsNotCachedForever() {
        wireMock.stubFor(post(urlPathEqualTo(IMS_PATH)).willReturn(aResponse().withStatus(503)));
        apiAccepts();

        template.request("adobe-workflow:WKF12?command=start", null);
        template.request("adobe-workflow:WKF12?command=start", null);
        assertThat(imsRequests()).as("the second exchange waits for the back-off").hasSize(1);

        imsIssues("ims-token-A", 86399);
        clock.add(Duration.ofMillis(1001));
        Exchange recovered = template.request("adobe-workflow:WKF12?command=start", null);

        assertThat(recovered.getException()).isNull();
        assertThat(imsRequests()).hasSize(2);
        assertThat(apiRequests()).hasSize(1);
    }

    @Test
    void endpointsWithTheSameCredentialShareOneTokenAndOthersHaveTheirOwn() {
        imsIssues("ims-token-A", 86399);
        apiAccepts();

        template.request("adobe-workflow:WKF12?command=start", null);
        template.request("adobe-workflow:WKF13?command=stop&responseTimeout=5000", null);
        template.request("adobe-workflow:?command=pause", e -> e.getMessage().setHeader(AdobeWorkflowConstants.WORKFLOW_ID, "WKF14"));
        assertThat(imsRequests()).hasSize(1);

        template.request("adobe-workflow:WKF12?command=start&scope=AdobeID,openid", null);
        template.request("adobe-workflow:WKF12?command=start&clientId=other-client&clientSecret=RAW(other-secret)", null);

        assertThat(imsRequests()).hasSize(3);
        assertThat(imsRequests()).extracting(r -> form(r).get("client_id") + " " + form(r).get("scope"))
                .containsExactly(CLIENT_ID + " " + SCOPE, CLIENT_ID + " AdobeID,openid", "other-client " + SCOPE);
    }

    @Test
    void aCustomProviderBeanSuppliesTokensAndMayRenewThem() {
        apiAccepts();
        wireMock.stubFor(post(urlPathMatching(".*/commands")).withHeader("Authorization", equalTo("Bearer vault-1"))
                .willReturn(aResponse().withStatus(401)));
        AccessTokenProvider vault = new AccessTokenProvider() {
            private volatile String current = "vault-1";

            @Override
            public String getAccessToken() {
                return current;
            }

            @Override
            public boolean invalidate(String rejectedToken) {
                current = "vault-2";
                return true;
            }
        };
        context.getRegistry().bind("vault", vault);

        Exchange result = template.request("adobe-workflow:WKF12?command=start&accessTokenProvider=#vault&apiKey=vault-key", null);

        assertThat(result.getException()).isNull();
        assertThat(apiRequests()).extracting(r -> r.getHeader("Authorization")).containsExactly("Bearer vault-1",
                "Bearer vault-2");
        assertThat(apiRequests().get(1).getHeader("X-Api-Key")).isEqualTo("vault-key");
        assertThat(imsRequests()).isEmpty();
    }

    @Test
    void theProducerHealthCheckIsDownWithWhatImsSaidAndUpWithAToken() throws Exception {
        context.getCamelContextExtension().getContextPlugin(HealthCheckRegistry.class).setEnabled(true);
        wireMock.stubFor(post(urlPathEqualTo(IMS_PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_client\",\"error_description\":\"invalid client_id parameter\"}")));
        context.getEndpoint("adobe-workflow:WKF12?command=start").createProducer().start();

        HealthCheck.Result down = producerCheck();
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("HTTP 401 invalid_client"));
        assertThat(down.getDetails()).containsEntry("service.error.code", "invalid_client")
                .containsEntry("service.status.code", 401);

        imsIssues("ims-token-A", 86399);
        clock.add(Duration.ofMinutes(1));
        assertThat(producerCheck().getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(imsRequests()).hasSize(2);
        assertThat(producerCheck().getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(imsRequests()).as("a healthy check answers from the cache").hasSize(2);
    }

    @Test
    void producersSharingACredentialShareOneHealthCheckNamedAfterIt() throws Exception {
        context.getCamelContextExtension().getContextPlugin(HealthCheckRegistry.class).setEnabled(true);
        imsIssues("ims-token-A", 86399);
        org.apache.camel.Producer start = context.getEndpoint("adobe-workflow:WKF12?command=start").createProducer();
        org.apache.camel.Producer stop = context.getEndpoint("adobe-workflow:WKF13?command=stop").createProducer();
        org.apache.camel.Producer fixed = context.getEndpoint("adobe-workflow:WKF14?command=status&accessToken=RAW(t)")
                .createProducer();
        start.start();
        stop.start();
        fixed.start();

        assertThat(checkIds()).containsExactlyInAnyOrder("producer:adobe-workflow-ims-" + CLIENT_ID,
                "producer:adobe-workflow-WKF14-status");
        start.stop();
        assertThat(checkIds()).as("still used by the other producer").contains("producer:adobe-workflow-ims-" + CLIENT_ID);
        stop.stop();
        fixed.stop();
        assertThat(checkIds()).isEmpty();
    }

    private List<String> checkIds() {
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(context, "producers");
        producers.setEnabled(true); // Camel turns producer checks off by default
        return producers.stream().map(HealthCheck::getId).filter(id -> id.startsWith("producer:adobe-workflow-"))
                .toList();
    }

    private HealthCheck.Result producerCheck() {
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(context, "producers");
        assertThat(producers).as("Camel's producer health checks").isNotNull();
        producers.setEnabled(true); // Camel turns producer checks off by default (camel.health.producersEnabled)
        return producers.stream().filter(check -> check.getId().startsWith("producer:adobe-workflow-")).findFirst()
                .orElseThrow().call();
    }

    @Test
    void theClientSecretAndTokensNeverShowInLogsOrMessages() {
        respondInTurn("ims", () -> post(urlPathEqualTo(IMS_PATH)),
                aResponse().withStatus(401).withBody("{\"error\":\"invalid_client\"}"),
                okJson("{\"access_token\":\"ims-secret-token-Z\",\"expires_in\":86399}"));
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(401)));

        StringBuilder everything = new StringBuilder();
        try (LogCapture logs = new LogCapture()) {
            Exchange refused = template.request("adobe-workflow:WKF12?command=start", null);
            clock.add(Duration.ofMinutes(1));
            Exchange rejected = template.request("adobe-workflow:WKF12?command=start", null);
            everything.append(logs.text()).append(refused.getException()).append(rejected.getException())
                    .append(context.getEndpoints());
            assertThat(logs.text()).contains("Obtained an IMS access token for client ID " + CLIENT_ID);
        }
        assertThat(everything.toString()).doesNotContain(CLIENT_SECRET).doesNotContain("ims-secret-token-Z")
                .doesNotContain("p%40ss");
        assertThat(apiRequests()).isNotEmpty();
    }
}
