package io.github.campaignworkflow.benchmarks;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.http.base.HttpHeaderFilterStrategy;
import org.apache.camel.impl.DefaultCamelContext;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The loopback server, the raw client and one CamelContext with both routes, started once per trial and shared by
 * all benchmark threads: the same server and the same pool size (64) for every path.
 */
@State(Scope.Benchmark)
public class CommandRig {

    /** Enough connections for 32 threads: no path waits for a connection. */
    static final int CONNECTIONS = 64;

    static final String CAMEL_HTTP_ROUTE = "direct:camel-http";
    static final String ADOBE_WORKFLOW_ROUTE = "direct:adobe-workflow";

    ConstantAnswerAdobe server;
    RawStartCommand raw;
    CamelContext camel;
    ProducerTemplate template;
    Endpoint camelHttpRoute;
    Endpoint adobeWorkflow;
    Endpoint adobeWorkflowRoute;

    @Setup
    public void start() throws Exception {
        server = ConstantAnswerAdobe.start();
        raw = new RawStartCommand(server.commandUrl(), CONNECTIONS);
        camel = new DefaultCamelContext();
        camel.addComponent("http", camelHttp());
        camel.addComponent("adobe-workflow", BenchCamel.staticTokenComponent(server, CONNECTIONS));
        camel.addRoutes(routes(server.commandUrl()));
        camel.start();
        template = camel.createProducerTemplate();
        camelHttpRoute = camel.getEndpoint(CAMEL_HTTP_ROUTE);
        adobeWorkflow = camel.getEndpoint(BenchCamel.START_URI);
        adobeWorkflowRoute = camel.getEndpoint(ADOBE_WORKFLOW_ROUTE);
        // one send per path before any measurement: a broken path fails the trial at once
        raw.send();
        request(camelHttpRoute);
        request(adobeWorkflow);
        request(adobeWorkflowRoute);
    }

    /** camel-http with the same pool as the others, and Cache-Control let through: by default it is dropped. */
    private static HttpComponent camelHttp() {
        HttpComponent http = new HttpComponent();
        http.setConnectionsPerRoute(CONNECTIONS);
        http.setMaxTotalConnections(CONNECTIONS);
        HttpHeaderFilterStrategy headerFilter = new HttpHeaderFilterStrategy();
        headerFilter.getOutFilter().remove("cache-control");
        http.setHeaderFilterStrategy(headerFilter);
        return http;
    }

    /** (b) the route a user would write with camel-http, and (c') adobe-workflow behind the same kind of route. */
    private static RouteBuilder routes(String commandUrl) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(CAMEL_HTTP_ROUTE)
                        .removeHeaders("*")
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                        .setHeader("Authorization", constant("Bearer " + ConstantAnswerAdobe.ACCESS_TOKEN))
                        .setHeader("X-Api-Key", constant(ConstantAnswerAdobe.API_KEY))
                        .setHeader("Cache-Control", constant("no-cache"))
                        .setBody(constant(ConstantAnswerAdobe.START_BODY))
                        .to(commandUrl + "?httpMethod=POST");
                from(ADOBE_WORKFLOW_ROUTE)
                        .to(BenchCamel.START_URI);
            }
        };
    }

    /** Sends one exchange to the endpoint and returns its answer body, after checking it was a 200. */
    Object request(Endpoint endpoint) {
        return BenchCamel.requireOk(template.request(endpoint, BenchCamel.NO_CHANGE)).getMessage().getBody();
    }

    @TearDown
    public void stop() throws Exception {
        if (camel != null) {
            camel.close();
        }
        if (raw != null) {
            raw.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
