package io.github.campaignworkflow.examples;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.campaignworkflow.camel.AdobeWorkflowConstants;
import io.github.campaignworkflow.camel.AdobeWorkflowException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestBindingMode;

/**
 * (d) A REST facade on platform-http:
 * <ul>
 * <li>{@code POST /workflows/{id}/{command}}: start, pause, resume or stop;</li>
 * <li>{@code POST /workflows/{id}/signal/{activity}} with a JSON object of parameters;</li>
 * <li>{@code GET /workflows/{id}}: the workflow and its state.</li>
 * </ul>
 * The caller's HTTP headers (its {@code Authorization} included) become message headers, and the component never
 * forwards them to Adobe.
 */
public class WorkflowRestApi extends RouteBuilder {

    @Override
    public void configure() {
        restConfiguration().component("platform-http").bindingMode(RestBindingMode.off);

        onException(IllegalArgumentException.class).handled(true)
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(400))
                .setBody(exchange -> Map.of("error", exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)
                        .getMessage()))
                .marshal().json();
        onException(AdobeWorkflowException.class).handled(true)
                .setHeader(Exchange.HTTP_RESPONSE_CODE, simple("${exception.statusCode}"))
                .setBody(exchange -> refusal(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, AdobeWorkflowException.class)))
                .marshal().json();

        rest("/workflows")
                .post("/{id}/signal/{activity}").to("direct:rest-signal")
                .post("/{id}/{command}").to("direct:rest-command")
                .get("/{id}").to("direct:rest-status");

        from("direct:rest-command").routeId("rest-command")
                .setHeader(AdobeWorkflowConstants.WORKFLOW_ID, header("id"))
                .setHeader(AdobeWorkflowConstants.COMMAND, header("command"))
                .log("rest  ${header.CamelAdobeWorkflowCommand} ${header.CamelAdobeWorkflowId}")
                .to("adobe-workflow:?maxRetries=3")
                .setBody(WorkflowRestApi::summary).marshal().json();

        from("direct:rest-signal").routeId("rest-signal")
                .setHeader(AdobeWorkflowConstants.WORKFLOW_ID, header("id"))
                .setHeader(AdobeWorkflowConstants.SIGNAL_ACTIVITY, header("activity"))
                .convertBodyTo(String.class)
                .log("rest  signal ${header.CamelAdobeWorkflowSignalActivity} of ${header.CamelAdobeWorkflowId}: ${body}")
                .to("adobe-workflow:?command=signal&source=rest-api")
                .setBody(WorkflowRestApi::summary).marshal().json();

        from("direct:rest-status").routeId("rest-status")
                .setHeader(AdobeWorkflowConstants.WORKFLOW_ID, header("id"))
                .to("adobe-workflow:?command=status")
                .marshal().json();
    }

    private static Map<String, Object> summary(Exchange exchange) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("workflow", exchange.getMessage().getHeader(AdobeWorkflowConstants.WORKFLOW_ID));
        summary.put("adobeStatus", exchange.getMessage().getHeader(AdobeWorkflowConstants.HTTP_RESPONSE_CODE));
        summary.put("attempts", exchange.getMessage().getHeader(AdobeWorkflowConstants.ATTEMPTS));
        summary.put("response", exchange.getMessage().getBody());
        return summary;
    }

    private static Map<String, Object> refusal(AdobeWorkflowException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.getMessage());
        body.put("adobeErrorCode", e.getErrorCode());
        return body;
    }
}
