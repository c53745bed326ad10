package io.github.campaignworkflow.camel.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The rule for the URL options (baseUrl, tokenUrl): an absolute http(s) URL with a host, and nothing that is not a path. */
public final class HttpUrl {

    private HttpUrl() {
    }

    /**
     * Parses an absolute http or https URL given as an option.
     *
     * @throws IllegalArgumentException naming the option and the value
     */
    public static URI require(String value, String option) {
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

}
