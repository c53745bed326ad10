package io.github.campaignworkflow.camel.http;

import java.io.IOException;
import java.security.GeneralSecurityException;

import javax.net.ssl.SSLContext;

import org.apache.camel.CamelContext;
import org.apache.camel.component.http.ProxyHttpClientConfigurer;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.ssl.SSLContexts;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the pooled, keep-alive Apache HttpClient 5 (the one camel-http brings) for one {@link HttpSettings}.
 * <p>
 * The client never retries, follows redirects or keeps cookies on its own: whether a request to Adobe may be repeated
 * is decided by the component's retry policy, and a redirect could carry the bearer token to another host. It uses
 * only API that httpclient5 5.4 has too (Camel 4.14 brings that version).
 */
public final class HttpClientFactory {

    /** A pooled connection idle longer than this is checked before use, so a stale one is not written to. */
    private static final TimeValue VALIDATE_AFTER_INACTIVITY = TimeValue.ofSeconds(1);

    private HttpClientFactory() {
    }

    public static CloseableHttpClient create(HttpSettings settings, CamelContext camelContext, String userAgent)
            throws GeneralSecurityException, IOException {
        SSLContext sslContext = settings.sslContextParameters() != null
                ? settings.sslContextParameters().createSSLContext(camelContext)
                : SSLContexts.createSystemDefault();

        ConnectionConfig connectionConfig = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeoutMillis()))
                .setValidateAfterInactivity(VALIDATE_AFTER_INACTIVITY)
                .build();
        PoolingHttpClientConnectionManager connectionManager = PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(new DefaultClientTlsStrategy(sslContext))
                .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.STRICT)
                .setDefaultConnectionConfig(connectionConfig)
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections())
                .build();

        HttpClientBuilder builder = HttpClientBuilder.create()
                .setConnectionManager(connectionManager)
                .setRequestExecutor(new BoundedRequestExecutor())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .setUserAgent(userAgent);

        ProxySettings proxy = settings.proxy();
        if (proxy != null) {
            new ProxyHttpClientConfigurer(proxy.host(), proxy.port(), proxy.scheme()).configureHttpClient(builder);
            if (proxy.username() != null) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                char[] password = proxy.password() != null ? proxy.password().reveal().toCharArray() : new char[0];
                credentials.setCredentials(new AuthScope(proxy.host(), proxy.port()),
                        new UsernamePasswordCredentials(proxy.username().reveal(), password));
                builder.setDefaultCredentialsProvider(credentials);
            }
        }
        if (settings.configurer() != null) {
            settings.configurer().configureHttpClient(builder);
        }
        return builder.build();
    }
}
