package io.github.campaignworkflow.examples;

import io.github.campaignworkflow.camel.AdobeWorkflowConstants;
import org.apache.camel.builder.RouteBuilder;

/**
 * (a) A file dropped in {@code inbox/} named {@code <workflowId>.<command>}, e.g. {@code WKF-MAIL.start}, sends that
 * command to that workflow. Done files move to {@code inbox/done}, refused ones to {@code inbox/failed}.
 */
public class FileDropRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("file:{{demo.work-dir}}/inbox?move=done&moveFailed=failed&delay=250").routeId("file-drop")
                .setHeader(AdobeWorkflowConstants.WORKFLOW_ID, simple("${file:onlyname.noext}"))
                .setHeader(AdobeWorkflowConstants.COMMAND, simple("${file:ext}"))
                .log("file  ${file:onlyname}: ${header.CamelAdobeWorkflowCommand} ${header.CamelAdobeWorkflowId}")
                .to("adobe-workflow:?maxRetries=3");
    }
}
