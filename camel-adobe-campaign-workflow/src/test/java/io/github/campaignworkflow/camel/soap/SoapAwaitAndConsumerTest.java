package io.github.campaignworkflow.camel.soap;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.campaignworkflow.camel.AdobeWorkflowConstants;
import io.github.campaignworkflow.camel.AdobeWorkflowEndpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.EndpointServiceLocation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** awaitState, the consumer and tracing on a SOAP tenant, in Campaign's numeric states. */
class SoapAwaitAndConsumerTest extends SoapTestSupport {

    @Override
    public boolean isUseRouteBuilder() {
        return false;
    }

    @Test
    void awaitStateFinishedPollsTheQueryUntilStateTwenty() throws Exception {
        context.start();
        answer("xtk:workflow#Start", empty("Start", "xtk:workflow"));
        respondInTurn("xtk:queryDef#ExecuteQuery",
                workflow("id='7' internalName='WKF12' state='10' failed='0'"),
                workflow("id='7' internalName='WKF12' state='11' failed='0'"),
                workflow("id='7' internalName='WKF12' state='20' failed='0'"));

        Exchange result = template.request("adobe-workflow:WKF12?command=start&awaitState=finished&awaitInterval=20",
                null);

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.STATE)).isEqualTo("finished");
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.ATTEMPTS)).as("the Start's").isEqualTo(1);
        assertThat(((Map<?, ?>) result.getMessage().getBody()).get("state")).isEqualTo("20");
        assertThat(requests().stream().map(r -> r.getHeader("SOAPAction"))).containsExactly("xtk:workflow#Start",
                "xtk:queryDef#ExecuteQuery", "xtk:queryDef#ExecuteQuery", "xtk:queryDef#ExecuteQuery");
    }

    @Test
    void theConsumerEmitsCampaignsStatesAsWords() throws Exception {
        respondInTurn("xtk:queryDef#ExecuteQuery",
                workflow("id='7' internalName='WKF12' state='11' failed='0'"),
                workflow("id='7' internalName='WKF12' state='11' failed='0'"),
                workflow("id='7' internalName='WKF12' state='13' failed='0'"),
                workflow("id='7' internalName='WKF12' state='13' failed='1'"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("adobe-workflow:WKF12?delay=20&initialDelay=0").to("mock:states");
            }
        });
        context.start();

        MockEndpoint states = getMockEndpoint("mock:states");
        await().atMost(10, TimeUnit.SECONDS).until(() -> states.getReceivedCounter() >= 3);
        assertThat(states.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(AdobeWorkflowConstants.STATE)))
                .containsExactly("started", "paused", "error");
    }

    @Test
    void tracingSeesTheInstanceAndTheApiButNoCredential() throws Exception {
        context.start();
        AdobeWorkflowEndpoint soap = context.getEndpoint(
                "adobe-workflow:WKF12?command=start&accessToken=&username=ops&password=RAW(s3cret-pw)",
                AdobeWorkflowEndpoint.class);
        AdobeWorkflowEndpoint rest = context.getEndpoint("adobe-workflow:WKF12?command=start&api=rest"
                                                         + "&organization=acme&baseUrl=https://mc.adobe.io"
                                                         + "&apiKey=RAW(k3y)", AdobeWorkflowEndpoint.class);

        assertThat(soap).isInstanceOf(EndpointServiceLocation.class);
        assertThat(soap.getServiceUrl()).isEqualTo(baseUrl());
        assertThat(soap.getServiceProtocol()).isEqualTo("http");
        assertThat(soap.getServiceMetadata()).isEqualTo(Map.of("api", "soap"));
        assertThat(rest.getServiceUrl()).isEqualTo("https://mc.adobe.io");
        assertThat(rest.getServiceMetadata()).isEqualTo(Map.of("api", "rest", "organization", "acme"));
        String printed = soap.getServiceMetadata() + " " + rest.getServiceMetadata() + soap.getServiceUrl();
        assertThat(printed).doesNotContain("s3cret-pw").doesNotContain("k3y").doesNotContain(TOKEN);
    }
}
