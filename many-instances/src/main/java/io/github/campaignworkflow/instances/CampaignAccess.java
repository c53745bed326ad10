package io.github.campaignworkflow.instances;

import java.util.Map;
import java.util.Objects;

import io.github.campaignworkflow.camel.AdobeWorkflowComponent;
import io.github.campaignworkflow.camel.AdobeWorkflowConfiguration;

/**
 * Where an instance finds Campaign and with which OAuth credential: each instance may have its own client ID (its
 * {@code X-Api-Key}), which is how the simulator tells the instances' requests apart. {@link #toString()} names the
 * client, never the secret.
 */
public record CampaignAccess(String organization, String baseUrl, String tokenUrl, String clientId,
                             String clientSecret, String scope) {

    /** Environment variable that carries the secret to a child JVM: never on its command line. */
    public static final String SECRET_VARIABLE = "ADOBE_CLIENT_SECRET";

    public CampaignAccess {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(scope, "scope");
    }

    /** From a simulator's {@code componentOptions()}, with another of its clients. */
    public static CampaignAccess of(Map<String, String> simulatorOptions, String clientId, String clientSecret) {
        return new CampaignAccess(simulatorOptions.get("organization"), simulatorOptions.get("baseUrl"),
                simulatorOptions.get("tokenUrl"), clientId, clientSecret, simulatorOptions.get("scope"));
    }

    public AdobeWorkflowComponent newComponent() {
        AdobeWorkflowComponent component = new AdobeWorkflowComponent();
        AdobeWorkflowConfiguration configuration = component.getConfiguration();
        configuration.setOrganization(organization);
        configuration.setBaseUrl(baseUrl);
        configuration.setTokenUrl(tokenUrl);
        configuration.setClientId(clientId);
        configuration.setClientSecret(clientSecret);
        configuration.setScope(scope);
        return component;
    }

    @Override
    public String toString() {
        return "CampaignAccess[" + organization + " at " + baseUrl + ", client " + clientId + "]";
    }
}
