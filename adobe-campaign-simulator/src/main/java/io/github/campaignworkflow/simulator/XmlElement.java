package io.github.campaignworkflow.simulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An element of a parsed SOAP request: its namespace and local name, its attributes without a namespace (in document
 * order), its {@code xsi:type}, its child elements and its text. Immutable.
 *
 * @param namespace the namespace URI, {@code ""} for none
 * @param text      the element's own character data, entities and CDATA resolved
 */
record XmlElement(String namespace, String localName, Map<String, String> attributes,
                  List<XmlElement> children, String text) {

    XmlElement {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        children = List.copyOf(children);
    }

    boolean is(String expectedNamespace, String expectedLocalName) {
        return namespace.equals(expectedNamespace) && localName.equals(expectedLocalName);
    }

    Optional<XmlElement> child(String expectedNamespace, String expectedLocalName) {
        return children.stream().filter(child -> child.is(expectedNamespace, expectedLocalName)).findFirst();
    }

    Optional<XmlElement> firstChild() {
        return children.isEmpty() ? Optional.empty() : Optional.of(children.get(0));
    }
}
