package io.github.campaignworkflow.examples;

import io.github.campaignworkflow.camel.AdobeWorkflowConstants;
import org.apache.camel.builder.RouteBuilder;

/**
 * (g) The second tenant, a Campaign v8 instance driven over its SOAP router by a Campaign operator: a file dropped in
 * {@code inbox-v8/} named {@code <workflowId>.<command>} sends that command through the {@code adobe-workflow-v8}
 * component ({@code api=soap}, {@code username}/{@code password}), the same component class as the REST tenant's,
 * configured apart.
 */
public class ClassicInstanceRoute extends RouteBuilder {

    /** The name of the second component, whose options are {@code camel.component.adobe-workflow-v8.*}. */
    static final String COMPONENT = "adobe-workflow-v8";

    @Override
    public void configure() {
        from("file:{{demo.work-dir}}/inbox-v8?move=done&moveFailed=failed&delay=250").routeId("v8-file-drop")
                .setHeader(AdobeWorkflowConstants.WORKFLOW_ID, simple("${file:onlyname.noext}"))
                .setHeader(AdobeWorkflowConstants.COMMAND, simple("${file:ext}"))
                .log("v8    ${file:onlyname}: ${header.CamelAdobeWorkflowCommand} ${header.CamelAdobeWorkflowId}")
                .to(COMPONENT + ":?maxRetries=3")
                .filter(header(AdobeWorkflowConstants.STATE).isNotNull())
                .log("v8    ${header.CamelAdobeWorkflowId} is ${header.CamelAdobeWorkflowState}");
    }
}
