package io.github.campaignworkflow.camel;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import io.github.campaignworkflow.camel.auth.ClientCredentials;
import io.github.campaignworkflow.camel.auth.Secret;
import io.github.campaignworkflow.camel.auth.StaticAccessTokenProvider;
import io.github.campaignworkflow.camel.auth.TokenSupply;
import io.github.campaignworkflow.camel.call.ApiRoot;
import io.github.campaignworkflow.camel.call.PathSegments;
import io.github.campaignworkflow.camel.call.WorkflowCallResolver;
import io.github.campaignworkflow.camel.client.AwaitSettings;
import io.github.campaignworkflow.camel.client.RequestSender;
import io.github.campaignworkflow.camel.client.WorkflowClient;
import io.github.campaignworkflow.camel.client.WorkflowRequests;
import io.github.campaignworkflow.camel.http.HttpTransport;
import io.github.campaignworkflow.camel.retry.RetryPolicy;
import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.util.URISupport;

/**
 * Controls an Adobe Campaign workflow through Adobe's REST API: start, pause, resume or stop it, read its status,
 * trigger its External signal activities, and wait for a command to take effect. As a consumer, it polls a workflow's
 * status and emits its state changes.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "adobe-workflow", title = "Adobe Campaign Workflow",
             syntax = "adobe-workflow:workflowId", category = { Category.WORKFLOW, Category.SAAS, Category.API },
             headersClass = AdobeWorkflowConstants.class)
public class AdobeWorkflowEndpoint extends ScheduledPollEndpoint implements AsyncEndpoint, EndpointServiceLocation {

    @UriPath(label = "common",
             description = "The ID (or internal name) of the workflow, such as WKF12. It may be left out when every"
                           + " message carries the header CamelAdobeWorkflowId.")
    private String workflowId;

    @UriParam
    private AdobeWorkflowConfiguration configuration;

    // validated once, when the endpoint is created
    private ApiRoot root;
    private WorkflowCommand command;
    private AwaitSettings await;
    private Secret apiKey;
    private ClientCredentials clientCredentials;

    // built when the endpoint starts
    private WorkflowClient client;
    private WorkflowCallResolver resolver;
    private TokenSupply tokens;

    public AdobeWorkflowEndpoint(String uri, AdobeWorkflowComponent component, AdobeWorkflowConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public AdobeWorkflowComponent getComponent() {
        return (AdobeWorkflowComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() throws Exception {
        return new AdobeWorkflowProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (workflowId == null) {
            throw new IllegalArgumentException(
                    "The adobe-workflow consumer needs the workflow ID in its URI, such as adobe-workflow:WKF12");
        }
        AdobeWorkflowConsumer consumer = new AdobeWorkflowConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    /**
     * Checks everything the URI and the component's defaults decide, so that a wrong endpoint fails when it is
     * created, with a message naming the value and what is allowed.
     */
    void validate() {
        AdobeWorkflowConfiguration c = configuration;
        if (c.getOrganization() == null || c.getOrganization().isBlank()) {
            throw new IllegalArgumentException(
                    "The option organization is required: the Adobe Campaign tenant in the API path, such as acme or"
                                               + " acme-mkt-stage (camel.component.adobe-workflow.organization)");
        }
        root = ApiRoot.of(c.getBaseUrl(), c.getOrganization());
        if (workflowId != null) {
            PathSegments.requireSafe(workflowId, "workflow ID (endpoint URI)");
        }
        command = c.getCommand() != null ? WorkflowCommand.parse(c.getCommand(), "option command") : null;
        if (c.getSource() == null || c.getSource().isBlank()) {
            throw new IllegalArgumentException("The option source must not be blank: it is the source of a signal");
        }
        await = AwaitSettings.parse(c.getAwaitState(), c.getAwaitTimeout(), c.getAwaitInterval());
        if (command != null) {
            WorkflowCallResolver.requireAwaitable(command, await != null, "option command");
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
        validateCredentials(c);
    }

    private void validateCredentials(AdobeWorkflowConfiguration c) {
        Secret clientSecret = Secret.ofNullable(c.getClientSecret());
        boolean hasClientId = c.getClientId() != null && !c.getClientId().isBlank();
        clientCredentials = null;
        if (c.getAccessTokenProvider() == null && Secret.ofNullable(c.getAccessToken()) == null) {
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
        apiKey = Secret.ofNullable(c.getApiKey());
        if (apiKey == null && hasClientId) {
            apiKey = Secret.ofNullable(c.getClientId()); // the API key of an OAuth credential is its client ID
        }
        if (apiKey == null) {
            throw new IllegalArgumentException(
                    "The option apiKey is required (the X-Api-Key header), unless clientId is set: it defaults to the"
                                               + " client ID");
        }
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
    protected void doStart() throws Exception {
        super.doStart();
        AdobeWorkflowConfiguration c = configuration;
        AdobeWorkflowComponent component = getComponent();
        HttpTransport transport = component.transport(AdobeWorkflowComponent.httpSettings(c));
        RetryPolicy retryPolicy = new RetryPolicy(c.getMaxRetries(), Duration.ofMillis(c.getRetryDelay()),
                Duration.ofMillis(c.getRetryMaxDelay()), component.getClock(),
                () -> ThreadLocalRandom.current().nextDouble());
        tokens = tokenSupply();
        RequestSender sender = new RequestSender(transport, tokens, apiKey, retryPolicy,
                AdobeWorkflowComponent.requestLimits(c), component.waits(), describe());
        client = new WorkflowClient(new WorkflowRequests(root), sender, await, c.isThrowExceptionOnFailure(),
                component.waits(), transport.executor());
        resolver = new WorkflowCallResolver(command, workflowId, blankToNull(c.getActivity()), c.getSource(),
                await != null);
    }

    /** The token source, in this order: a provider bean, a fixed token, the component's cache for the credential. */
    private TokenSupply tokenSupply() {
        AdobeWorkflowConfiguration c = configuration;
        if (c.getAccessTokenProvider() != null) {
            return TokenSupply.of(c.getAccessTokenProvider());
        }
        Secret accessToken = Secret.ofNullable(c.getAccessToken());
        if (accessToken != null) {
            return TokenSupply.of(new StaticAccessTokenProvider(accessToken));
        }
        return getComponent().tokenSupply(clientCredentials);
    }

    /**
     * The id of the health check of this endpoint's credential: shared by every endpoint with the same OAuth
     * credential, else named after the workflow and command.
     */
    String healthCheckId() {
        if (clientCredentials != null) {
            return "producer:adobe-workflow-ims-" + clientCredentials.clientId();
        }
        return "producer:adobe-workflow-" + (workflowId != null ? workflowId : "any") + "-"
               + (command != null ? command.word() : "any");
    }

    /** Where the producer health check asks for a token. */
    TokenSupply tokens() {
        return tokens;
    }

    /** The endpoint URI with secrets masked, for messages. */
    String describe() {
        return URISupport.sanitizeUri(getEndpointUri());
    }

    WorkflowClient client() {
        return client;
    }

    WorkflowCallResolver resolver() {
        return resolver;
    }

    @Override
    public String getServiceUrl() {
        return root != null ? root.base().toString() : configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    public String getWorkflowId() {
        return workflowId;
    }

    /**
     * The ID (or internal name) of the workflow, such as WKF12. It may be left out when every message carries the
     * header CamelAdobeWorkflowId.
     */
    public void setWorkflowId(String workflowId) {
        this.workflowId = workflowId;
    }

    public AdobeWorkflowConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(AdobeWorkflowConfiguration configuration) {
        this.configuration = configuration;
    }
}
