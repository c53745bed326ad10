package io.github.campaignworkflow.kamelets;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.campaignworkflow.simulator.AdobeCampaignSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.LambdaRouteBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PropertyBindingSupport;

/**
 * A plain CamelContext on the 4.18 jars with camel-kamelet and camel-yaml-dsl on the class path: the Kamelets come
 * from the component jar's {@code kamelets/} folder, camel-kamelet's default location. Properties are set as an
 * application's {@code application.properties} would set them ({@code camel.kamelet.<name>.<property>}).
 */
final class KameletCamel implements AutoCloseable {

    static final String SINK = "camel.kamelet.adobe-workflow-sink.";
    static final String SOURCE = "camel.kamelet.adobe-workflow-source.";

    private final DefaultCamelContext camel = new DefaultCamelContext();
    private final Properties properties = new Properties();

    /** Each of the simulator's component options as a property of the Kamelet: {@code SINK + "clientSecret"}. */
    static Map<String, String> kameletProperties(String prefix, Map<String, String> options) {
        Map<String, String> properties = new HashMap<>();
        options.forEach((option, value) -> properties.put(prefix + option, value));
        return properties;
    }

    KameletCamel properties(Map<String, String> more) {
        properties.putAll(more);
        return this;
    }

    /** Options of the adobe-workflow component itself, the fallback of every property a Kamelet leaves out. */
    KameletCamel component(Map<String, String> options) {
        PropertyBindingSupport.build().withCamelContext(camel).withTarget(camel.getComponent("adobe-workflow"))
                .withProperties(new HashMap<>(options)).withMandatory(true).bind();
        return this;
    }

    KameletCamel routes(LambdaRouteBuilder routes) throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                routes.accept(this);
            }
        });
        return this;
    }

    KameletCamel start() {
        camel.getPropertiesComponent().setInitialProperties(properties);
        camel.start();
        return this;
    }

    CamelContext context() {
        return camel;
    }

    Exchange send(String uri, Map<String, Object> headers) {
        return camel.createProducerTemplate().request(uri, exchange -> exchange.getIn().setHeaders(new HashMap<>(headers)));
    }

    MockEndpoint mock(String uri) {
        return camel.getEndpoint(uri, MockEndpoint.class);
    }

    @Override
    public void close() {
        camel.stop();
    }

    /** The requests the simulator's Campaign API received, IMS left out, oldest first. */
    static List<LoggedRequest> apiRequests(AdobeCampaignSimulator simulator) {
        return simulator.receivedRequests().stream().filter(request -> !request.getUrl().startsWith("/ims/")).toList();
    }

    static List<LoggedRequest> imsRequests(AdobeCampaignSimulator simulator) {
        return simulator.receivedRequests().stream().filter(request -> request.getUrl().startsWith("/ims/")).toList();
    }

    /** The innermost cause of a failure: what Camel wraps in its route and endpoint exceptions. */
    static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
