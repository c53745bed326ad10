package io.github.campaignworkflow.simulator;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splits a request URL into decoded path segments, and encodes segments for the URLs the simulator writes. */
final class PathSegments {

    private PathSegments() {
    }

    /** The path of a request URL without its query string. */
    static String pathOf(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    /** Decoded, non-empty segments; empty when a segment holds a malformed percent escape. */
    static Optional<List<String>> split(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.split("/")) {
            if (raw.isEmpty()) {
                continue;
            }
            try {
                // In a path '+' is a literal plus, unlike in a form: protect it from URLDecoder.
                segments.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException badEscape) {
                return Optional.empty();
            }
        }
        return Optional.of(segments);
    }

    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
