package io.github.campaignworkflow.examples.springboot35;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter README's "Spring Boot 3.5" section shows the BOM imports a user needs; this module's pom uses them. The
 * two must be the same imports in the same order (Maven's first import wins), so that what the README promises is
 * what these tests ran on.
 */
class BomSnippetTest {

    private static final Path README = Path.of("../../camel-adobe-campaign-workflow-starter/README.md");
    private static final Path POM = Path.of("pom.xml");

    @Test
    void theReadmeSnippetIsThisModulesDependencyManagement() throws Exception {
        List<String> readme = imports(parse(xmlBlockUnder("## Spring Boot 3.5")).getDocumentElement());
        Element project = parse(Files.readString(POM)).getDocumentElement();
        List<String> pom = imports(child(project, "dependencyManagement"));

        assertThat(readme).as("the BOM imports in " + README + "'s Spring Boot 3.5 section")
                .containsExactly("org.springframework.boot:spring-boot-dependencies:3.5.7:pom:import",
                        "org.apache.camel.springboot:camel-spring-boot-bom:4.17.0:pom:import",
                        "org.apache.camel:camel-bom:4.17.0:pom:import");
        assertThat(pom).as("the dependencyManagement of " + POM.toAbsolutePath().normalize()).isEqualTo(readme);
    }

    /** The first {@code ```xml} block after the heading, up to its closing fence. */
    private static String xmlBlockUnder(String heading) throws IOException {
        List<String> lines = Files.readAllLines(README);
        int at = lines.indexOf(heading);
        assertThat(at).as(heading + " in " + README).isNotNegative();
        while (!lines.get(at).equals("```xml")) {
            at++;
        }
        StringBuilder block = new StringBuilder();
        for (at++; !lines.get(at).equals("```"); at++) {
            block.append(lines.get(at)).append('\n');
        }
        return block.toString();
    }

    /** Each dependency of a {@code dependencyManagement} element as groupId:artifactId:version:type:scope. */
    private static List<String> imports(Element dependencyManagement) {
        assertThat(dependencyManagement.getTagName()).isEqualTo("dependencyManagement");
        List<String> found = new ArrayList<>();
        NodeList dependencies = child(dependencyManagement, "dependencies").getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            found.add(String.join(":", text(dependency, "groupId"), text(dependency, "artifactId"),
                    text(dependency, "version"), text(dependency, "type"), text(dependency, "scope")));
        }
        return found;
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent().trim();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new InputSource(new StringReader(xml)));
    }
}
