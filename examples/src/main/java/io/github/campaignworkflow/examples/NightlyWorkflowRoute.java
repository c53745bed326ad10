package io.github.campaignworkflow.examples;

import org.apache.camel.builder.RouteBuilder;

/**
 * (c) Every night, start the nightly workflow and wait until Campaign reports it finished: the route continues only
 * then, holding no thread while it waits.
 */
public class NightlyWorkflowRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:nightly?delay={{demo.nightly.first-run-delay}}&period={{demo.nightly.period}}").routeId("nightly")
                .log("timer start {{demo.workflow.nightly}}, waiting until it is finished")
                .to("adobe-workflow:{{demo.workflow.nightly}}?command=start"
                    + "&awaitState=finished&awaitInterval=500&awaitTimeout=3600000")
                .log("timer {{demo.workflow.nightly}} is ${header.CamelAdobeWorkflowState}");
    }
}
