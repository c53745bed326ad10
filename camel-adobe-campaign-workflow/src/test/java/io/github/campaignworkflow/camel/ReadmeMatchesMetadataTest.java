package io.github.campaignworkflow.camel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written docs, README and the component's adoc, name only options and headers the generated component JSON
 * has: the JSON (from the {@code @UriParam} and {@code @Metadata} descriptions) is the one source of truth, and the
 * adoc's option and header tables are generated from it. What counts as naming an option: a query parameter of an
 * {@code adobe-workflow:} URI, a {@code camel.component.adobe-workflow.*} property, a back-ticked {@code name=value} or
 * lowerCamelCase word ({@code `awaitState`}), and the first column of a README table headed "option". A header: any
 * {@code CamelAdobe...} or {@code CamelHttp...} word. The adoc's option and header tables are generated from the JSON
 * ({@link AdocReferenceTablesTest}): only its hand-written text is scanned here.
 */
class ReadmeMatchesMetadataTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path ADOC = Path.of("src", "main", "docs", "adobe-workflow-component.adoc");

    private static final Pattern URI = Pattern.compile("adobe-workflow:[^\"'`\\s)]*");
    private static final Pattern PROPERTY = Pattern.compile("camel\\.component\\.adobe-workflow\\.([a-z][a-z0-9-]*)");
    private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern CAMEL_CASE_WORD = Pattern.compile("[a-z]+(?:[A-Z][a-z0-9]*)+");
    private static final Pattern NAME_IS_VALUE = Pattern.compile("([a-z][A-Za-z0-9]*)=.*");
    private static final Pattern HEADER = Pattern.compile("\\bCamel(?:Adobe|Http)\\w*\\b(?!\\*)");

    /** Back-ticked names of the docs that are not this component's options. */
    private static final Set<String> NOT_OPTIONS = Set.of(
            "moveFailed", // the file component's option in README's YAML route
            "enabled");   // the Spring Boot starter's camel.component.adobe-workflow.enabled, in README's compatibility table

    private static JsonNode json;

    @BeforeAll
    static void readJson() throws Exception {
        json = new ObjectMapper().readTree(ReadmeMatchesMetadataTest.class.getResourceAsStream(
                "/META-INF/io/github/campaignworkflow/camel/adobe-workflow.json"));
    }

    /** The option and header names a document's text mentions. */
    record Mentions(Set<String> options, Set<String> headers) {
    }

    static Mentions mentions(String text) {
        Set<String> options = new TreeSet<>();
        Set<String> headers = new TreeSet<>();
        Matcher uri = URI.matcher(text);
        while (uri.find()) {
            int query = uri.group().indexOf('?');
            if (query >= 0 && !uri.group().contains("[?")) { // not the syntax adobe-workflow:workflowId[?options]
                for (String parameter : uri.group().substring(query + 1).split("&")) {
                    if (!parameter.isEmpty()) {
                        options.add(parameter.split("=", 2)[0]);
                    }
                }
            }
        }
        Matcher property = PROPERTY.matcher(text);
        while (property.find()) {
            options.add(kebabToCamel(property.group(1)));
        }
        Matcher code = CODE.matcher(text);
        while (code.find()) {
            String content = code.group(1).strip();
            Matcher nameIsValue = NAME_IS_VALUE.matcher(content);
            if (CAMEL_CASE_WORD.matcher(content).matches() && !NOT_OPTIONS.contains(content)) {
                options.add(content);
            } else if (nameIsValue.matches() && !NOT_OPTIONS.contains(nameIsValue.group(1))) {
                options.add(nameIsValue.group(1));
            }
        }
        options.addAll(optionTableNames(text));
        Matcher header = HEADER.matcher(text);
        while (header.find()) {
            headers.add(header.group());
        }
        return new Mentions(options, headers);
    }

    /** The back-ticked names in the first column of every Markdown table whose first heading is "option". */
    private static List<String> optionTableNames(String text) {
        List<String> names = new ArrayList<>();
        boolean inOptionTable = false;
        for (String line : text.split("\n")) {
            if (!line.startsWith("|")) {
                inOptionTable = false;
            } else if (line.matches("\\|\\s*option\\s*\\|.*")) {
                inOptionTable = true;
            } else if (inOptionTable) {
                Matcher code = CODE.matcher(line.substring(0, line.indexOf('|', 1)));
                while (code.find()) {
                    names.add(code.group(1));
                }
            }
        }
        return names;
    }

    private static String kebabToCamel(String kebab) {
        StringBuilder camel = new StringBuilder();
        for (String part : kebab.split("-")) {
            camel.append(camel.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return camel.toString();
    }

    /** What the mentions name that the JSON lacks, as "option x" / "header y". */
    static List<String> unknown(Mentions mentions) {
        List<String> unknown = new ArrayList<>();
        mentions.options().stream()
                .filter(o -> !json.get("properties").has(o) && !json.get("componentProperties").has(o))
                .forEach(o -> unknown.add("option " + o));
        mentions.headers().stream().filter(h -> !json.get("headers").has(h)).forEach(h -> unknown.add("header " + h));
        return unknown;
    }

    /** The adoc without its generated option and header tables: the hand-written text. */
    private static String adocText() throws Exception {
        return AdocReferenceTables.handWritten(Files.readString(ADOC));
    }

    @Test
    void everyOptionAndHeaderReadmeNamesIsInTheComponentJson() throws Exception {
        Mentions readme = mentions(Files.readString(README));

        assertThat(readme.options()).as("README's options")
                .contains("organization", "clientId", "clientSecret", "scope", "command", "awaitState");
        assertThat(readme.headers()).as("README's headers").contains("CamelAdobeWorkflowId", "CamelAdobeWorkflowCommand");
        assertThat(unknown(readme)).as("names in README that the component JSON lacks").isEmpty();
    }

    @Test
    void everyOptionAndHeaderTheAdocsTextNamesIsInTheComponentJson() throws Exception {
        Mentions adoc = mentions(adocText());

        assertThat(adoc.options()).as("the adoc's options").hasSizeGreaterThan(20)
                .contains("awaitState", "maxRetries", "responseTimeout", "maxResponseSize", "tokenRefreshMargin");
        assertThat(adoc.headers()).as("the adoc's headers").contains("CamelAdobeWorkflowId", "CamelAdobeWorkflowCommand",
                "CamelAdobeWorkflowState", "CamelHttpResponseCode", "CamelAdobeWorkflowAttempts");
        assertThat(unknown(adoc)).as("names in the adoc's text that the component JSON lacks").isEmpty();
    }

    @Test
    void aNameTheJsonLacksIsFound() {
        String text = """
                `adobe-workflow:WKF12?command=start&awaitStates=finished`, `maxRetry`, `retryDelays=10`,
                camel.component.adobe-workflow.retry-count=2, ${header.CamelAdobeWorkflowStatus}

                | option | |
                | --- | --- |
                | `colour` | not an option |
                """;

        assertThat(unknown(mentions(text))).containsExactlyInAnyOrder("option awaitStates", "option maxRetry",
                "option retryDelays", "option retryCount", "option colour", "header CamelAdobeWorkflowStatus");
        assertThat(unknown(mentions("`adobe-workflow:WKF12?command=start&awaitState=finished`, `maxRetries`,"
                                    + " camel.component.adobe-workflow.retry-delay=2, CamelAdobeWorkflow* headers")))
                .isEmpty();
    }

    @Test
    void noWordLetThroughIsAnOption() {
        assertThat(NOT_OPTIONS).allSatisfy(word -> assertThat(json.get("properties").has(word)
                                                              || json.get("componentProperties").has(word)).as(word).isFalse());
    }
}
