package io.github.campaignworkflow.camel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component's adoc names only classes a user works with: the component, its configuration and endpoint, the
 * header constants, the exception family, the token provider seam and the header filter strategy. Everything else
 * inside the jar may move or be renamed between releases, so the adoc describes its behaviour instead of naming it,
 * and a class it names must exist.
 */
class AdocNamesOnlyPublicClassesTest {

    private static final Path ADOC = Path.of("src", "main", "docs", "adobe-workflow-component.adoc");
    private static final Path CLASSES = Path.of("target", "classes");
    private static final String ROOT = "io.github.campaignworkflow.camel";

    static final Set<String> PUBLIC_API = Set.of(ROOT + ".AdobeWorkflowComponent", ROOT + ".AdobeWorkflowConfiguration",
            ROOT + ".AdobeWorkflowEndpoint", ROOT + ".AdobeWorkflowConstants", ROOT + ".AdobeCampaignException",
            ROOT + ".AdobeWorkflowException", ROOT + ".AdobeWorkflowTransportException",
            ROOT + ".AdobeWorkflowAuthenticationException", ROOT + ".AdobeWorkflowAwaitTimeoutException",
            ROOT + ".AdobeWorkflowHeaderFilterStrategy", ROOT + ".auth.AccessTokenProvider");

    /** A class name: in backticks, or a CamelCase word (English words such as Authentication or Signal are not). */
    private static final Pattern WORD = Pattern.compile("`([A-Z][A-Za-z0-9]+)`|\\b([A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*)\\b");
    private static final Pattern QUALIFIED = Pattern.compile("`((?:[a-z][a-z0-9]*\\.)+[A-Z][A-Za-z0-9]*)`"
                                                             + "|\\b(io\\.github\\.campaignworkflow(?:\\.[A-Za-z0-9]+)+)");

    /** Simple name to class name, for every top-level class of the component jar. */
    private static final Map<String, String> JAR_CLASSES = new HashMap<>();

    @BeforeAll
    static void listTheJarsClasses() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES.resolve(ROOT.replace('.', '/')))) {
            files.map(CLASSES::relativize).map(Path::toString).filter(f -> f.endsWith(".class") && !f.contains("$"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .forEach(name -> JAR_CLASSES.put(name.substring(name.lastIndexOf('.') + 1), name));
        }
    }

    /** What the text names that is not the public API, or that does not exist. */
    static List<String> findings(String text) {
        Set<String> findings = new TreeSet<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String name = word.group(1) != null ? word.group(1) : word.group(2);
            String className = JAR_CLASSES.get(name);
            if (className != null && !PUBLIC_API.contains(className)) {
                findings.add(name + " is internal (" + className + ")");
            }
        }
        Matcher qualified = QUALIFIED.matcher(text);
        while (qualified.find()) {
            String name = qualified.group(1) != null ? qualified.group(1) : qualified.group(2);
            String className = Stream.of(name, ROOT + "." + name).filter(AdocNamesOnlyPublicClassesTest::exists)
                    .findFirst().orElse(null);
            if (className == null) {
                findings.add(name + " does not exist");
            } else if (className.startsWith("io.github.campaignworkflow.") && !PUBLIC_API.contains(className)) {
                findings.add(name + " is internal");
            }
        }
        return new ArrayList<>(findings);
    }

    private static boolean exists(String className) {
        try {
            Class.forName(className, false, AdocNamesOnlyPublicClassesTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @Test
    void theAdocNamesOnlyThePublicApi() throws Exception {
        assertThat(JAR_CLASSES).as("the component's classes").containsKeys("AdobeWorkflowComponent", "AccessTokenProvider")
                .hasSizeGreaterThan(PUBLIC_API.size());

        assertThat(findings(Files.readString(ADOC))).as("classes the adoc names that users should not rely on").isEmpty();
    }

    @Test
    void anInternalOrMissingClassIsFound() {
        String internal = JAR_CLASSES.keySet().stream().filter(name -> !PUBLIC_API.contains(JAR_CLASSES.get(name)))
                .sorted().findFirst().orElseThrow();

        assertThat(findings("the lookup lives in `answer.NoSuchState`; see " + internal + " and `"
                            + JAR_CLASSES.get(internal) + "`"))
                .containsExactlyInAnyOrder("answer.NoSuchState does not exist",
                        internal + " is internal (" + JAR_CLASSES.get(internal) + ")", JAR_CLASSES.get(internal) + " is internal");
        assertThat(findings("AdobeWorkflowException, `auth.AccessTokenProvider`, `java.util.Date`, "
                            + "#class:io.github.campaignworkflow.camel.AdobeWorkflowHeaderFilterStrategy, Camel's CamelContext"))
                .isEmpty();
    }
}
