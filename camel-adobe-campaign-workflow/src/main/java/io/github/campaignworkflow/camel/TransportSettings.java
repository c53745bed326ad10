package io.github.campaignworkflow.camel;

import java.util.Locale;

import io.github.campaignworkflow.camel.http.HttpSettings;
import io.github.campaignworkflow.camel.http.ProxySettings;
import io.github.campaignworkflow.camel.http.RequestLimits;
import io.github.campaignworkflow.camel.http.Secret;

/**
 * The HTTP options of a configuration, checked: what shapes the pooled client ({@link HttpSettings}, shared by equal
 * settings) and what bounds each request ({@link RequestLimits}). Endpoints check their own; the component checks its
 * own for the requests it makes itself (IMS tokens).
 */
record TransportSettings(HttpSettings http, RequestLimits limits) {

    /** @throws IllegalArgumentException naming the option and what is allowed */
    static TransportSettings of(AdobeWorkflowConfiguration c) {
        requireAtLeast("connectTimeout", c.getConnectTimeout(), 1);
        requireAtLeast("responseTimeout", c.getResponseTimeout(), 1);
        requireAtLeast("connectionRequestTimeout", c.getConnectionRequestTimeout(), 1);
        requireAtLeast("maxResponseSize", c.getMaxResponseSize(), 1024);
        requireAtLeast("maxConnections", c.getMaxConnections(), 1);
        if (c.getProxyHost() != null && (c.getProxyPort() == null || c.getProxyPort() <= 0)) {
            throw new IllegalArgumentException("The option proxyPort is required with proxyHost " + c.getProxyHost());
        }
        String proxyProtocol = c.getProxyProtocol() == null ? "" : c.getProxyProtocol().toLowerCase(Locale.ROOT);
        if (!proxyProtocol.equals("http") && !proxyProtocol.equals("https")) {
            throw new IllegalArgumentException(
                    "Invalid proxyProtocol '" + c.getProxyProtocol() + "': allowed values are http, https");
        }
        ProxySettings proxy = c.getProxyHost() == null ? null
                : new ProxySettings(c.getProxyHost(), c.getProxyPort(), proxyProtocol,
                        Secret.ofNullable(c.getProxyAuthUsername()), Secret.ofNullable(c.getProxyAuthPassword()));
        return new TransportSettings(
                new HttpSettings(c.getConnectTimeout(), c.getMaxConnections(), c.getSslContextParameters(), proxy,
                        c.getHttpClientConfigurer()),
                new RequestLimits(c.getConnectionRequestTimeout(), c.getResponseTimeout(), c.getMaxResponseSize()));
    }

    /** The longest a request may take: waiting for a connection, connecting, the whole response. */
    long requestDeadlineMillis() {
        return limits.connectionRequestTimeoutMillis() + http.connectTimeoutMillis() + limits.responseTimeoutMillis();
    }

    static void requireAtLeast(String option, long value, long minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(
                    "Invalid " + option + " " + value + ": it must be " + minimum + " or more");
        }
    }
}
