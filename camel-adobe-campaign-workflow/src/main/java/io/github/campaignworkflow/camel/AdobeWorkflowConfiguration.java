package io.github.campaignworkflow.camel;

import io.github.campaignworkflow.camel.auth.AccessTokenProvider;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * Every option of the component. The component holds one instance whose values are the defaults of every endpoint;
 * each endpoint works on its own {@link #copy()}, to which its URI options are applied.
 */
@UriParams
public class AdobeWorkflowConfiguration implements Cloneable {

    public static final String DEFAULT_BASE_URL = "https://mc.adobe.io";
    public static final String DEFAULT_TOKEN_URL = "https://ims-na1.adobelogin.com/ims/token/v3";

    // --- which Campaign

    @UriParam(label = "common", defaultValue = "rest", enums = "rest,soap",
              description = "The Adobe Campaign API to speak (case-insensitive): rest for Campaign Standard and Standard"
                            + " tenants transitioned to v8, through mc.adobe.io; soap for Campaign v8 and Classic v7,"
                            + " through the instance's SOAP router (baseUrl must then name the instance).")
    private String api = "rest";

    // --- what to do

    @UriParam(label = "producer", enums = "start,pause,resume,stop,status,signal",
              description = "The command to send: start, pause, resume or stop a workflow, read its status, or trigger"
                            + " one of its External signal activities (case-insensitive). The header"
                            + " CamelAdobeWorkflowCommand overrides it per message; one of the two is required.")
    private String command;

    @UriParam(label = "common", description = "The Adobe Campaign organization (tenant) in the API path, such as acme"
                                              + " for production or acme-mkt-stage for the stage instance. Required"
                                              + " with api=rest, usually set once on the component; not used with"
                                              + " api=soap.")
    private String organization;

    @UriParam(label = "common", defaultValue = DEFAULT_BASE_URL,
              description = "The root of Adobe's API. With api=rest change it only for a proxy, a gateway or a"
                            + " simulator; with api=soap it is required: the Campaign instance, such as"
                            + " https://acme-mkt.campaign.adobe.com.")
    private String baseUrl = DEFAULT_BASE_URL;

    // --- signal

    @UriParam(label = "producer,signal",
              description = "The name of the External signal activity to trigger with the signal command. The header"
                            + " CamelAdobeWorkflowSignalActivity overrides it.")
    private String activity;

    @UriParam(label = "producer,signal", defaultValue = "camel",
              description = "The source attribute sent with a signal. The header CamelAdobeWorkflowSignalSource"
                            + " overrides it.")
    private String source = "camel";

    // --- waiting for a command to take effect

    @UriParam(label = "producer,await",
              description = "After a successful command, poll the workflow's status until its state is one of these"
                            + " (comma-separated, case-insensitive), then continue the route. Campaign applies"
                            + " commands asynchronously: a 2xx answer means accepted, not applied. Not set: do not wait.")
    private String awaitState;

    @UriParam(label = "producer,await", defaultValue = "60000", javaType = "java.time.Duration",
              description = "How long to wait for awaitState, in milliseconds, before the exchange fails.")
    private long awaitTimeout = 60000;

    @UriParam(label = "producer,await", defaultValue = "2000", javaType = "java.time.Duration",
              description = "The interval between two status polls while waiting for awaitState, in milliseconds.")
    private long awaitInterval = 2000;

    // --- consumer

    @UriParam(label = "consumer", defaultValue = "false",
              description = "As a consumer, emit an exchange on every poll instead of only on the first one and when"
                            + " the workflow's state changes.")
    private boolean emitUnchanged;

    @UriParam(label = "consumer",
              description = "As a consumer, a StateRepository bean where the last state emitted is stored under the"
                            + " workflow ID, and read when the consumer starts: its first poll then emits only when"
                            + " the state differs from the stored one. Shared by several instances under a cluster"
                            + " route policy, it makes them emit each state change once, also across a failover.")
    private StateRepository<String, String> stateRepository;

    // --- failures and retries

    @UriParam(label = "producer", defaultValue = "true",
              description = "Fail the exchange with an AdobeWorkflowException when Adobe answers with a status other"
                            + " than 2xx. When false, the body and CamelHttpResponseCode carry the answer instead.")
    private boolean throwExceptionOnFailure = true;

    @UriParam(label = "producer,retry", defaultValue = "3",
              description = "How many times a request is retried when it certainly was not applied: the connection"
                            + " failed before the request was sent, or Adobe answered 429 or 503 (reads also after"
                            + " 502, 504 or a response timeout). 0 turns retries off.")
    private int maxRetries = 3;

    @UriParam(label = "producer,retry", defaultValue = "1000", javaType = "java.time.Duration",
              description = "The back-off before the first retry, in milliseconds; it doubles with each retry, with"
                            + " random jitter, up to retryMaxDelay.")
    private long retryDelay = 1000;

    @UriParam(label = "producer,retry", defaultValue = "30000", javaType = "java.time.Duration",
              description = "The longest wait before a retry, in milliseconds. It also caps a Retry-After header sent"
                            + " by Adobe.")
    private long retryMaxDelay = 30000;

    // --- security

    @UriParam(label = "security", security = "secret",
              description = "The X-Api-Key sent with every request of api=rest (the SOAP API takes none). Defaults to"
                            + " clientId, which is the API key of an OAuth Server-to-Server credential.")
    private String apiKey;

    @UriParam(label = "security", security = "secret",
              description = "A fixed bearer token. It is never refreshed: when it expires, requests fail with 401.")
    private String accessToken;

    @UriParam(label = "security",
              description = "The client ID of an OAuth Server-to-Server credential from Adobe Developer Console,"
                            + " exchanged with clientSecret for tokens at tokenUrl.")
    private String clientId;

    @UriParam(label = "security", security = "secret",
              description = "The client secret of the OAuth Server-to-Server credential.")
    private String clientSecret;

    @UriParam(label = "security",
              description = "The scopes of the OAuth Server-to-Server credential, comma-separated, as listed for the"
                            + " credential in Adobe Developer Console.")
    private String scope;

    @UriParam(label = "security",
              description = "The login of a Campaign operator, with api=soap on Campaign Classic v7 and v8 before 8.6:"
                            + " one xtk:session#Logon per operator, whose session every request then carries. Set it"
                            + " with password instead of an IMS credential, accessToken or accessTokenProvider.")
    private String username;

    @UriParam(label = "security", security = "secret",
              description = "The password of the Campaign operator named by username.")
    private String password;

    @UriParam(label = "security", defaultValue = DEFAULT_TOKEN_URL,
              description = "The Adobe IMS token endpoint for OAuth Server-to-Server credentials.")
    private String tokenUrl = DEFAULT_TOKEN_URL;

    @UriParam(label = "security", defaultValue = "300000", javaType = "java.time.Duration",
              description = "How long before its expiry an IMS token is replaced, in milliseconds. The margin used is"
                            + " the larger of this value and 10% of the token's lifetime, but never more than half"
                            + " of it.")
    private long tokenRefreshMargin = 300000;

    @UriParam(label = "security,advanced",
              description = "A bean that supplies the bearer tokens (a vault, a custom IMS). When set, accessToken"
                            + " and the client credentials are not used.")
    private AccessTokenProvider accessTokenProvider;

    @UriParam(label = "security",
              description = "TLS configuration of the connections to Adobe, using Camel's SSLContextParameters.")
    private SSLContextParameters sslContextParameters;

    // --- HTTP

    @UriParam(label = "timeout", defaultValue = "10000", javaType = "java.time.Duration",
              description = "How long to wait for a connection to be established, in milliseconds.")
    private long connectTimeout = 10000;

    @UriParam(label = "timeout", defaultValue = "30000", javaType = "java.time.Duration",
              description = "How long Adobe's whole answer may take once the request is sent, in milliseconds: status"
                            + " line, headers and the last byte of the body. Past it the connection is aborted. It"
                            + " bounds Adobe IMS token requests too.")
    private long responseTimeout = 30000;

    @UriParam(label = "timeout", defaultValue = "30000", javaType = "java.time.Duration",
              description = "How long a request may wait for a free pooled connection (see maxConnections), in"
                            + " milliseconds. A request that gets none fails unsent and is not retried.")
    private long connectionRequestTimeout = 30000;

    @UriParam(label = "advanced", defaultValue = "1048576",
              description = "The largest answer body accepted from Adobe or IMS, in bytes, counted after any content"
                            + " decoding (at least 1024). A larger answer fails the request and its connection is"
                            + " aborted.")
    private long maxResponseSize = 1048576;

    @UriParam(label = "advanced", defaultValue = "20",
              description = "The most connections kept open to one host; exchanges beyond it wait for a free"
                            + " connection.")
    private int maxConnections = 20;

    @UriParam(label = "advanced",
              description = "A camel-http HttpClientConfigurer that may change the Apache HttpClient 5 builder before"
                            + " the client is built: the escape hatch for HTTP settings this component does not"
                            + " expose.")
    private HttpClientConfigurer httpClientConfigurer;

    @UriParam(label = "proxy", description = "The proxy host name.")
    private String proxyHost;

    @UriParam(label = "proxy", description = "The proxy port.")
    private Integer proxyPort;

    @UriParam(label = "proxy", defaultValue = "http", enums = "http,https",
              description = "The protocol spoken to the proxy.")
    private String proxyProtocol = "http";

    @UriParam(label = "proxy", security = "secret", description = "The user name for proxy authentication.")
    private String proxyAuthUsername;

    @UriParam(label = "proxy", security = "secret", description = "The password for proxy authentication.")
    private String proxyAuthPassword;

    /** A copy whose values an endpoint may change without touching the component's defaults. */
    public AdobeWorkflowConfiguration copy() {
        try {
            return (AdobeWorkflowConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    // --- accessors

    public String getApi() {
        return api;
    }

    public void setApi(String api) {
        this.api = api;
    }

    public String getCommand() {
        return command;
    }

    public void setCommand(String command) {
        this.command = command;
    }

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

    public String getAwaitState() {
        return awaitState;
    }

    public void setAwaitState(String awaitState) {
        this.awaitState = awaitState;
    }

    public long getAwaitTimeout() {
        return awaitTimeout;
    }

    public void setAwaitTimeout(long awaitTimeout) {
        this.awaitTimeout = awaitTimeout;
    }

    public long getAwaitInterval() {
        return awaitInterval;
    }

    public void setAwaitInterval(long awaitInterval) {
        this.awaitInterval = awaitInterval;
    }

    public boolean isEmitUnchanged() {
        return emitUnchanged;
    }

    public void setEmitUnchanged(boolean emitUnchanged) {
        this.emitUnchanged = emitUnchanged;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public boolean isThrowExceptionOnFailure() {
        return throwExceptionOnFailure;
    }

    public void setThrowExceptionOnFailure(boolean throwExceptionOnFailure) {
        this.throwExceptionOnFailure = throwExceptionOnFailure;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(long retryDelay) {
        this.retryDelay = retryDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(long retryMaxDelay) {
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

    public String getTokenUrl() {
        return tokenUrl;
    }

    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public long getTokenRefreshMargin() {
        return tokenRefreshMargin;
    }

    public void setTokenRefreshMargin(long tokenRefreshMargin) {
        this.tokenRefreshMargin = tokenRefreshMargin;
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

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public long getConnectionRequestTimeout() {
        return connectionRequestTimeout;
    }

    public void setConnectionRequestTimeout(long connectionRequestTimeout) {
        this.connectionRequestTimeout = connectionRequestTimeout;
    }

    public long getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
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
}
