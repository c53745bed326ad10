package io.github.campaignworkflow.simulator;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a SOAP 1.1 request envelope into a {@link SoapRequest} with the JDK's own StAX reader, namespace-aware, with
 * no DTD and no entity other than XML's five: a DOCTYPE or an entity reference is refused, never expanded.
 */
final class SoapRequestReader {

    static final String SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private static final String URN_PREFIX = "urn:";

    private SoapRequestReader() {
    }

    /**
     * @param charset the request's declared charset, or {@code null} to let the parser read the XML declaration
     */
    static SoapRequest read(byte[] body, String charset) throws SoapRequestException {
        XmlElement envelope = parse(body, charset);
        if (!envelope.is(SOAP_ENV, "Envelope")) {
            throw new SoapRequestException("The request is not a SOAP 1.1 envelope: its root element is {"
                    + envelope.namespace() + "}" + envelope.localName() + ".");
        }
        XmlElement soapBody = envelope.child(SOAP_ENV, "Body")
                .orElseThrow(() -> new SoapRequestException("The SOAP envelope has no Body."));
        XmlElement method = soapBody.firstChild()
                .orElseThrow(() -> new SoapRequestException("The SOAP Body holds no method element."));
        if (!method.namespace().startsWith(URN_PREFIX)) {
            throw new SoapRequestException("The method element " + method.localName()
                    + " is not in a service namespace such as urn:xtk:workflow.");
        }
        String service = method.namespace().substring(URN_PREFIX.length());
        List<XmlElement> parameters = method.children();
        if (parameters.isEmpty()) {
            throw new SoapRequestException("The method " + service + "#" + method.localName()
                    + " has no sessiontoken parameter.");
        }
        // By position, as Campaign reads them: the first is the session token, whatever its name.
        return new SoapRequest(service, method.localName(), parameters.get(0).text().trim(),
                parameters.subList(1, parameters.size()));
    }

    private static XmlElement parse(byte[] body, String charset) throws SoapRequestException {
        XMLStreamReader reader = null;
        try {
            ByteArrayInputStream input = new ByteArrayInputStream(body);
            XMLInputFactory factory = newFactory();
            reader = charset == null ? factory.createXMLStreamReader(input) : factory.createXMLStreamReader(input, charset);
            return readDocument(reader);
        } catch (XMLStreamException | RuntimeException notXml) {
            throw new SoapRequestException("The request is not well-formed XML.");
        } finally {
            close(reader);
        }
    }

    /** Builds the element tree with an explicit stack: no recursion, so nesting depth cannot exhaust the stack. */
    private static XmlElement readDocument(XMLStreamReader reader) throws XMLStreamException, SoapRequestException {
        Deque<Builder> open = new ArrayDeque<>();
        XmlElement root = null;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.DTD:
                    throw new SoapRequestException("The request has a DOCTYPE: DTDs are not accepted.");
                case XMLStreamConstants.ENTITY_REFERENCE:
                    throw new SoapRequestException("The request references the entity '" + reader.getLocalName()
                            + "': only XML's predefined entities are accepted.");
                case XMLStreamConstants.START_ELEMENT:
                    open.push(Builder.of(reader));
                    break;
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    if (!open.isEmpty()) {
                        open.peek().text.append(reader.getText());
                    }
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    XmlElement done = open.pop().build();
                    if (open.isEmpty()) {
                        root = done;
                    } else {
                        open.peek().children.add(done);
                    }
                    break;
                default:
                    break; // comments, processing instructions, the document's start and end
            }
        }
        if (root == null) {
            throw new SoapRequestException("The request holds no XML element.");
        }
        return root;
    }

    private static final class Builder {
        final String namespace;
        final String localName;
        final Map<String, String> attributes = new LinkedHashMap<>();
        final List<XmlElement> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        private Builder(String namespace, String localName) {
            this.namespace = namespace == null ? "" : namespace;
            this.localName = localName;
        }

        static Builder of(XMLStreamReader reader) {
            Builder builder = new Builder(reader.getNamespaceURI(), reader.getLocalName());
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                String attributeNamespace = reader.getAttributeNamespace(i);
                if (attributeNamespace == null || attributeNamespace.isEmpty()) {
                    builder.attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                }
            }
            return builder;
        }

        XmlElement build() {
            return new XmlElement(namespace, localName, attributes, children, text.toString());
        }
    }

    /**
     * The JDK's own factory, not whichever StAX implementation a classpath brings: its behaviour is what is tested. One
     * per request: StAX does not promise that a factory may be shared between threads, and making one is cheap.
     */
    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // An entity reference comes out as an event (refused above), never as its replacement text.
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing was held open: the input is a byte array
            }
        }
    }
}
