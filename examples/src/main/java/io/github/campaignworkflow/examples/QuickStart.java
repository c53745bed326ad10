package io.github.campaignworkflow.examples;

import java.time.Duration;

import io.github.campaignworkflow.examples.simulator.AdobeCampaignSimulator;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;

/**
 * The smallest runnable use of the component: against the embedded Adobe Campaign simulator, a timer starts
 * workflow WKF12, waits until Campaign has applied the command, and logs the workflow's state.
 */
public final class QuickStart {

    private QuickStart() {
    }

    public static void main(String[] args) throws Exception {
        try (AdobeCampaignSimulator campaign = AdobeCampaignSimulator.builder()
                .organization("acme")
                .client("demo-client", "demo-secret", "AdobeID,openid,campaign_sdk")
                .commandDelay(Duration.ofMillis(300))
                .workflow("WKF12")
                .build().start()) {
            Main main = new Main();
            main.addInitialProperty("camel.component.adobe-workflow.organization", "acme");
            main.addInitialProperty("camel.component.adobe-workflow.base-url", campaign.baseUrl());
            main.addInitialProperty("camel.component.adobe-workflow.access-token", campaign.issueToken());
            main.addInitialProperty("camel.component.adobe-workflow.api-key", "demo-client");
            main.configure().addRoutesBuilder(new RouteBuilder() {
                @Override
                public void configure() {
                    from("timer:quick-start?repeatCount=1")
                            .log("Starting workflow WKF12")
                            .to("adobe-workflow:WKF12?command=start&awaitState=started&awaitInterval=200")
                            .log("Workflow WKF12 is ${header.CamelAdobeWorkflowState}");
                }
            });
            main.configure().withDurationMaxMessages(1);
            main.run();
        }
    }
}
