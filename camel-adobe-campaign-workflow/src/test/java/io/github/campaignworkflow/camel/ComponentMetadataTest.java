package io.github.campaignworkflow.camel;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.EndpointUriFactory;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated metadata describes the contract: every option, every header, the secrets. */
class ComponentMetadataTest {

    static final List<String> CONTRACT_OPTIONS = List.of("command", "organization", "apiKey", "accessToken", "clientId",
            "clientSecret", "scope", "tokenUrl", "accessTokenProvider", "baseUrl", "activity", "source", "connectTimeout",
            "responseTimeout", "maxRetries", "throwExceptionOnFailure", "awaitState", "awaitTimeout", "awaitInterval",
            "emitUnchanged");
    static final List<String> CONTRACT_HEADERS = List.of("CamelAdobeWorkflowId", "CamelAdobeWorkflowCommand",
            "CamelAdobeWorkflowSignalActivity", "CamelAdobeWorkflowSignalSource", "CamelHttpResponseCode",
            "CamelAdobeWorkflowState", "CamelAdobeWorkflowAttempts");
    static final Map<String, String> CONTRACT_DEFAULTS = Map.of("tokenUrl", "https://ims-na1.adobelogin.com/ims/token/v3",
            "baseUrl", "https://mc.adobe.io", "source", "camel", "connectTimeout", "10000", "responseTimeout", "30000",
            "maxRetries", "3", "throwExceptionOnFailure", "true", "awaitTimeout", "60000", "awaitInterval", "2000");

    private static JsonNode json() throws Exception {
        try (InputStream in = ComponentMetadataTest.class
                .getResourceAsStream("/META-INF/io/github/campaignworkflow/camel/adobe-workflow.json")) {
            assertThat(in).as("the generated component JSON").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void theComponentIsDescribed() throws Exception {
        JsonNode component = json().get("component");
        assertThat(component.get("scheme").asText()).isEqualTo("adobe-workflow");
        assertThat(component.get("syntax").asText()).isEqualTo("adobe-workflow:workflowId");
        assertThat(component.get("title").asText()).isEqualTo("Adobe Campaign Workflow");
        assertThat(component.get("javaType").asText()).isEqualTo(AdobeWorkflowComponent.class.getName());
        assertThat(component.get("async").asBoolean()).isTrue();
        assertThat(json().get("properties").get("workflowId").get("kind").asText()).isEqualTo("path");
    }

    @Test
    void everyContractOptionIsAnEndpointAndAComponentOptionWithADescription() throws Exception {
        JsonNode endpointOptions = json().get("properties");
        JsonNode componentOptions = json().get("componentProperties");
        for (String option : CONTRACT_OPTIONS) {
            assertThat(endpointOptions.has(option)).as("endpoint option " + option).isTrue();
            assertThat(endpointOptions.get(option).get("description").asText()).as(option).isNotBlank();
            assertThat(componentOptions.has(option)).as("component option " + option).isTrue();
        }
        CONTRACT_DEFAULTS.forEach((option, value) -> assertThat(endpointOptions.get(option).get("defaultValue").asText())
                .as("default of " + option).isEqualTo(value));
        // it usually comes from the component, so tooling must accept a URI without it; it is enforced at runtime
        assertThat(endpointOptions.get("organization").get("required").asBoolean()).isFalse();
        assertThat(endpointOptions.get("sslContextParameters").get("label").asText()).isEqualTo("security");
        assertThat(endpointOptions.get("proxyHost").get("label").asText()).isEqualTo("proxy");
    }

    @Test
    void theSecretsAreMarkedSecret() throws Exception {
        JsonNode options = json().get("properties");
        for (String secret : List.of("accessToken", "clientSecret", "apiKey", "proxyAuthPassword")) {
            assertThat(options.get(secret).get("secret").asBoolean()).as(secret).isTrue();
        }
        assertThat(options.get("organization").get("secret").asBoolean()).isFalse();
    }

    @Test
    void everyHeaderIsDescribedWithItsType() throws Exception {
        JsonNode headers = json().get("headers");
        for (String header : CONTRACT_HEADERS) {
            assertThat(headers.has(header)).as(header).isTrue();
            assertThat(headers.get(header).get("description").asText()).as(header).isNotBlank();
        }
        assertThat(headers.get("CamelHttpResponseCode").get("javaType").asText()).isEqualTo("Integer");
        assertThat(headers.get("CamelAdobeWorkflowAttempts").get("javaType").asText()).isEqualTo("Integer");
        assertThat(headers.get("CamelAdobeWorkflowState").get("javaType").asText()).isEqualTo("String");
    }

    @Test
    void theGeneratedConfigurersAndUriFactoryAreFoundWithoutReflection() throws Exception {
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.start();
            PropertyConfigurer endpointConfigurer = PluginHelper.getConfigurerResolver(camel)
                    .resolvePropertyConfigurer("adobe-workflow-endpoint", camel);
            PropertyConfigurer componentConfigurer = PluginHelper.getConfigurerResolver(camel)
                    .resolvePropertyConfigurer("adobe-workflow-component", camel);
            EndpointUriFactory uriFactory = camel.getCamelContextExtension().getEndpointUriFactory("adobe-workflow");

            assertThat(endpointConfigurer).isInstanceOf(AdobeWorkflowEndpointConfigurer.class);
            assertThat(componentConfigurer).isInstanceOf(AdobeWorkflowComponentConfigurer.class);
            assertThat(uriFactory).isInstanceOf(AdobeWorkflowEndpointUriFactory.class);
            assertThat(uriFactory.secretPropertyNames()).contains("accessToken", "clientSecret", "apiKey");
            assertThat(uriFactory.buildUri("adobe-workflow", Map.of("workflowId", "WKF12", "command", "stop"), false))
                    .isEqualTo("adobe-workflow:WKF12?command=stop");
            assertThat(camel.getComponent("adobe-workflow")).isInstanceOf(AdobeWorkflowComponent.class);
        }
    }
}
