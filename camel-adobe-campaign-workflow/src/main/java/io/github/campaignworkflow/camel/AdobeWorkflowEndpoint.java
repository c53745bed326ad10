package io.github.campaignworkflow.camel;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.github.campaignworkflow.camel.api.AwaitingWorkflowApi;
import io.github.campaignworkflow.camel.api.WorkflowApi;
import io.github.campaignworkflow.camel.api.rest.RestWorkflowApi;
import io.github.campaignworkflow.camel.api.soap.BearerSoapCredentials;
import io.github.campaignworkflow.camel.api.soap.SoapCredential;
import io.github.campaignworkflow.camel.api.soap.SoapWorkflowApi;
import io.github.campaignworkflow.camel.auth.BearerTokens;
import io.github.campaignworkflow.camel.auth.StaticAccessTokenProvider;
import io.github.campaignworkflow.camel.http.HttpTransport;
import io.github.campaignworkflow.camel.send.Credentials;
import io.github.campaignworkflow.camel.send.RetryPolicy;
import io.github.campaignworkflow.camel.send.Sender;
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
 * Controls an Adobe Campaign workflow through Adobe's REST API (Campaign Standard) or the instance's SOAP API (Campaign
 * v8 and Classic): start, pause, resume or stop it, read its status, trigger its External signal activities, and wait
 * for a command to take effect. As a consumer, it polls a workflow's status and emits its state changes.
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
    private WorkflowApi api;
    private WorkflowRequestResolver resolver;
    private Credentials<?> credentials;

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
        HttpTransport transport = component.transport(s.transport().http());
        RetryPolicy retryPolicy = new RetryPolicy(s.maxRetries(), s.retryDelay(), s.retryMaxDelay(),
                component.getClock(), () -> ThreadLocalRandom.current().nextDouble());
        WorkflowApi campaign;
        if (s.target() instanceof ApiTarget.Rest rest) {
            Credentials<String> tokens = bearerTokens(s.authentication());
            credentials = tokens;
            campaign = new RestWorkflowApi(rest.root(), rest.apiKey(), s.workflowId(),
                    sender(transport, retryPolicy, tokens));
        } else {
            ApiTarget.Soap soap = (ApiTarget.Soap) s.target();
            Credentials<SoapCredential> soapCredentials = s.authentication() instanceof Authentication.Operator operator
                    ? component.sessions(soap.router(), operator.username(), operator.password())
                    : new BearerSoapCredentials(bearerTokens(s.authentication()));
            credentials = soapCredentials;
            campaign = new SoapWorkflowApi(soap.router(), sender(transport, retryPolicy, soapCredentials));
        }
        api = s.await() == null ? campaign
                : new AwaitingWorkflowApi(campaign, s.await(), component.waits(), transport.executor());
        resolver = new WorkflowRequestResolver(s.command(), s.workflowId(), s.activity(), s.source(), s.await() != null);
    }

    private <C> Sender<C> sender(HttpTransport transport, RetryPolicy retryPolicy, Credentials<C> with) {
        return new Sender<>(transport, with, retryPolicy, settings.transport().limits(), getComponent().waits(),
                describe());
    }

    private Credentials<String> bearerTokens(Authentication authentication) {
        if (authentication instanceof Authentication.ProvidedTokens provided) {
            return new BearerTokens(provided.provider());
        }
        if (authentication instanceof Authentication.FixedToken fixed) {
            return new BearerTokens(new StaticAccessTokenProvider(fixed.token()));
        }
        return getComponent().tokens(((Authentication.OAuth) authentication).credentials());
    }

    /**
     * The id of the health check of this endpoint's credential: shared by every endpoint with the same OAuth
     * credential, else named after the workflow and command.
     */
    String healthCheckId() {
        if (settings.authentication() instanceof Authentication.OAuth oauth) {
            return "producer:adobe-workflow-ims-" + oauth.credentials().clientId();
        }
        if (settings.authentication() instanceof Authentication.Operator operator) {
            return "producer:adobe-workflow-operator-" + operator.username() + "@" + settings.target().base().getHost();
        }
        return "producer:adobe-workflow-" + (workflowId != null ? workflowId : "any") + "-"
               + (settings.command() != null ? settings.command().word() : "any");
    }

    /** Where the producer health check asks for a credential (a token, a Campaign session). */
    Credentials<?> credentials() {
        return credentials;
    }

    /** The longest a request of this endpoint may take: waiting for a connection, connecting, the whole response. */
    long requestDeadlineMillis() {
        return settings.transport().requestDeadlineMillis();
    }

    /** The endpoint URI with secrets masked, for messages. */
    String describe() {
        return URISupport.sanitizeUri(getEndpointUri());
    }

    /** What the URI and the component's defaults decided, checked when the endpoint was initialised. */
    EndpointSettings settings() {
        return settings;
    }

    WorkflowApi api() {
        return api;
    }

    WorkflowRequestResolver resolver() {
        return resolver;
    }

    /** Where the commands go, for tracing and metrics: the API root (baseUrl). */
    @Override
    public String getServiceUrl() {
        return settings != null ? settings.target().base().toString() : configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    /** Which Campaign API, and for REST the organization; never a credential. */
    @Override
    public Map<String, String> getServiceMetadata() {
        if (settings == null) {
            return null;
        }
        if (settings.target() instanceof ApiTarget.Rest rest) {
            return Map.of("api", "rest", "organization", rest.root().organization());
        }
        return Map.of("api", "soap");
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
