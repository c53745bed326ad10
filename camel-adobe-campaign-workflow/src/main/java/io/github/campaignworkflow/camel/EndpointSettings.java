package io.github.campaignworkflow.camel;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import io.github.campaignworkflow.camel.auth.AccessTokenProvider;
import io.github.campaignworkflow.camel.auth.ClientCredentials;
import io.github.campaignworkflow.camel.auth.Secret;
import io.github.campaignworkflow.camel.request.ApiRoot;
import io.github.campaignworkflow.camel.request.PathSegments;
import io.github.campaignworkflow.camel.request.WorkflowRequestResolver;
import io.github.campaignworkflow.camel.client.AwaitSettings;
import io.github.campaignworkflow.camel.http.HttpSettings;
import io.github.campaignworkflow.camel.http.ProxySettings;
import io.github.campaignworkflow.camel.http.RequestLimits;
import org.apache.camel.spi.StateRepository;

/**
 * What an endpoint's URI and its component's defaults decide, checked once and frozen: a value changed on the
 * configuration afterwards cannot bypass a check, since the endpoint works from this object alone.
 *
 * @param root              where the organization's workflow API lives
 * @param workflowId        the workflow of the URI, or {@code null} (from the header)
 * @param command           the command of the URI, or {@code null} (from the header)
 * @param await             the wait for commands to take effect, or {@code null}
 * @param apiKey            the X-Api-Key
 * @param accessTokenProvider a provider bean, or {@code null}
 * @param accessToken       a fixed token, or {@code null}
 * @param clientCredentials an OAuth credential when neither of the two above is set, else {@code null}
 */
record EndpointSettings(
        ApiRoot root, String workflowId, WorkflowCommand command, AwaitSettings await, String activity, String source,
        boolean throwOnFailure, boolean emitUnchanged, StateRepository<String, String> stateRepository, Secret apiKey, AccessTokenProvider accessTokenProvider, Secret accessToken,
        ClientCredentials clientCredentials, int maxRetries, Duration retryDelay, Duration retryMaxDelay,
        HttpSettings http, RequestLimits limits) {

    /**
     * Checks everything the URI and the component's defaults decide.
     *
     * @throws IllegalArgumentException naming the value and what is allowed
     */
    static EndpointSettings of(String workflowId, AdobeWorkflowConfiguration c) {
        String api = c.getApi() == null ? "" : c.getApi().trim().toLowerCase(Locale.ROOT);
        if (!api.equals("rest")) {
            throw new IllegalArgumentException("Invalid api '" + c.getApi() + "': the allowed value is rest");
        }
        if (c.getOrganization() == null || c.getOrganization().isBlank()) {
            throw new IllegalArgumentException(
                    "The option organization is required: the Adobe Campaign tenant in the API path, such as acme or"
                                               + " acme-mkt-stage (camel.component.adobe-workflow.organization)");
        }
        ApiRoot root = ApiRoot.of(c.getBaseUrl(), c.getOrganization());
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
        requireAtLeast("maxRetries", c.getMaxRetries(), 0);
        requireAtLeast("retryDelay", c.getRetryDelay(), 0);
        requireAtLeast("retryMaxDelay", c.getRetryMaxDelay(), 0);
        requireAtLeast("connectTimeout", c.getConnectTimeout(), 1);
        requireAtLeast("responseTimeout", c.getResponseTimeout(), 1);
        requireAtLeast("connectionRequestTimeout", c.getConnectionRequestTimeout(), 1);
        requireAtLeast("maxResponseSize", c.getMaxResponseSize(), 1024);
        requireAtLeast("maxConnections", c.getMaxConnections(), 1);
        requireAtLeast("tokenRefreshMargin", c.getTokenRefreshMargin(), 0);
        if (c.getProxyHost() != null && (c.getProxyPort() == null || c.getProxyPort() <= 0)) {
            throw new IllegalArgumentException("The option proxyPort is required with proxyHost " + c.getProxyHost());
        }
        String proxyProtocol = c.getProxyProtocol() == null ? "" : c.getProxyProtocol().toLowerCase(Locale.ROOT);
        if (!proxyProtocol.equals("http") && !proxyProtocol.equals("https")) {
            throw new IllegalArgumentException(
                    "Invalid proxyProtocol '" + c.getProxyProtocol() + "': allowed values are http, https");
        }

        Secret accessToken = Secret.ofNullable(c.getAccessToken());
        Secret clientSecret = Secret.ofNullable(c.getClientSecret());
        boolean hasClientId = c.getClientId() != null && !c.getClientId().isBlank();
        ClientCredentials clientCredentials = null;
        if (c.getAccessTokenProvider() == null && accessToken == null) {
            if (!hasClientId || clientSecret == null) {
                throw new IllegalArgumentException(
                        "No credentials: set clientId, clientSecret and scope (an OAuth Server-to-Server credential),"
                                                   + " or accessToken, or accessTokenProvider"
                                                   + (hasClientId ? " (clientSecret is missing for client ID '"
                                                                    + c.getClientId() + "')" : ""));
            }
            URI tokenUrl = ApiRoot.httpUrl(c.getTokenUrl(), "tokenUrl");
            clientCredentials = new ClientCredentials(c.getClientId(), clientSecret, blankToNull(c.getScope()), tokenUrl,
                    Duration.ofMillis(c.getTokenRefreshMargin()));
        }
        Secret apiKey = Secret.ofNullable(c.getApiKey());
        if (apiKey == null && hasClientId) {
            apiKey = Secret.ofNullable(c.getClientId()); // the API key of an OAuth credential is its client ID
        }
        if (apiKey == null) {
            throw new IllegalArgumentException(
                    "The option apiKey is required (the X-Api-Key header), unless clientId is set: it defaults to the"
                                               + " client ID");
        }
        return new EndpointSettings(root, workflowId, command, await, blankToNull(c.getActivity()), c.getSource(),
                c.isThrowExceptionOnFailure(), c.isEmitUnchanged(), c.getStateRepository(), apiKey, c.getAccessTokenProvider(), accessToken, clientCredentials,
                c.getMaxRetries(), Duration.ofMillis(c.getRetryDelay()), Duration.ofMillis(c.getRetryMaxDelay()),
                httpSettings(c), requestLimits(c));
    }

    /** The HTTP settings of a configuration: what decides whether two endpoints can share one client. */
    static HttpSettings httpSettings(AdobeWorkflowConfiguration c) {
        ProxySettings proxy = c.getProxyHost() == null ? null
                : new ProxySettings(c.getProxyHost(), c.getProxyPort(), c.getProxyProtocol().toLowerCase(Locale.ROOT),
                        Secret.ofNullable(c.getProxyAuthUsername()), Secret.ofNullable(c.getProxyAuthPassword()));
        return new HttpSettings(c.getConnectTimeout(), c.getMaxConnections(), c.getSslContextParameters(), proxy,
                c.getHttpClientConfigurer());
    }

    /** The bounds of every request of a configuration. */
    static RequestLimits requestLimits(AdobeWorkflowConfiguration c) {
        return new RequestLimits(c.getConnectionRequestTimeout(), c.getResponseTimeout(), c.getMaxResponseSize());
    }

    private static void requireAtLeast(String option, long value, long minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(
                    "Invalid " + option + " " + value + ": it must be " + minimum + " or more");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String toString() {
        return "EndpointSettings[" + root.base() + ", workflow=" + workflowId + ", command=" + command + "]";
    }
}
