package io.github.campaignworkflow.benchmarks;

import io.github.campaignworkflow.camel.AdobeWorkflowComponent;
import io.github.campaignworkflow.camel.AdobeWorkflowConfiguration;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** What the benchmarks and checks share: the adobe-workflow setups and the cheap "was it a 200?" check. */
final class BenchCamel {

    /** The endpoint measured: the {@code start} command of the loopback server's workflow. */
    static final String START_URI = "adobe-workflow:" + ConstantAnswerAdobe.WORKFLOW_ID + "?command=start";

    /** The message needs nothing: the command, workflow and body all come from the endpoint. */
    static final Processor NO_CHANGE = exchange -> {
    };

    private BenchCamel() {
    }

    /** adobe-workflow with the fixed token the loopback server accepts. */
    static AdobeWorkflowComponent staticTokenComponent(ConstantAnswerAdobe server, int maxConnections) {
        AdobeWorkflowComponent component = new AdobeWorkflowComponent();
        AdobeWorkflowConfiguration configuration = common(component, server, maxConnections);
        configuration.setAccessToken(ConstantAnswerAdobe.ACCESS_TOKEN);
        return component;
    }

    /** adobe-workflow with an OAuth client credential, exchanged for a token at the loopback IMS. */
    static AdobeWorkflowComponent clientCredentialsComponent(ConstantAnswerAdobe server, int maxConnections) {
        AdobeWorkflowComponent component = new AdobeWorkflowComponent();
        AdobeWorkflowConfiguration configuration = common(component, server, maxConnections);
        configuration.setClientId("bench-client-id");
        configuration.setClientSecret("bench-client-secret");
        configuration.setScope("openid,AdobeID,campaign_sdk");
        configuration.setTokenUrl(server.tokenUrl());
        return component;
    }

    private static AdobeWorkflowConfiguration common(AdobeWorkflowComponent component, ConstantAnswerAdobe server,
                                                     int maxConnections) {
        AdobeWorkflowConfiguration configuration = component.getConfiguration();
        configuration.setOrganization(ConstantAnswerAdobe.ORGANIZATION);
        configuration.setBaseUrl(server.baseUrl());
        configuration.setApiKey(ConstantAnswerAdobe.API_KEY);
        configuration.setMaxConnections(maxConnections);
        return configuration;
    }

    /** Throws unless the exchange got HTTP 200, so that a broken path cannot look fast. */
    static Exchange requireOk(Exchange exchange) {
        if (exchange.getException() != null) {
            throw new IllegalStateException("The exchange failed: " + exchange.getException(), exchange.getException());
        }
        Object status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE);
        if (!(status instanceof Integer code) || code != 200) {
            throw new IllegalStateException("Expected HTTP 200 but got " + status);
        }
        return exchange;
    }
}
