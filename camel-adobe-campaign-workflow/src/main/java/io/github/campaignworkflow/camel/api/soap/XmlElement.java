package io.github.campaignworkflow.camel.api.soap;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * An element of a SOAP response as the reader found it: matched by local name (Campaign answers in each service's
 * namespace, prefixed or not), its attributes in document order, its child elements and its text.
 *
 * @param namespace  the namespace URI, empty when none
 * @param localName  the local name
 * @param attributes the attributes by local name, in document order
 * @param children   the child elements, in order
 * @param text       the element's own text (its character data, children's excluded), trimmed
 */
record XmlElement(String namespace, String localName, Map<String, String> attributes, List<XmlElement> children,
                  String text) {

    /** The first child with this local name, or {@code null}. */
    XmlElement child(String name) {
        for (XmlElement child : children) {
            if (child.localName.equals(name)) {
                return child;
            }
        }
        return null;
    }

    /**
     * The text of the element and of everything inside it, in document order, as a Fault's {@code detail} may nest it.
     * Without recursion: a hostile response may nest deeply.
     */
    String allText() {
        StringBuilder all = new StringBuilder();
        Deque<XmlElement> pending = new ArrayDeque<>();
        pending.push(this);
        while (!pending.isEmpty()) {
            XmlElement element = pending.pop();
            if (!element.text.isEmpty()) {
                all.append(all.length() > 0 ? " " : "").append(element.text);
            }
            for (int i = element.children.size() - 1; i >= 0; i--) {
                pending.push(element.children.get(i));
            }
        }
        return all.toString();
    }

    /** Shallow: a hostile response may nest deeply. */
    @Override
    public String toString() {
        return "XmlElement[" + localName + ", " + attributes.size() + " attribute(s), " + children.size() + " child(ren)]";
    }
}
