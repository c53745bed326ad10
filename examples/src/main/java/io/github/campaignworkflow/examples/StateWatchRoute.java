package io.github.campaignworkflow.examples;

import org.apache.camel.builder.RouteBuilder;

/** (f) The consumer polls the mail workflow and logs each state it moves to. */
public class StateWatchRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("adobe-workflow:{{demo.workflow.mail}}?delay={{demo.watch.delay}}").routeId("watch-mail")
                .log("watch {{demo.workflow.mail}} is now ${header.CamelAdobeWorkflowState}")
                .bean(StateHistory.NAME, "record");
    }
}
