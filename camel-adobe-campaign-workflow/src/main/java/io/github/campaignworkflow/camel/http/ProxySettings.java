package io.github.campaignworkflow.camel.http;

import java.util.Objects;

/**
 * Where to find the HTTP proxy and how to authenticate to it.
 *
 * @param host     the proxy host
 * @param port     the proxy port
 * @param scheme   {@code http} or {@code https}
 * @param username the user for proxy authentication, or {@code null}
 * @param password the password for proxy authentication, or {@code null}
 */
public record ProxySettings(String host, int port, String scheme, Secret username, Secret password) {

    public ProxySettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(scheme, "scheme");
    }

    @Override
    public String toString() {
        return "ProxySettings[" + scheme + "://" + host + ":" + port + (username != null ? ", authenticated" : "") + "]";
    }
}
