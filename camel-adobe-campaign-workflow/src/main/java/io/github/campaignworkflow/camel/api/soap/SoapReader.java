package io.github.campaignworkflow.camel.api.soap;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a SOAP response with the JDK's namespace-aware StAX reader, hardened: a DOCTYPE is refused (no DTD is read, no
 * entity declared or expanded, nothing external fetched), and the tree is built without recursion, so deep nesting
 * cannot exhaust the stack. The body was already bounded in size by the transport.
 */
final class SoapReader {

    private static final XMLInputFactory INPUT = hardened();

    private SoapReader() {
    }

    private static XMLInputFactory hardened() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** A response that is not the XML this reader accepts; the message says why, never quoting a credential. */
    static final class NotSoapException extends Exception {
        NotSoapException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** @return the document's root element */
    static XmlElement read(byte[] body) throws NotSoapException {
        XMLStreamReader xml = null;
        try {
            xml = INPUT.createXMLStreamReader(new ByteArrayInputStream(body));
            Deque<Builder> open = new ArrayDeque<>();
            XmlElement root = null;
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.DTD ->
                        throw new NotSoapException("it declares a DOCTYPE, which is refused", null);
                    case XMLStreamConstants.START_ELEMENT -> open.push(new Builder(xml));
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(xml.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        XmlElement done = open.pop().build();
                        if (open.isEmpty()) {
                            root = done;
                        } else {
                            open.peek().children.add(done);
                        }
                    }
                    default -> {
                        // comments, processing instructions, white space outside the root: nothing to keep
                    }
                }
            }
            if (root == null) {
                throw new NotSoapException("it holds no XML element", null);
            }
            return root;
        } catch (XMLStreamException e) {
            throw new NotSoapException("it is not well-formed XML (" + firstLine(e.getMessage()) + ")", e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // an in-memory reader holds nothing to release
                }
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        String flat = message.replaceAll("\\s+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
    }

    private static final class Builder {
        private final String namespace;
        private final String localName;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private final List<XmlElement> children = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        Builder(XMLStreamReader xml) {
            this.namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
            this.localName = xml.getLocalName();
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
            }
        }

        XmlElement build() {
            return new XmlElement(namespace, localName, attributes, List.copyOf(children), text.toString().strip());
        }
    }
}
