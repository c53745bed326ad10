package io.github.campaignworkflow.examples;

import io.github.campaignworkflow.camel.AdobeWorkflowHeaderFilterStrategy;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * (b) Messages on the queue {@code campaign.commands} carry {@code CamelAdobeWorkflowId} and
 * {@code CamelAdobeWorkflowCommand}. The route is transacted; what fails lands on {@code campaign.commands.DLQ} with
 * the failure in the {@code AdobeWorkflowFailure} property. Camel's redelivery stays off: the component alone decides
 * what may be sent to Adobe again.
 */
public class JmsCommandRoute extends RouteBuilder {

    /** JMS drops headers starting with Camel unless told otherwise. */
    static final String HEADERS = "headerFilterStrategy=#class:" + AdobeWorkflowHeaderFilterStrategy.class.getName();
    public static final String QUEUE = "jms:queue:campaign.commands?" + HEADERS;
    public static final String DEAD_LETTERS = "jms:queue:campaign.commands.DLQ?" + HEADERS;

    @Override
    public void configure() {
        errorHandler(deadLetterChannel(DEAD_LETTERS).useOriginalMessage().maximumRedeliveries(0)
                .onPrepareFailure(exchange -> exchange.getMessage().setHeader("AdobeWorkflowFailure",
                        exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class).getMessage())));

        from(QUEUE + "&transacted=true").routeId("jms-commands")
                .log("jms   ${header.CamelAdobeWorkflowCommand} ${header.CamelAdobeWorkflowId}")
                .to("adobe-workflow:?maxRetries=3");
    }
}
