package io.github.campaignworkflow.camel;

import java.util.concurrent.ThreadLocalRandom;

import io.github.campaignworkflow.camel.auth.StaticAccessTokenProvider;
import io.github.campaignworkflow.camel.auth.TokenSupply;
import io.github.campaignworkflow.camel.request.WorkflowRequestResolver;
import io.github.campaignworkflow.camel.client.RequestSender;
import io.github.campaignworkflow.camel.client.WorkflowClient;
import io.github.campaignworkflow.camel.client.ApiRequests;
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

    // checked once, when the endpoint is initialised
    private EndpointSettings settings;

    // built when the endpoint starts
    private WorkflowClient client;
    private WorkflowRequestResolver resolver;
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

    /** Checks the URI and the component's defaults once: a wrong endpoint fails when it is created. */
    @Override
    protected void doInit() throws Exception {
        super.doInit();
        settings = EndpointSettings.of(workflowId, configuration);
    }

    /** Wires what a started endpoint uses, from its checked settings alone. */
    @Override
    protected void doStart() throws Exception {
        super.doStart();
        EndpointSettings s = settings;
        AdobeWorkflowComponent component = getComponent();
        HttpTransport transport = component.transport(s.http());
        RetryPolicy retryPolicy = new RetryPolicy(s.maxRetries(), s.retryDelay(), s.retryMaxDelay(),
                component.getClock(), () -> ThreadLocalRandom.current().nextDouble());
        tokens = tokenSupply(s);
        RequestSender sender = new RequestSender(transport, tokens, s.apiKey(), retryPolicy, s.limits(),
                component.waits(), describe());
        client = new WorkflowClient(new ApiRequests(s.root(), s.workflowId()), sender, s.await(), s.throwOnFailure(),
                component.waits(), transport.executor());
        resolver = new WorkflowRequestResolver(s.command(), s.workflowId(), s.activity(), s.source(), s.await() != null);
    }

    /** The token source, in this order: a provider bean, a fixed token, the component's cache for the credential. */
    private TokenSupply tokenSupply(EndpointSettings s) {
        if (s.accessTokenProvider() != null) {
            return TokenSupply.of(s.accessTokenProvider());
        }
        if (s.accessToken() != null) {
            return TokenSupply.of(new StaticAccessTokenProvider(s.accessToken()));
        }
        return getComponent().tokenSupply(s.clientCredentials());
    }

    /**
     * The id of the health check of this endpoint's credential: shared by every endpoint with the same OAuth
     * credential, else named after the workflow and command.
     */
    String healthCheckId() {
        if (settings.clientCredentials() != null) {
            return "producer:adobe-workflow-ims-" + settings.clientCredentials().clientId();
        }
        return "producer:adobe-workflow-" + (workflowId != null ? workflowId : "any") + "-"
               + (settings.command() != null ? settings.command().word() : "any");
    }

    /** Where the producer health check asks for a token. */
    TokenSupply tokens() {
        return tokens;
    }

    /** The longest a request of this endpoint may take: waiting for a connection, connecting, the whole response. */
    long requestDeadlineMillis() {
        return settings.limits().connectionRequestTimeoutMillis() + settings.http().connectTimeoutMillis()
               + settings.limits().responseTimeoutMillis();
    }

    /** The endpoint URI with secrets masked, for messages. */
    String describe() {
        return URISupport.sanitizeUri(getEndpointUri());
    }

    /** What the URI and the component's defaults decided, checked when the endpoint was initialised. */
    EndpointSettings settings() {
        return settings;
    }

    WorkflowClient client() {
        return client;
    }

    WorkflowRequestResolver resolver() {
        return resolver;
    }

    @Override
    public String getServiceUrl() {
        return settings != null ? settings.root().base().toString() : configuration.getBaseUrl();
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
        if (settings != null) {
            throw new IllegalStateException("The endpoint " + describe() + " is initialised: its workflow ID is fixed");
        }
        this.workflowId = workflowId;
    }

    public AdobeWorkflowConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(AdobeWorkflowConfiguration configuration) {
        this.configuration = configuration;
    }
}
