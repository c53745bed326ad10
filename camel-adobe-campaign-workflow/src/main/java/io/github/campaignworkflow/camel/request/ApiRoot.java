package io.github.campaignworkflow.camel.request;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

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
        URI base = httpUrl(baseUrl, "baseUrl");
        PathSegments.requireSafe(organization, "organization");
        return new ApiRoot(base, organization);
    }

    /**
     * Parses an absolute http or https URL given as an option.
     *
     * @throws IllegalArgumentException naming the option and the value
     */
    public static URI httpUrl(String value, String option) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The option " + option + " is required: an absolute http(s) URL");
        }
        try {
            URI uri = new URI(value.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException(
                        "Invalid " + option + " '" + value + "': it must be an absolute http or https URL with a host and"
                                                   + " no user info, query or fragment");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Invalid " + option + " '" + value + "': " + e.getMessage(), e);
        }
    }

    public URI base() {
        return base;
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
}
