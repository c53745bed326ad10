package io.github.campaignworkflow.camel;

import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.campaignworkflow.camel.api.soap.OperatorSessions;
import io.github.campaignworkflow.camel.api.soap.SoapCredential;
import io.github.campaignworkflow.camel.auth.ClientCredentials;
import io.github.campaignworkflow.camel.auth.ImsTokenCache;
import io.github.campaignworkflow.camel.auth.ImsTokenClient;
import io.github.campaignworkflow.camel.http.HttpClientFactory;
import io.github.campaignworkflow.camel.http.HttpSettings;
import io.github.campaignworkflow.camel.http.HttpTransport;
import io.github.campaignworkflow.camel.http.Secret;
import io.github.campaignworkflow.camel.send.Credentials;
import io.github.campaignworkflow.camel.send.WaitScheduler;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.spi.LifecycleStrategy;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.LifecycleStrategySupport;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * The {@code adobe-workflow} component. Its {@link AdobeWorkflowConfiguration} holds the defaults of every endpoint
 * ({@code camel.component.adobe-workflow.organization=acme}); it owns what endpoints share: one pooled HTTP transport
 * per distinct set of HTTP settings (with its I/O threads), one token cache per OAuth credential, and the timer of
 * response deadlines, retries and state polls. Stopping it, or its CamelContext, fails every waiting exchange at once and
 * aborts every request in flight.
 */
@Component("adobe-workflow")
public class AdobeWorkflowComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(description = "The defaults of every endpoint: each option of an endpoint URI overrides the value here.")
    private AdobeWorkflowConfiguration configuration = new AdobeWorkflowConfiguration();

    @Metadata(label = "security", defaultValue = "false",
              description = "Use the global SSLContextParameters of the CamelContext when an endpoint sets none.")
    private boolean useGlobalSslContextParameters;

    private final Map<HttpSettings, HttpTransport> transports = new ConcurrentHashMap<>();
    private final Map<ClientCredentials, ImsTokenCache> tokenCaches = new ConcurrentHashMap<>();
    private final Map<Operator, OperatorSessions> sessions = new ConcurrentHashMap<>();
    /** The component's own HTTP options, checked when it starts: IMS token requests and Logons use them. */
    private TransportSettings ownTransport;
    private final List<ExecutorService> executors = new CopyOnWriteArrayList<>();
    /** The producer health checks, one per credential, and how many producers share each. */
    private final Map<String, SharedHealthCheck> healthChecks = new HashMap<>();
    private ScheduledExecutorService timer;
    private WaitScheduler waits;
    private LifecycleStrategy stopOnContextStopping;
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
        // a URI that is wrong on its own fails when Camel initialises the endpoint, before anything is sent
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        ownTransport = TransportSettings.of(configuration);
        // the timer only times (response deadlines, retry back-offs, state polls): one thread, no queue limit
        ThreadPoolProfile timerProfile = new ThreadPoolProfile("AdobeWorkflowTimer");
        timerProfile.setPoolSize(1);
        timerProfile.setMaxPoolSize(1);
        timerProfile.setMaxQueueSize(-1);
        timer = getCamelContext().getExecutorServiceManager().newScheduledThreadPool(this, "AdobeWorkflowTimer",
                timerProfile);
        waits = new WaitScheduler(timer);
        // a context stops its routes gracefully before its components: waiting exchanges must not hold that up
        stopOnContextStopping = new LifecycleStrategySupport() {
            @Override
            public void onContextStopping(CamelContext context) {
                abandonWork();
            }
        };
        getCamelContext().addLifecycleStrategy(stopOnContextStopping);
    }

    @Override
    protected void doStop() throws Exception {
        abandonWork();
        if (stopOnContextStopping != null) {
            getCamelContext().getLifecycleStrategies().remove(stopOnContextStopping);
            stopOnContextStopping = null;
        }
        transports.clear();
        tokenCaches.clear();
        for (ExecutorService executor : executors) {
            getCamelContext().getExecutorServiceManager().shutdownNow(executor);
        }
        executors.clear();
        if (timer != null) {
            getCamelContext().getExecutorServiceManager().shutdownNow(timer);
            timer = null;
        }
        super.doStop();
    }

    /**
     * Fails every wait, ends the open Campaign sessions (each Logoff within the component's limits), aborts every
     * request in flight, and sends nothing more.
     */
    private void abandonWork() {
        if (waits != null) {
            waits.stop();
        }
        sessions.values().forEach(OperatorSessions::logOff);
        sessions.clear();
        transports.values().forEach(HttpTransport::close);
    }

    /** The pooled transport for these settings, shared by every endpoint that has the same. */
    HttpTransport transport(HttpSettings settings) {
        requireStarted();
        return transports.computeIfAbsent(settings, this::createTransport);
    }

    private HttpTransport createTransport(HttpSettings settings) {
        CloseableHttpClient client;
        try {
            client = HttpClientFactory.create(settings, getCamelContext(), userAgent());
        } catch (IOException | GeneralSecurityException e) {
            throw new RuntimeCamelException("Cannot create the HTTP client of the adobe-workflow component: "
                                            + e.getMessage(), e);
        }
        // as many I/O threads as connections: more could only wait for one; idle threads end after a minute
        ThreadPoolProfile ioProfile = new ThreadPoolProfile("AdobeWorkflowIO");
        ioProfile.setPoolSize(settings.maxConnections());
        ioProfile.setMaxPoolSize(settings.maxConnections());
        ioProfile.setMaxQueueSize(Integer.MAX_VALUE);
        ioProfile.setAllowCoreThreadTimeOut(true);
        ioProfile.setKeepAliveTime(60L);
        ioProfile.setTimeUnit(TimeUnit.SECONDS);
        ExecutorService executor = getCamelContext().getExecutorServiceManager().newThreadPool(this, "AdobeWorkflowIO",
                ioProfile);
        executors.add(executor);
        return new HttpTransport(client, executor, timer);
    }

    /**
     * The token cache of an OAuth credential, shared by every endpoint that uses it. Its token requests go through the
     * component's own (checked) HTTP settings and limits, whichever endpoint asks first: an exchange waits for a token
     * only up to its own responseTimeout, the fetch goes on under the component's.
     */
    Credentials<String> tokens(ClientCredentials credentials) {
        requireStarted();
        return tokenCaches.computeIfAbsent(credentials, c -> {
            ImsTokenClient ims = new ImsTokenClient(transport(ownTransport.http()), c, ownTransport.limits(), clock);
            return new ImsTokenCache(ims::fetch, c.clientId(), clock);
        });
    }

    /** A Campaign operator on one instance: equal ones share one session. */
    private record Operator(URI router, String username, Secret password) {
    }

    /**
     * The session of a Campaign operator on an instance, shared by every endpoint that uses it; Logons and Logoffs go
     * through the component's own HTTP settings and limits, like IMS token requests.
     */
    Credentials<SoapCredential> sessions(URI router, String username, Secret password) {
        requireStarted();
        return sessions.computeIfAbsent(new Operator(router, username, password), operator -> new OperatorSessions(
                transport(ownTransport.http()), router, username, password, ownTransport.limits(), clock));
    }

    private record SharedHealthCheck(HealthCheck check, int producers) {
    }

    /** The health check of an endpoint's credential, registered by the first producer that uses it. */
    synchronized HealthCheck acquireHealthCheck(AdobeWorkflowEndpoint endpoint, WritableHealthCheckRepository repository) {
        SharedHealthCheck shared = healthChecks.get(endpoint.healthCheckId());
        if (shared == null) {
            AdobeWorkflowProducerHealthCheck check = new AdobeWorkflowProducerHealthCheck(endpoint);
            check.setEnabled(isHealthCheckProducerEnabled());
            repository.addHealthCheck(check);
            shared = new SharedHealthCheck(check, 0);
        }
        healthChecks.put(endpoint.healthCheckId(), new SharedHealthCheck(shared.check(), shared.producers() + 1));
        return shared.check();
    }

    /** Unregisters a health check once the last producer that shares it stops. */
    synchronized void releaseHealthCheck(HealthCheck check, WritableHealthCheckRepository repository) {
        SharedHealthCheck shared = healthChecks.get(check.getId());
        if (shared == null || shared.producers() <= 1) {
            healthChecks.remove(check.getId());
            repository.removeHealthCheck(check);
        } else {
            healthChecks.put(check.getId(), new SharedHealthCheck(check, shared.producers() - 1));
        }
    }

    WaitScheduler waits() {
        requireStarted();
        return waits;
    }

    private void requireStarted() {
        if (timer == null) {
            throw new IllegalStateException("The adobe-workflow component is not started");
        }
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
