package org.example.mailing;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.campaignworkflow.camel.AdobeWorkflowComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.util.StringHelper;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

@SpringBootApplication
public class MailingApplication {

    public static void main(String[] args) {
        SpringApplication.run(MailingApplication.class, args);
    }

    @Bean
    RouteBuilder mailingRoutes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start-mailing").routeId("start-mailing")
                        .setHeader("CamelAdobeWorkflowId", body())
                        .to("adobe-workflow:?command=start");
            }
        };
    }

    /**
     * The component with the {@code camel.component.adobe-workflow.*} properties of the environment. The component's
     * Spring Boot starter does this binding; this application stays on the component jar alone.
     */
    @Bean("adobe-workflow")
    AdobeWorkflowComponent adobeWorkflow(CamelContext camel, Environment environment) {
        Map<String, Object> options = new LinkedHashMap<>();
        Binder.get(environment).bind("camel.component.adobe-workflow", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of())
                .forEach((option, value) -> options.put(StringHelper.dashToCamelCase(option), value));
        AdobeWorkflowComponent component = new AdobeWorkflowComponent();
        PropertyBindingSupport.build().withCamelContext(camel).withTarget(component).withProperties(options)
                .withMandatory(true).bind();
        return component;
    }
}
