package io.github.campaignworkflow.examples.springboot;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The demo's routes. Every adobe-workflow endpoint takes organization, credential, base-url and timeouts from
 * {@code camel.component.adobe-workflow.*} in application.properties; the URIs say only what is particular to them.
 */
@Component
public class WorkflowRoutes extends RouteBuilder {

    /** Logger of everything the demo prints. */
    static final String LOG = "demo";

    @Override
    public void configure() {
        // (a) one workflow's life, each command awaited until Campaign has applied it
        from("direct:mail-campaign").routeId("mail-campaign")
                .to("adobe-workflow:{{demo.workflow.mail}}?command=start&awaitState=started")
                .log(LoggingLevel.INFO, LOG, "    {{demo.workflow.mail}} start  -> ${header.CamelAdobeWorkflowState}")
                .to("adobe-workflow:{{demo.workflow.mail}}?command=pause&awaitState=paused")
                .log(LoggingLevel.INFO, LOG, "    {{demo.workflow.mail}} pause  -> ${header.CamelAdobeWorkflowState}")
                .to("adobe-workflow:{{demo.workflow.mail}}?command=resume&awaitState=started")
                .log(LoggingLevel.INFO, LOG, "    {{demo.workflow.mail}} resume -> ${header.CamelAdobeWorkflowState}")
                .to("adobe-workflow:{{demo.workflow.mail}}?command=stop&awaitState=stopped")
                .log(LoggingLevel.INFO, LOG, "    {{demo.workflow.mail}} stop   -> ${header.CamelAdobeWorkflowState}");

        // (b) trigger an External signal activity; the message body (a Map) becomes its parameters
        from("direct:refresh-offer").routeId("refresh-offer")
                .to("adobe-workflow:{{demo.workflow.signal}}?command=signal&activity=signal1")
                .log(LoggingLevel.INFO, LOG, "    {{demo.workflow.signal}} signal signal1 -> HTTP ${header.CamelHttpResponseCode}");

        // (c) start a long-running workflow and continue only once it has finished, holding no thread meanwhile
        from("direct:nightly-import").routeId("nightly-import")
                .to("adobe-workflow:{{demo.workflow.nightly}}?command=start&awaitState=finished,stopped,error"
                    + "&awaitInterval=500ms&awaitTimeout=1h")
                .log(LoggingLevel.INFO, LOG, "    {{demo.workflow.nightly}} -> ${header.CamelAdobeWorkflowState}");

        // (d) the consumer: poll the mail workflow and report each state it moves to
        from("adobe-workflow:{{demo.workflow.mail}}?delay={{demo.watch.delay}}&initialDelay=0").routeId("watch-mail")
                .log(LoggingLevel.INFO, LOG, "    watch: {{demo.workflow.mail}} is ${header.CamelAdobeWorkflowState}");
    }
}
