package io.github.campaignworkflow.camel;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import io.github.campaignworkflow.camel.api.AwaitSettings;
import io.github.campaignworkflow.camel.api.HttpUrl;
import io.github.campaignworkflow.camel.api.PathSegments;
import io.github.campaignworkflow.camel.api.WorkflowCommand;
import io.github.campaignworkflow.camel.api.rest.ApiRoot;
import io.github.campaignworkflow.camel.api.soap.SoapWorkflowApi;
import io.github.campaignworkflow.camel.api.soap.XmlValues;
import io.github.campaignworkflow.camel.auth.ClientCredentials;
import io.github.campaignworkflow.camel.http.Secret;
import org.apache.camel.spi.StateRepository;

/**
 * What an endpoint's URI and its component's defaults decide, checked once and frozen: a value changed on the
 * configuration afterwards cannot bypass a check, since the endpoint works from this object alone.
 *
 * @param target          which Campaign API, and where
 * @param workflowId      the workflow of the URI, or {@code null} (from the header)
 * @param command         the command of the URI, or {@code null} (from the header)
 * @param await           the wait for commands to take effect, or {@code null}
 * @param activity        the default signal activity, or {@code null}
 * @param stateRepository where the consumer keeps the last state it emitted, or {@code null}
 * @param authentication  how requests are authenticated
 */
record EndpointSettings(
        ApiTarget target, String workflowId, WorkflowCommand command, AwaitSettings await, String activity,
        String source, boolean throwOnFailure, boolean emitUnchanged, StateRepository<String, String> stateRepository,
        Authentication authentication, int maxRetries, Duration retryDelay, Duration retryMaxDelay,
        TransportSettings transport) {

    /**
     * Checks everything the URI and the component's defaults decide.
     *
     * @throws IllegalArgumentException naming the value and what is allowed
     */
    static EndpointSettings of(String workflowId, AdobeWorkflowConfiguration c) {
        String api = c.getApi() == null ? "" : c.getApi().trim().toLowerCase(Locale.ROOT);
        if (!api.equals("rest") && !api.equals("soap")) {
            throw new IllegalArgumentException(
                    "Invalid api '" + c.getApi() + "': allowed values are rest (Campaign Standard, and Standard tenants"
                                               + " moved to v8) and soap (Campaign v8 and Classic v7)");
        }
        boolean soap = api.equals("soap");
        if (workflowId != null) {
            PathSegments.requireSafe(workflowId, "workflow ID (endpoint URI)");
        }
        WorkflowCommand command = c.getCommand() != null ? WorkflowCommand.parse(c.getCommand(), "option command") : null;
        if (c.getSource() == null || c.getSource().isBlank()) {
            throw new IllegalArgumentException("The option source must not be blank: it is the source of a signal");
        }
        AwaitSettings await = AwaitSettings.parse(c.getAwaitState(), c.getAwaitTimeout(), c.getAwaitInterval());
        if (command != null) {
            WorkflowRequestResolver.requireAwaitable(command, await != null, "option command");
        }
        TransportSettings.requireAtLeast("maxRetries", c.getMaxRetries(), 0);
        TransportSettings.requireAtLeast("retryDelay", c.getRetryDelay(), 0);
        TransportSettings.requireAtLeast("retryMaxDelay", c.getRetryMaxDelay(), 0);
        TransportSettings.requireAtLeast("tokenRefreshMargin", c.getTokenRefreshMargin(), 0);
        TransportSettings transport = TransportSettings.of(c);
        ApiTarget target = soap ? soap(c) : rest(c);
        Authentication authentication = soap ? soapAuthentication(c) : restAuthentication(c);
        return new EndpointSettings(target, workflowId, command, await, blankToNull(c.getActivity()), c.getSource(),
                c.isThrowExceptionOnFailure(), c.isEmitUnchanged(), c.getStateRepository(), authentication,
                c.getMaxRetries(), Duration.ofMillis(c.getRetryDelay()), Duration.ofMillis(c.getRetryMaxDelay()),
                transport);
    }

    private static ApiTarget.Rest rest(AdobeWorkflowConfiguration c) {
        if (c.getOrganization() == null || c.getOrganization().isBlank()) {
            throw new IllegalArgumentException(
                    "The option organization is required: the Adobe Campaign tenant in the API path, such as acme or"
                                               + " acme-mkt-stage (camel.component.adobe-workflow.organization)");
        }
        ApiRoot root = ApiRoot.of(c.getBaseUrl(), c.getOrganization());
        Secret apiKey = Secret.ofNullable(c.getApiKey());
        if (apiKey == null && hasClientId(c)) {
            apiKey = Secret.ofNullable(c.getClientId()); // the API key of an OAuth credential is its client ID
        }
        if (apiKey == null) {
            throw new IllegalArgumentException(
                    "The option apiKey is required (the X-Api-Key header), unless clientId is set: it defaults to the"
                                               + " client ID");
        }
        return new ApiTarget.Rest(root, apiKey);
    }

    /** With api=soap, the instance: baseUrl must name it, the REST gateway is no SOAP router. */
    private static ApiTarget.Soap soap(AdobeWorkflowConfiguration c) {
        if (c.getBaseUrl() == null || c.getBaseUrl().isBlank()
                || c.getBaseUrl().trim().equals(AdobeWorkflowConfiguration.DEFAULT_BASE_URL)) {
            throw new IllegalArgumentException(
                    "With api=soap, set baseUrl to your Campaign instance, such as https://acme-mkt.campaign.adobe.com:"
                                               + " " + AdobeWorkflowConfiguration.DEFAULT_BASE_URL
                                               + " is the REST gateway of Campaign Standard, it has no SOAP router");
        }
        URI base = HttpUrl.require(c.getBaseUrl(), "baseUrl");
        return new ApiTarget.Soap(base, SoapWorkflowApi.router(base));
    }

    private static Authentication restAuthentication(AdobeWorkflowConfiguration c) {
        if (hasOperator(c)) {
            throw new IllegalArgumentException(
                    "The options username and password are for api=soap (a Campaign operator's Logon); the REST API of"
                                               + " Campaign Standard takes an OAuth credential, accessToken or"
                                               + " accessTokenProvider");
        }
        return bearerTokens(c);
    }

    /** With api=soap: exactly one of an operator (username and password) and the bearer-token options. */
    private static Authentication soapAuthentication(AdobeWorkflowConfiguration c) {
        boolean bearer = c.getAccessTokenProvider() != null || Secret.ofNullable(c.getAccessToken()) != null
                         || hasClientId(c) || Secret.ofNullable(c.getClientSecret()) != null;
        if (!hasOperator(c)) {
            if (!bearer) {
                throw new IllegalArgumentException(
                        "No credentials for api=soap: set username and password (a Campaign operator, Classic v7 and"
                                                   + " v8 before 8.6), or an IMS credential: clientId, clientSecret"
                                                   + " and scope, or accessToken, or accessTokenProvider (v8.5+)");
            }
            return bearerTokens(c);
        }
        if (bearer) {
            throw new IllegalArgumentException(
                    "With api=soap, set either username and password (a Campaign operator) or an IMS credential"
                                               + " (clientId/clientSecret, accessToken, accessTokenProvider), not both");
        }
        Secret password = Secret.ofNullable(c.getPassword());
        if (c.getUsername() == null || c.getUsername().isBlank() || password == null) {
            throw new IllegalArgumentException(
                    "The Campaign operator needs both username and password"
                                               + (c.getUsername() != null && !c.getUsername().isBlank()
                                                       ? " (password is missing for username '" + c.getUsername() + "')"
                                                       : " (username is missing)"));
        }
        XmlValues.requireText(c.getUsername(), "username");
        XmlValues.requireText(password.reveal(), "password");
        return new Authentication.Operator(c.getUsername().trim(), password);
    }

    private static boolean hasOperator(AdobeWorkflowConfiguration c) {
        return c.getUsername() != null && !c.getUsername().isBlank() || Secret.ofNullable(c.getPassword()) != null;
    }

    /** The token source, in this order: a provider bean, a fixed token, an OAuth credential. */
    private static Authentication bearerTokens(AdobeWorkflowConfiguration c) {
        if (c.getAccessTokenProvider() != null) {
            return new Authentication.ProvidedTokens(c.getAccessTokenProvider());
        }
        Secret accessToken = Secret.ofNullable(c.getAccessToken());
        if (accessToken != null) {
            return new Authentication.FixedToken(accessToken);
        }
        Secret clientSecret = Secret.ofNullable(c.getClientSecret());
        if (!hasClientId(c) || clientSecret == null) {
            throw new IllegalArgumentException(
                    "No credentials: set clientId, clientSecret and scope (an OAuth Server-to-Server credential),"
                                               + " or accessToken, or accessTokenProvider"
                                               + (hasClientId(c) ? " (clientSecret is missing for client ID '"
                                                                   + c.getClientId() + "')" : ""));
        }
        URI tokenUrl = HttpUrl.require(c.getTokenUrl(), "tokenUrl");
        return new Authentication.OAuth(new ClientCredentials(c.getClientId(), clientSecret, blankToNull(c.getScope()),
                tokenUrl, Duration.ofMillis(c.getTokenRefreshMargin())));
    }

    private static boolean hasClientId(AdobeWorkflowConfiguration c) {
        return c.getClientId() != null && !c.getClientId().isBlank();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String toString() {
        return "EndpointSettings[" + target + ", workflow=" + workflowId + ", command=" + command + "]";
    }
}
