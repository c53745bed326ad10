package io.github.campaignworkflow.examples.springboot35;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's tests in this module ran on Spring Boot 3.5.7 and Camel 4.17.0 alone: every Camel, camel-spring-boot
 * and Spring Boot jar on the test class path (as the jar itself says) is of that line,
 * so neither the root pom's camel-bom 4.22.0 nor the component's own Camel 4.22 dependencies slipped in, and the
 * running application reports those versions.
 */
@SpringBootTest(classes = ClassPathVersionsTest.Application.class)
class ClassPathVersionsTest {

    @Autowired
    CamelContext camelContext;

    @Test
    void theApplicationRunsOnBoot35AndCamel417() {
        assertThat(SpringBootVersion.getVersion()).isEqualTo("3.5.7");
        assertThat(camelContext.getVersion()).isEqualTo("4.17.0");
    }

    @Test
    void everyCamelAndBootJarOnTheClassPathIsOfThatLine() throws IOException {
        Map<String, String> versions = artifactVersions();
        Map<String, String> camel = new TreeMap<>();
        Map<String, String> boot = new TreeMap<>();
        versions.forEach((artifact, version) -> {
            if (artifact.startsWith("org.apache.camel:") || artifact.startsWith("org.apache.camel.springboot:")) {
                camel.put(artifact, version);
            } else if (artifact.startsWith("spring.boot")) {
                boot.put(artifact, version);
            }
        });
        assertThat(camel).as("Camel jars").hasSizeGreaterThan(20).containsValue("4.17.0")
                .allSatisfy((artifact, version) -> assertThat(version).as(artifact).isEqualTo("4.17.0"));
        assertThat(boot).as("Spring Boot jars").containsKeys("spring.boot", "spring.boot.autoconfigure",
                "spring.boot.test")
                .allSatisfy((artifact, version) -> assertThat(version).as(artifact).isEqualTo("3.5.7"));
    }

    /**
     * For every jar of the test class path: groupId:artifactId to version from the pom.properties Maven writes, and for
     * Spring's jars (built with Gradle, without pom.properties) their module name to their manifest's
     * Implementation-Version.
     */
    private static Map<String, String> artifactVersions() throws IOException {
        // surefire runs tests through a manifest-only jar; it gives the real class path in this property
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Map<String, String> versions = new TreeMap<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.endsWith(".jar")) {
                continue;
            }
            try (JarFile jar = new JarFile(entry)) {
                Manifest manifest = jar.getManifest();
                String module = manifest == null ? null : manifest.getMainAttributes().getValue("Automatic-Module-Name");
                if (module != null && module.startsWith("spring.")) {
                    versions.put(module, manifest.getMainAttributes().getValue("Implementation-Version"));
                }
                for (JarEntry file : jar.stream().toList()) {
                    if (file.getName().startsWith("META-INF/maven/") && file.getName().endsWith("/pom.properties")) {
                        Properties pom = new Properties();
                        try (InputStream in = jar.getInputStream(file)) {
                            pom.load(in);
                        }
                        versions.put(pom.getProperty("groupId") + ":" + pom.getProperty("artifactId"),
                                pom.getProperty("version"));
                    }
                }
            }
        }
        return versions;
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {
    }
}
