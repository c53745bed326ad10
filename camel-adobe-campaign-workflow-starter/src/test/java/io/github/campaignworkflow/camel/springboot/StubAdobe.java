package io.github.campaignworkflow.camel.springboot;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Adobe's API as a WireMock stub on 127.0.0.1: every workflow command is accepted.
 *
 * <p>A Spring Boot test takes it with {@code @Import(StubAdobe.Wiring.class)} and {@code @Autowired StubAdobe adobe}:
 * the stub lives as long as the test's application context, and {@code camel.component.adobe-workflow.base-url}
 * points at it. The test keeps {@code @DirtiesContext}, so that the stub stops with its class.
 */
final class StubAdobe {

    static final String TOKEN = "static-token-3f9a1c";
    static final String API_KEY = "api-key-77c1e0";

    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    StubAdobe start() {
        server.start();
        server.stubFor(post(urlPathMatching("/[^/]+/campaign/workflow/execution/[^/]+/commands"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"state\":\"started\"}")));
        return this;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    List<LoggedRequest> requests() {
        return server.findAll(anyRequestedFor(anyUrl()));
    }

    void stop() {
        server.stop();
    }

    /** One started stub for the application context, stopped when the context closes, and the base URL set to it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Wiring {

        @Bean(destroyMethod = "stop")
        StubAdobe stubAdobe() {
            return new StubAdobe().start();
        }

        @Bean
        DynamicPropertyRegistrar stubAdobeBaseUrl(StubAdobe adobe) {
            return registry -> registry.add("camel.component.adobe-workflow.base-url", adobe::baseUrl);
        }
    }
}
