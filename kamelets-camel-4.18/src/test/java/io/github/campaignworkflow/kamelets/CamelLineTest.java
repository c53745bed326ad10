package io.github.campaignworkflow.kamelets;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * This module runs on the 4.18 line: every Apache Camel jar of its test class path is 4.18.0 (the root's camel-bom
 * 4.22.0 import does not leak in), and the Kamelets come from the component jar, built against 4.22.
 */
class CamelLineTest {

    static final String LINE = "4.18.0";

    @Test
    void everyCamelJarOnTheClassPathIsOfThe418Line() {
        List<Path> camelJars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .filter(path -> path.toString().replace(File.separatorChar, '/').contains("/org/apache/camel/"))
                .toList();

        assertThat(camelJars).as("Camel jars").hasSizeGreaterThan(10)
                .extracting(path -> path.getFileName().toString())
                .contains("camel-kamelet-" + LINE + ".jar", "camel-yaml-dsl-" + LINE + ".jar",
                        "camel-core-engine-" + LINE + ".jar", "camel-http-" + LINE + ".jar")
                .allSatisfy(jar -> assertThat(jar).endsWith("-" + LINE + ".jar"));
        assertThat(new DefaultCamelContext().getVersion()).isEqualTo(LINE);
    }

    @Test
    void theKameletsAreTheComponentJars() {
        for (String kamelet : List.of("adobe-workflow-sink", "adobe-workflow-source")) {
            // the reactor's target/classes or target/*.jar of the component, or its jar in the local repository
            assertThat(CamelLineTest.class.getResource("/kamelets/" + kamelet + ".kamelet.yaml"))
                    .as(kamelet).isNotNull()
                    .satisfies(url -> assertThat(url.toString()).contains("camel-adobe-campaign-workflow"));
        }
    }
}
