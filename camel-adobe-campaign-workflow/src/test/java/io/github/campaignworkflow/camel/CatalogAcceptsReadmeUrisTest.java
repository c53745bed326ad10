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

/** Camel's runtime catalog, which tooling validates routes with, accepts every adobe-workflow URI README shows. */
class CatalogAcceptsReadmeUrisTest {

    /** An endpoint URI in README's code: up to a quote, a back-tick, white space or a closing parenthesis. */
    private static final Pattern URI = Pattern.compile("adobe-workflow:[^\"'`\\s)]*");

    @Test
    void everyReadmeUriIsValidForTheCatalog() throws Exception {
        Set<String> uris = new LinkedHashSet<>();
        Matcher matcher = URI.matcher(Files.readString(Path.of("..", "README.md")));
        while (matcher.find()) {
            uris.add(matcher.group());
        }
        assertThat(uris).as("README's URIs").contains("adobe-workflow:WKF12?command=start");

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
