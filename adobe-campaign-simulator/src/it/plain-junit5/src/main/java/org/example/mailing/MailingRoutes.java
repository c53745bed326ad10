package org.example.mailing;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/** Starts the Campaign workflow named in the body; what fails ends on the dead-letter queue, never repeated by Camel. */
public class MailingRoutes extends RouteBuilder {

    @Override
    public void configure() {
        errorHandler(deadLetterChannel("seda:failed-mailings")
                .maximumRedeliveries(0)          // the component decides what may be sent again
                .loggingLevel(LoggingLevel.DEBUG));

        from("direct:start-mailing").routeId("start-mailing")
                .setHeader("CamelAdobeWorkflowId", body())
                .to("adobe-workflow:?command=start");
    }
}
