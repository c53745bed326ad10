package io.github.campaignworkflow.camel.api.rest;

import java.net.URI;
import java.net.URISyntaxException;

import io.github.campaignworkflow.camel.api.HttpUrl;
import io.github.campaignworkflow.camel.api.PathSegments;
import org.apache.hc.core5.net.URIBuilder;

/**
 * Where the workflow API of one organization lives: {@code {baseUrl}/{organization}/campaign/workflow/execution}.
 * It builds the resource URIs (the path segments are encoded by HttpCore's {@link URIBuilder}) and knows which
 * origin (scheme, host, port) may receive the bearer token.
 */
public final class ApiRoot {

    private final URI base;
    private final String organization;

    private ApiRoot(URI base, String organization) {
        this.base = base;
        this.organization = organization;
    }

    /** @throws IllegalArgumentException when the base URL is not an absolute http(s) URL or the organization is unsafe */
    public static ApiRoot of(String baseUrl, String organization) {
        URI base = HttpUrl.require(baseUrl, "baseUrl");
        PathSegments.requireSafe(organization, "organization");
        return new ApiRoot(base, organization);
    }

    public URI base() {
        return base;
    }

    public String organization() {
        return organization;
    }

    /** {@code .../execution/{workflowId}}: read with GET. */
    public URI workflow(String workflowId) {
        return build(workflowId, null);
    }

    /** {@code .../execution/{workflowId}/commands}: POST a command. */
    public URI commands(String workflowId) {
        return build(workflowId, "commands");
    }

    private URI build(String workflowId, String last) {
        try {
            URIBuilder builder = new URIBuilder(base).appendPathSegments(organization, "campaign", "workflow",
                    "execution", workflowId);
            if (last != null) {
                builder.appendPathSegments(last);
            }
            return builder.build();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Cannot build the URI of workflow " + PathSegments.quote(workflowId), e);
        }
    }

    /** Resolves an href from a response against the base URL; a relative href stays on the API host. */
    public URI resolve(String href) {
        return base.resolve(href.trim());
    }

    /** Whether a URI has the scheme, host and port of the base URL: only there may the bearer token go. */
    public boolean isSameOrigin(URI uri) {
        return uri.getScheme() != null && uri.getHost() != null
                && base.getScheme().equalsIgnoreCase(uri.getScheme())
                && base.getHost().equalsIgnoreCase(uri.getHost())
                && port(base) == port(uri);
    }

    /** {@code scheme://host:port} of the base URL, for messages. */
    public String origin() {
        return base.getScheme() + "://" + base.getHost() + ":" + port(base);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    @Override
    public String toString() {
        return "ApiRoot[" + base + ", organization=" + organization + "]";
    }
}
