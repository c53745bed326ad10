package io.github.campaignworkflow.camel;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.support.LifecycleStrategySupport;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP client is camel-http's HttpClient 5, set up for Adobe: pooled, no redirects, no cookies, timeouts. */
class HttpClientBehaviourTest extends WorkflowTestSupport {

    @Test
    void theResponseTimeoutIsHonouredAndATimedOutPostIsNotRepeated() {
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(200).withFixedDelay(3000)));

        long start = System.nanoTime();
        Exchange result = template.request("adobe-workflow:WKF12?command=start&responseTimeout=300", null);
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        AdobeWorkflowTransportException failure = result.getException(AdobeWorkflowTransportException.class);
        assertThat(failure).isNotNull();
        assertThat(failure.getKind()).isEqualTo(AdobeWorkflowTransportException.Kind.RESPONSE_TIMEOUT);
        assertThat(failure).hasMessage("POST " + COMMANDS_PATH + " to " + baseUrl()
                                       + " was sent but no response came in time: the whole response must come within"
                                       + " responseTimeout (300 ms) (attempt 1)");
        assertThat(elapsedMillis).isLessThan(2500);
        assertThat(requests()).hasSize(1);
    }

    @Test
    void theConnectTimeoutIsHonoured() throws Exception {
        // a listening socket whose accept queue is full leaves new connections hanging in the handshake
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            List<Socket> fillers = new ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    Socket filler = new Socket();
                    try {
                        filler.connect(new InetSocketAddress("127.0.0.1", full.getLocalPort()), 200);
                        fillers.add(filler);
                    } catch (SocketTimeoutException queueFull) {
                        filler.close();
                        break;
                    }
                }
                long start = System.nanoTime();
                Exchange result = template.request("adobe-workflow:WKF12?command=start&maxRetries=0&connectTimeout=400"
                                                   + "&baseUrl=http://127.0.0.1:" + full.getLocalPort(), null);
                long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

                AdobeWorkflowTransportException failure = result.getException(AdobeWorkflowTransportException.class);
                assertThat(failure).isNotNull();
                assertThat(failure.getKind()).isEqualTo(AdobeWorkflowTransportException.Kind.NOT_SENT);
                assertThat(failure.getMessage()).contains("was not sent: ConnectTimeoutException");
                assertThat(elapsedMillis).isBetween(350L, 3000L);
            } finally {
                for (Socket filler : fillers) {
                    filler.close();
                }
            }
        }
    }

    @Test
    void redirectsAreNotFollowed() {
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", baseUrl() + "/elsewhere")));

        Exchange result = template.request("adobe-workflow:WKF12?command=start", null);

        assertThat(result.getException(AdobeWorkflowException.class).getStatusCode()).isEqualTo(302);
        assertThat(requests()).hasSize(1);
    }

    @Test
    void cookiesAreNotKept() {
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(200)
                .withHeader("Set-Cookie", "session=abc123; Path=/")));

        template.request("adobe-workflow:WKF12?command=start", null);
        template.request("adobe-workflow:WKF12?command=stop", null);

        assertThat(requests()).hasSize(2);
        wireMock.verify(2, postRequestedFor(urlPathEqualTo(COMMANDS_PATH)).withHeader("Cookie", absent()));
    }

    @Test
    void theUserAgentNamesTheComponent() {
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(200)));

        template.request("adobe-workflow:WKF12?command=start", null);

        assertThat(requests().get(0).getHeader("User-Agent")).startsWith("camel-adobe-campaign-workflow");
    }

    @Test
    void anHttpClientConfigurerHasTheLastSay() {
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(200)));
        HttpClientConfigurer configurer = builder -> builder.setUserAgent("acme-integration/2.0");
        context.getRegistry().bind("acmeConfigurer", configurer);

        template.request("adobe-workflow:WKF12?command=start&httpClientConfigurer=#acmeConfigurer", null);

        assertThat(requests().get(0).getHeader("User-Agent")).isEqualTo("acme-integration/2.0");
    }

    /** WireMock plays the proxy: it gets the absolute URI, asks for credentials, and takes proxyuser:proxypass. */
    private static void proxyAskingForCredentials() {
        wireMock.stubFor(post(urlPathEqualTo(COMMANDS_PATH)).withHeader("Proxy-Authorization", absent())
                .willReturn(aResponse().withStatus(407).withHeader("Proxy-Authenticate", "Basic realm=\"proxy\"")));
        wireMock.stubFor(post(urlPathEqualTo(COMMANDS_PATH)).withHeader("Proxy-Authorization",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo("Basic cHJveHl1c2VyOnByb3h5cGFzcw=="))
                .willReturn(aResponse().withStatus(200)));
    }

    @Test
    void theProxyCredentialsAppearInNoLogInAnyEncoding() throws Exception {
        proxyAskingForCredentials();

        // set as a user would, in properties: Camel's own TRACE log prints any URI it resolves, secrets included
        AdobeWorkflowConfiguration defaults = context.getComponent("adobe-workflow", AdobeWorkflowComponent.class)
                .getConfiguration();
        defaults.setProxyHost("127.0.0.1");
        defaults.setProxyPort(wireMock.port());
        defaults.setProxyAuthUsername("proxyuser");
        defaults.setProxyAuthPassword("proxypass");
        String logged;
        Exchange result;
        try (LogCapture logs = new LogCapture()) {
            result = template.request("adobe-workflow:WKF12?command=start&baseUrl=http://campaign.example.test", null);
            logged = logs.text();
        }

        assertThat(result.getException()).isNull();
        assertThat(logged).as("HttpClient's header log ran").contains("Proxy-Authorization: xxxxxx");
        assertThat(logged).doesNotContain("proxypass").doesNotContain("proxyuser")
                .doesNotContain("cHJveHl1c2VyOnByb3h5cGFzcw").doesNotContain(
                        java.util.Base64.getEncoder().encodeToString("proxypass".getBytes()));
    }

    @Test
    void aRequestThatGetsNoPooledConnectionFailsUnsentAndIsNotRetried() throws Exception {
        wireMock.stubFor(post(urlPathMatching(".*/WKF-SLOW/commands")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(3000)));
        wireMock.stubFor(post(urlPathMatching(".*/WKF12/commands")).willReturn(aResponse().withStatus(200)));
        String options = "?command=start&maxConnections=1&connectionRequestTimeout=200";
        java.util.concurrent.CompletableFuture<Exchange> holder = template.asyncSend(
                "adobe-workflow:WKF-SLOW" + options, e -> {
                });
        org.awaitility.Awaitility.await().until(() -> requests().size() == 1); // the one connection is taken

        Exchange result = template.request("adobe-workflow:WKF12" + options, null);

        AdobeWorkflowTransportException failure = result.getException(AdobeWorkflowTransportException.class);
        assertThat(failure.getKind()).isEqualTo(AdobeWorkflowTransportException.Kind.NO_CONNECTION);
        assertThat(failure.mayHaveBeenApplied()).isFalse();
        assertThat(failure.getAttempts()).as("not retried like a refusal").isEqualTo(1);
        assertThat(failure).hasMessageContaining("no pooled connection became free in time");
        assertThat(holder.get(10, java.util.concurrent.TimeUnit.SECONDS).getException()).isNull();
        assertThat(requests()).hasSize(1);
    }

    @Test
    void requestsGoThroughTheProxyWithItsCredentials() throws Exception {
        proxyAskingForCredentials();

        Exchange result = template.request("adobe-workflow:WKF12?command=start&baseUrl=http://campaign.example.test"
                                           + "&proxyHost=127.0.0.1&proxyPort=" + wireMock.port()
                                           + "&proxyAuthUsername=proxyuser&proxyAuthPassword=RAW(proxypass)",
                null);

        assertThat(result.getException()).isNull();
        assertThat(requests()).hasSize(2);
        assertThat(requests().get(1).getHeader("Host")).isEqualTo("campaign.example.test");
        assertThat(requests().get(1).getAbsoluteUrl()).isEqualTo("http://campaign.example.test" + COMMANDS_PATH);
        assertThat(requests().get(1).getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void endpointsWithTheSameHttpSettingsShareOnePooledClientClosedWithTheComponent() throws Exception {
        wireMock.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(200)));
        // each pooled client has its I/O executor, made by Camel's ExecutorServiceManager, which reports it here
        Set<ExecutorService> ioPools = ConcurrentHashMap.newKeySet();
        context.addLifecycleStrategy(new LifecycleStrategySupport() {
            @Override
            public void onThreadPoolAdd(CamelContext camelContext, ThreadPoolExecutor threadPool, String id,
                                        String sourceId, String routeId, String threadPoolProfileId) {
                if ("AdobeWorkflowIO".equals(threadPoolProfileId)) {
                    ioPools.add(threadPool);
                }
            }

            @Override
            public void onThreadPoolRemove(CamelContext camelContext, ThreadPoolExecutor threadPool) {
                ioPools.remove(threadPool);
            }
        });
        template.request("adobe-workflow:WKF12?command=start", null);
        // the response timeout and size limit are per request: they do not need a client of their own
        template.request("adobe-workflow:WKF13?command=stop&responseTimeout=5000&maxResponseSize=2048", null);
        assertThat(ioPools).hasSize(1);

        template.request("adobe-workflow:WKF14?command=stop&connectTimeout=5000", null);
        assertThat(ioPools).hasSize(2);

        context.stop();
        assertThat(ioPools).isEmpty();
        assertThat(requests()).hasSize(3);
    }
}
