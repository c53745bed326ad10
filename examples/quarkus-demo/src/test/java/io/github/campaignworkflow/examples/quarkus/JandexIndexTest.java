package io.github.campaignworkflow.examples.quarkus;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import io.github.campaignworkflow.camel.AdobeWorkflowComponent;
import io.github.campaignworkflow.camel.AdobeWorkflowEndpoint;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.IndexReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component jar this application is built with carries {@code META-INF/jandex.idx} (written by
 * camel-package-maven-plugin's generate-component), and it indexes every class of the jar: that is why Quarkus needs
 * no {@code quarkus.index-dependency} for it. Read with Jandex's own reader. It lives here, not in the component's
 * module, because Jandex is on this module's test class path and the packaged jar is what is read.
 */
class JandexIndexTest {

    private static final String INDEX = "META-INF/jandex.idx";

    private static Path componentJar;
    private static Index index;

    @BeforeAll
    static void readTheIndexOfTheComponentJar() throws IOException, URISyntaxException {
        componentJar = Path.of(AdobeWorkflowComponent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(componentJar.getFileName().toString()).as("the component on the class path is its jar")
                .startsWith("camel-adobe-campaign-workflow-").endsWith(".jar");
        try (JarFile jar = new JarFile(componentJar.toFile())) {
            JarEntry entry = jar.getJarEntry(INDEX);
            assertThat(entry).as(INDEX + " in " + componentJar).isNotNull();
            try (InputStream in = jar.getInputStream(entry)) {
                index = new IndexReader(in).read();
            }
        }
    }

    @Test
    void theIndexListsEveryClassOfTheJar() throws IOException {
        Set<String> classes = new TreeSet<>();
        try (JarFile jar = new JarFile(componentJar.toFile())) {
            jar.stream().map(JarEntry::getName)
                    .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class")
                                    && !name.endsWith("package-info.class"))
                    .forEach(name -> classes.add(name.substring(0, name.length() - ".class".length()).replace('/', '.')));
        }
        Set<String> indexed = new TreeSet<>();
        index.getKnownClasses().forEach(info -> indexed.add(info.name().toString()));

        assertThat(classes).as("classes in " + componentJar.getFileName()).hasSizeGreaterThan(30);
        assertThat(indexed).as("classes in its " + INDEX).isEqualTo(classes);
    }

    @Test
    void theIndexHoldsTheAnnotationsCamelQuarkusReads() {
        ClassInfo component = index.getClassByName(DotName.createSimple(AdobeWorkflowComponent.class.getName()));
        AnnotationInstance scheme = component.declaredAnnotation(DotName.createSimple(
                "org.apache.camel.spi.annotations.Component"));
        assertThat(scheme).as("@Component on the component class").isNotNull();
        assertThat(scheme.value().asString()).isEqualTo("adobe-workflow");

        ClassInfo endpoint = index.getClassByName(DotName.createSimple(AdobeWorkflowEndpoint.class.getName()));
        AnnotationInstance uriEndpoint = endpoint.declaredAnnotation(DotName.createSimple(
                "org.apache.camel.spi.UriEndpoint"));
        assertThat(uriEndpoint).as("@UriEndpoint on the endpoint class").isNotNull();
        assertThat(uriEndpoint.value("scheme").asString()).isEqualTo("adobe-workflow");
    }
}
