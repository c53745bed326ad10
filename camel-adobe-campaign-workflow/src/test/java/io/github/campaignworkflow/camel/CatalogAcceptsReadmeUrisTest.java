package io.github.campaignworkflow.camel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.CamelContext;
import org.apache.camel.catalog.EndpointValidationResult;
import org.apache.camel.catalog.impl.DefaultRuntimeCamelCatalog;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel's runtime catalog, which tooling validates routes with, accepts every adobe-workflow URI that README and the
 * component's adoc show.
 */
class CatalogAcceptsReadmeUrisTest {

    /** An endpoint URI in README's code: up to a quote, a back-tick, white space or a closing parenthesis. */
    private static final Pattern URI = Pattern.compile("adobe-workflow:[^\"'`\\s)]*");

    private static Set<String> uris(Path document) throws Exception {
        Set<String> uris = new LinkedHashSet<>();
        Matcher matcher = URI.matcher(Files.readString(document));
        while (matcher.find()) {
            uris.add(matcher.group());
        }
        return uris;
    }

    @Test
    void everyReadmeAndAdocUriIsValidForTheCatalog() throws Exception {
        Set<String> uris = uris(Path.of("..", "README.md"));
        assertThat(uris).as("README's URIs").contains("adobe-workflow:WKF12?command=start");
        Set<String> adoc = uris(Path.of("src", "main", "docs", "adobe-workflow-component.adoc"));
        // the syntax line of "URI format" is not a URI
        assertThat(adoc.remove("adobe-workflow:workflowId[?options]")).as("the adoc's URI format").isTrue();
        assertThat(adoc).as("the adoc's URIs").hasSizeGreaterThan(5);
        uris.addAll(adoc);

        try (CamelContext context = new DefaultCamelContext()) {
            DefaultRuntimeCamelCatalog catalog = new DefaultRuntimeCamelCatalog();
            catalog.setCamelContext(context);
            // the catalog reads this component's JSON: it refuses what the JSON does not allow
            assertThat(catalog.validateEndpointProperties("adobe-workflow:WKF12?command=restart", true).isSuccess())
                    .isFalse();
            for (String uri : uris) {
                EndpointValidationResult result = catalog.validateEndpointProperties(uri, true);
                assertThat(result.isSuccess()).as("%s: %s", uri, result.summaryErrorMessage(false)).isTrue();
            }
        }
    }
}
