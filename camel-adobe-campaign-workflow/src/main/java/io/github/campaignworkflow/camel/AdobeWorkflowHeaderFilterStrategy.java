package io.github.campaignworkflow.camel;

import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultHeaderFilterStrategy;

/**
 * Lets this component's headers ({@code CamelAdobeWorkflow*}) cross a transport such as JMS or Kafka, whose default
 * header filter drops every header starting with {@code Camel}. Everything else is filtered as by Camel's default
 * strategy:
 *
 * <pre>
 * from("jms:queue:campaign-commands?headerFilterStrategy=#class:io.github.campaignworkflow.camel.AdobeWorkflowHeaderFilterStrategy")
 *     .to("adobe-workflow:");
 * </pre>
 */
public class AdobeWorkflowHeaderFilterStrategy extends DefaultHeaderFilterStrategy {

    static final String PREFIX = "CamelAdobeWorkflow";

    @Override
    public boolean applyFilterToCamelHeaders(String headerName, Object headerValue, Exchange exchange) {
        return !isWorkflowHeader(headerName) && super.applyFilterToCamelHeaders(headerName, headerValue, exchange);
    }

    @Override
    public boolean applyFilterToExternalHeaders(String headerName, Object headerValue, Exchange exchange) {
        return !isWorkflowHeader(headerName) && super.applyFilterToExternalHeaders(headerName, headerValue, exchange);
    }

    private static boolean isWorkflowHeader(String headerName) {
        return headerName != null && headerName.startsWith(PREFIX);
    }
}
