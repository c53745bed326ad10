package io.github.campaignworkflow.camel.springboot;

import java.time.Duration;

import io.github.campaignworkflow.camel.AdobeWorkflowConfiguration;
import io.github.campaignworkflow.camel.auth.AccessTokenProvider;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every option of the {@code adobe-workflow} component as a Spring Boot property under
 * {@code camel.component.adobe-workflow}, flattened out of the component's {@link AdobeWorkflowConfiguration}. These
 * values are the defaults of every endpoint; an option in an endpoint URI wins.
 * <p>
 * The values written here are the component's own defaults, for the metadata IDEs read, and each field's javadoc is the
 * component's description of the option word for word (OptionsInSyncTest compares both with the component's JSON and
 * prints what to write when they differ). Only the options set in the application's configuration are applied to the
 * component (see {@link AdobeWorkflowComponentAutoConfiguration}); the others keep what the component has. Durations
 * take {@code 20s}, {@code 2m}, {@code 1m30s}, {@code PT20S} or a number of milliseconds; bean options take
 * {@code #bean:name}.
 * <p>
 * A property under the prefix that is none of these fails the start-up (a misspelt {@code await-timeout} would
 * otherwise leave the default in force); {@link UnknownPropertyFailureAnalyzer} names it and the closest option.
 */
@ConfigurationProperties(prefix = "camel.component.adobe-workflow", ignoreUnknownFields = false)
public class AdobeWorkflowComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * Whether to enable the auto-configuration of the adobe-workflow component. This is enabled by default.
     */
    @SuppressWarnings("unused") // documents the inherited enabled property in the generated metadata, as Apache's starters do
    private Boolean enabled = true;

    // --- common

    /**
     * The Adobe Campaign API to speak (case-insensitive): rest for Campaign Standard and Standard tenants transitioned
     * to v8, through mc.adobe.io; soap for Campaign v8 and Classic v7, through the instance's SOAP router (baseUrl must
     * then name the instance).
     */
    private String api = "rest";

    /**
     * The Adobe Campaign organization (tenant) in the API path, such as acme for production or acme-mkt-stage for the
     * stage instance. Required with api=rest, usually set once on the component; not used with api=soap.
     */
    private String organization;

    /**
     * The root of Adobe's API. With api=rest change it only for a proxy, a gateway or a simulator; with api=soap it is
     * required: the Campaign instance, such as https://acme-mkt.campaign.adobe.com.
     */
    private String baseUrl = "https://mc.adobe.io";

    /**
     * The defaults of every endpoint: each option of an endpoint URI overrides the value here.
     */
    private AdobeWorkflowConfiguration configuration;

    // --- consumer

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as a
     * message and handled by the routing Error Handler. Important: This is only possible if the 3rd party component
     * allows Camel to be alerted if an exception was thrown. Some components handle this internally only, and therefore
     * bridgeErrorHandler is not possible. In other situations we may improve the Camel component to hook into the 3rd
     * party component and make this possible for future releases. By default the consumer will use the
     * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level and
     * ignored.
     */
    private Boolean bridgeErrorHandler = false;

    /**
     * As a consumer, emit an exchange on every poll instead of only on the first one and when the workflow's state
     * changes.
     */
    private Boolean emitUnchanged = false;

    /**
     * As a consumer, a StateRepository bean where the last state emitted is stored under the workflow ID, and read when
     * the consumer starts: its first poll then emits only when the state differs from the stored one. Shared by several
     * instances under a cluster route policy, it makes them emit each state change once, also across a failover.
     */
    private StateRepository<String, String> stateRepository;

    // --- producer

    /**
     * The command to send: start, pause, resume or stop a workflow, read its status, or trigger one of its External
     * signal activities (case-insensitive). The header CamelAdobeWorkflowCommand overrides it per message; one of the
     * two is required.
     */
    private String command;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
     * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
     * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
     * during routing messages via Camel's routing error handlers. Beware that when the first message is processed then
     * creating and starting the producer may take a little time and prolong the total processing time of the
     * processing.
     */
    private Boolean lazyStartProducer = false;

    /**
     * Fail the exchange with an AdobeWorkflowException when Adobe answers with a status other than 2xx. When false, the
     * body and CamelHttpResponseCode carry the answer instead.
     */
    private Boolean throwExceptionOnFailure = true;

    // --- waiting for a command to take effect

    /**
     * After a successful command, poll the workflow's status until its state is one of these (comma-separated,
     * case-insensitive), then continue the route. Campaign applies commands asynchronously: a 2xx answer means
     * accepted, not applied. Not set: do not wait.
     */
    private String awaitState;

    /**
     * How long to wait for awaitState, in milliseconds, before the exchange fails.
     */
    @CamelDuration
    private Duration awaitTimeout = Duration.ofSeconds(60);

    /**
     * The interval between two status polls while waiting for awaitState, in milliseconds.
     */
    @CamelDuration
    private Duration awaitInterval = Duration.ofSeconds(2);

    // --- failures and retries

    /**
     * How many times a request is retried when it certainly was not applied: the connection failed before the request
     * was sent, or Adobe answered 429 or 503 (reads also after 502, 504 or a response timeout). 0 turns retries off.
     */
    private Integer maxRetries = 3;

    /**
     * The back-off before the first retry, in milliseconds; it doubles with each retry, with random jitter, up to
     * retryMaxDelay.
     */
    @CamelDuration
    private Duration retryDelay = Duration.ofSeconds(1);

    /**
     * The longest wait before a retry, in milliseconds. It also caps a Retry-After header sent by Adobe.
     */
    @CamelDuration
    private Duration retryMaxDelay = Duration.ofSeconds(30);

    // --- security

    /**
     * The X-Api-Key sent with every request of api=rest (the SOAP API takes none). Defaults to clientId, which is the
     * API key of an OAuth Server-to-Server credential.
     */
    private String apiKey;

    /**
     * A fixed bearer token. It is never refreshed: when it expires, requests fail with 401.
     */
    private String accessToken;

    /**
     * The client ID of an OAuth Server-to-Server credential from Adobe Developer Console, exchanged with clientSecret
     * for tokens at tokenUrl.
     */
    private String clientId;

    /**
     * The client secret of the OAuth Server-to-Server credential.
     */
    private String clientSecret;

    /**
     * The scopes of the OAuth Server-to-Server credential, comma-separated, as listed for the credential in Adobe
     * Developer Console.
     */
    private String scope;

    /**
     * The Adobe IMS token endpoint for OAuth Server-to-Server credentials.
     */
    private String tokenUrl = "https://ims-na1.adobelogin.com/ims/token/v3";

    /**
     * The login of a Campaign operator, with api=soap on Campaign Classic v7 and v8 before 8.6: one xtk:session#Logon
     * per operator, whose session every request then carries. Set it with password instead of an IMS credential,
     * accessToken or accessTokenProvider.
     */
    private String username;

    /**
     * The password of the Campaign operator named by username.
     */
    private String password;

    /**
     * How long before its expiry an IMS token is replaced, in milliseconds. The margin used is the larger of this value
     * and 10% of the token's lifetime, but never more than half of it.
     */
    @CamelDuration
    private Duration tokenRefreshMargin = Duration.ofMinutes(5);

    /**
     * A bean that supplies the bearer tokens (a vault, a custom IMS). When set, accessToken and the client credentials
     * are not used.
     */
    private AccessTokenProvider accessTokenProvider;

    /**
     * TLS configuration of the connections to Adobe, using Camel's SSLContextParameters.
     */
    private SSLContextParameters sslContextParameters;

    /**
     * Use the global SSLContextParameters of the CamelContext when an endpoint sets none.
     */
    private Boolean useGlobalSslContextParameters = false;

    // --- HTTP

    /**
     * How long to wait for a connection to be established, in milliseconds.
     */
    @CamelDuration
    private Duration connectTimeout = Duration.ofSeconds(10);

    /**
     * How long Adobe's whole answer may take once the request is sent, in milliseconds: status line, headers and the
     * last byte of the body. Past it the connection is aborted. It bounds Adobe IMS token requests too.
     */
    @CamelDuration
    private Duration responseTimeout = Duration.ofSeconds(30);

    /**
     * How long a request may wait for a free pooled connection (see maxConnections), in milliseconds. A request that
     * gets none fails unsent and is not retried.
     */
    @CamelDuration
    private Duration connectionRequestTimeout = Duration.ofSeconds(30);

    /**
     * The most connections kept open to one host; exchanges beyond it wait for a free connection.
     */
    private Integer maxConnections = 20;

    /**
     * The largest answer body accepted from Adobe or IMS, in bytes, counted after any content decoding (at least 1024).
     * A larger answer fails the request and its connection is aborted.
     */
    private Long maxResponseSize = 1048576L;

    /**
     * A camel-http HttpClientConfigurer that may change the Apache HttpClient 5 builder before the client is built: the
     * escape hatch for HTTP settings this component does not expose.
     */
    private HttpClientConfigurer httpClientConfigurer;

    /**
     * The proxy host name.
     */
    private String proxyHost;

    /**
     * The proxy port.
     */
    private Integer proxyPort;

    /**
     * The protocol spoken to the proxy.
     */
    private String proxyProtocol = "http";

    /**
     * The user name for proxy authentication.
     */
    private String proxyAuthUsername;

    /**
     * The password for proxy authentication.
     */
    private String proxyAuthPassword;

    // --- signal

    /**
     * The name of the External signal activity to trigger with the signal command. The header
     * CamelAdobeWorkflowSignalActivity overrides it.
     */
    private String activity;

    /**
     * The source attribute sent with a signal. The header CamelAdobeWorkflowSignalSource overrides it.
     */
    private String source = "camel";

    // --- health and component basics

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then gets
     * configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection
     * factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;

    /**
     * Used for enabling or disabling all consumer based health checks from this component
     */
    private Boolean healthCheckConsumerEnabled = true;

    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by default
     * disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled = true;

    // --- accessors

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public AdobeWorkflowConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(AdobeWorkflowConfiguration configuration) {
        this.configuration = configuration;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Boolean getEmitUnchanged() {
        return emitUnchanged;
    }

    public void setEmitUnchanged(Boolean emitUnchanged) {
        this.emitUnchanged = emitUnchanged;
    }

    public String getCommand() {
        return command;
    }

    public void setCommand(String command) {
        this.command = command;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Boolean getThrowExceptionOnFailure() {
        return throwExceptionOnFailure;
    }

    public void setThrowExceptionOnFailure(Boolean throwExceptionOnFailure) {
        this.throwExceptionOnFailure = throwExceptionOnFailure;
    }

    public String getAwaitState() {
        return awaitState;
    }

    public void setAwaitState(String awaitState) {
        this.awaitState = awaitState;
    }

    public Duration getAwaitTimeout() {
        return awaitTimeout;
    }

    public void setAwaitTimeout(Duration awaitTimeout) {
        this.awaitTimeout = awaitTimeout;
    }

    public Duration getAwaitInterval() {
        return awaitInterval;
    }

    public void setAwaitInterval(Duration awaitInterval) {
        this.awaitInterval = awaitInterval;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Duration getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(Duration retryDelay) {
        this.retryDelay = retryDelay;
    }

    public Duration getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(Duration retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public Duration getTokenRefreshMargin() {
        return tokenRefreshMargin;
    }

    public void setTokenRefreshMargin(Duration tokenRefreshMargin) {
        this.tokenRefreshMargin = tokenRefreshMargin;
    }

    public String getApi() {
        return api;
    }

    public void setApi(String api) {
        this.api = api;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public AccessTokenProvider getAccessTokenProvider() {
        return accessTokenProvider;
    }

    public void setAccessTokenProvider(AccessTokenProvider accessTokenProvider) {
        this.accessTokenProvider = accessTokenProvider;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public Boolean getUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    public void setUseGlobalSslContextParameters(Boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public Duration getConnectionRequestTimeout() {
        return connectionRequestTimeout;
    }

    public void setConnectionRequestTimeout(Duration connectionRequestTimeout) {
        this.connectionRequestTimeout = connectionRequestTimeout;
    }

    public Integer getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
    }

    public Long getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(Long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    public void setHttpClientConfigurer(HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyProtocol() {
        return proxyProtocol;
    }

    public void setProxyProtocol(String proxyProtocol) {
        this.proxyProtocol = proxyProtocol;
    }

    public String getProxyAuthUsername() {
        return proxyAuthUsername;
    }

    public void setProxyAuthUsername(String proxyAuthUsername) {
        this.proxyAuthUsername = proxyAuthUsername;
    }

    public String getProxyAuthPassword() {
        return proxyAuthPassword;
    }

    public void setProxyAuthPassword(String proxyAuthPassword) {
        this.proxyAuthPassword = proxyAuthPassword;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }
}
