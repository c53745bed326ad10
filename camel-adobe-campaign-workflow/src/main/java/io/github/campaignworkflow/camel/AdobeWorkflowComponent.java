package io.github.campaignworkflow.camel;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

import io.github.campaignworkflow.camel.auth.AccessTokenProvider;
import io.github.campaignworkflow.camel.auth.ClientCredentials;
import io.github.campaignworkflow.camel.auth.ClientCredentialsTokenProvider;
import io.github.campaignworkflow.camel.auth.ImsTokenClient;
import io.github.campaignworkflow.camel.auth.Secret;
import io.github.campaignworkflow.camel.http.HttpClientFactory;
import io.github.campaignworkflow.camel.http.HttpSettings;
import io.github.campaignworkflow.camel.http.HttpTransport;
import io.github.campaignworkflow.camel.http.ProxySettings;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.IOHelper;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * The {@code adobe-workflow} component. Its {@link AdobeWorkflowConfiguration} holds the defaults of every endpoint
 * ({@code camel.component.adobe-workflow.organization=acme}); it owns what endpoints share: one pooled HTTP client
 * per distinct set of HTTP settings, one token cache per OAuth credential, and the scheduler that runs retries and
 * waits without holding threads.
 */
@Component("adobe-workflow")
public class AdobeWorkflowComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(description = "The defaults of every endpoint: each option of an endpoint URI overrides the value here.")
    private AdobeWorkflowConfiguration configuration = new AdobeWorkflowConfiguration();

    @Metadata(label = "security", defaultValue = "false",
              description = "Use the global SSLContextParameters of the CamelContext when an endpoint sets none.")
    private boolean useGlobalSslContextParameters;

    private final Map<HttpSettings, CloseableHttpClient> httpClients = new ConcurrentHashMap<>();
    private final Map<ClientCredentials, ClientCredentialsTokenProvider> tokenProviders = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;
    private Clock clock = Clock.systemUTC();

    public AdobeWorkflowComponent() {
    }

    public AdobeWorkflowComponent(CamelContext context) {
        super(context);
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        AdobeWorkflowConfiguration endpointConfiguration = configuration.copy();
        AdobeWorkflowEndpoint endpoint = new AdobeWorkflowEndpoint(uri, this, endpointConfiguration);
        endpoint.setWorkflowId(remaining == null || remaining.isEmpty() ? null : remaining);
        setProperties(endpoint, parameters);
        if (endpointConfiguration.getSslContextParameters() == null && useGlobalSslContextParameters) {
            endpointConfiguration.setSslContextParameters(retrieveGlobalSslContextParameters());
        }
        // a URI that is wrong on its own fails here, before any route starts or anything is sent
        endpoint.validate();
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        scheduler = getCamelContext().getExecutorServiceManager().newDefaultScheduledThreadPool(this, "AdobeWorkflow");
        // the client of the component's own settings; an endpoint overriding HTTP options gets its own on start
        if (configuration.getProxyHost() == null || configuration.getProxyPort() != null) {
            transport(httpSettings(configuration));
        }
    }

    @Override
    protected void doStop() throws Exception {
        tokenProviders.clear();
        httpClients.values().forEach(IOHelper::close);
        httpClients.clear();
        if (scheduler != null) {
            getCamelContext().getExecutorServiceManager().shutdown(scheduler);
            scheduler = null;
        }
        super.doStop();
    }

    /** The HTTP settings of a configuration: what decides whether two endpoints can share one client. */
    static HttpSettings httpSettings(AdobeWorkflowConfiguration c) {
        ProxySettings proxy = c.getProxyHost() == null ? null
                : new ProxySettings(c.getProxyHost(), c.getProxyPort(), c.getProxyProtocol().toLowerCase(Locale.ROOT),
                        Secret.ofNullable(c.getProxyAuthUsername()), Secret.ofNullable(c.getProxyAuthPassword()));
        return new HttpSettings(c.getConnectTimeout(), c.getMaxConnections(), c.getSslContextParameters(), proxy,
                c.getHttpClientConfigurer());
    }

    /** The pooled client for these settings, shared by every endpoint that has the same. */
    HttpTransport transport(HttpSettings settings) {
        return new HttpTransport(httpClients.computeIfAbsent(settings, this::createClient));
    }

    private CloseableHttpClient createClient(HttpSettings settings) {
        try {
            return HttpClientFactory.create(settings, getCamelContext(), userAgent());
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new RuntimeCamelException("Cannot create the HTTP client of the adobe-workflow component: "
                                            + e.getMessage(), e);
        }
    }

    /** The token cache of an OAuth credential, shared by every endpoint that uses the same credential. */
    AccessTokenProvider tokenProvider(ClientCredentials credentials, HttpTransport transport, RequestConfig config) {
        return tokenProviders.computeIfAbsent(credentials,
                c -> new ClientCredentialsTokenProvider(new ImsTokenClient(transport, c, config, clock)::fetch,
                        c.clientId(), clock));
    }

    /** How many pooled HTTP clients the component holds. */
    int httpClientCount() {
        return httpClients.size();
    }

    ScheduledExecutorService scheduler() {
        if (scheduler == null) {
            throw new IllegalStateException("The adobe-workflow component is not started");
        }
        return scheduler;
    }

    private static String userAgent() {
        String version = AdobeWorkflowComponent.class.getPackage().getImplementationVersion();
        return "camel-adobe-campaign-workflow" + (version != null ? "/" + version : "");
    }

    public AdobeWorkflowConfiguration getConfiguration() {
        return configuration;
    }

    /** The defaults of every endpoint: each option of an endpoint URI overrides the value here. */
    public void setConfiguration(AdobeWorkflowConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    /** Use the global SSLContextParameters of the CamelContext when an endpoint sets none. */
    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public Clock getClock() {
        return clock;
    }

    /** The clock of token expiry and Retry-After dates; tests replace it to move time without sleeping. */
    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
