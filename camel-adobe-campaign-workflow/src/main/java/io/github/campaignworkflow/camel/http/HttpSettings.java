package io.github.campaignworkflow.camel.http;

import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * What shapes an HTTP client (as opposed to one request). Endpoints with equal settings share one pooled client.
 * The values come from an endpoint, which checked them.
 *
 * @param connectTimeoutMillis how long connecting may take
 * @param maxConnections       the pool's limit per host (and in total)
 * @param sslContextParameters TLS settings, or {@code null} for the JVM's defaults
 * @param proxy                the proxy, or {@code null}
 * @param configurer           a last say on the builder, or {@code null}
 */
public record HttpSettings(
        long connectTimeoutMillis, int maxConnections, SSLContextParameters sslContextParameters, ProxySettings proxy,
        HttpClientConfigurer configurer) {

    /** Says what is set, not its content: SSL parameters may hold key store passwords. */
    @Override
    public String toString() {
        return "HttpSettings[connectTimeout=" + connectTimeoutMillis + ", maxConnections=" + maxConnections
               + ", tls=" + (sslContextParameters != null ? "custom" : "default") + ", proxy=" + proxy
               + ", configurer=" + (configurer != null ? configurer.getClass().getName() : "none") + "]";
    }
}
