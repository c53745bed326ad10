package io.github.campaignworkflow.simulator;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

/**
 * Builds the SOAP router's answers in Campaign's shape, every one with the JDK's StAX writer (values are escaped by
 * the writer, never concatenated into markup):
 *
 * <pre>{@code
 * <?xml version="1.0" encoding="UTF-8"?>
 * <SOAP-ENV:Envelope xmlns:xsd="..." xmlns:xsi="..." xmlns:ns="urn:xtk:workflow" xmlns:SOAP-ENV="...">
 *   <SOAP-ENV:Body><StartResponse xmlns="urn:xtk:workflow" SOAP-ENV:encodingStyle="..."/></SOAP-ENV:Body>
 * </SOAP-ENV:Envelope>
 * }</pre>
 */
final class SoapAnswers {

    static final String SOAP_ENV = SoapRequestReader.SOAP_ENV;
    static final String XSI = SoapRequestReader.XSI;
    static final String XSD = "http://www.w3.org/2001/XMLSchema";
    static final String SOAP_ENCODING = "http://schemas.xmlsoap.org/soap/encoding/";
    static final String LITERAL_XML = "http://xml.apache.org/xml-soap/literalxml";
    static final String XML_SOAP = "http://xml.apache.org/xml-soap";
    static final String CONTENT_TYPE = "text/xml;charset=utf-8";

    /** The return values of a method, written inside its {@code <MethodResponse>} element. */
    @FunctionalInterface
    interface Content {
        void write(ResponseWriter writer) throws XMLStreamException;

        Content NONE = writer -> { };
    }

    /** Writes typed return values in the response element's (default) namespace. */
    static final class ResponseWriter {
        private final XMLStreamWriter xml;
        private final String namespace;

        private ResponseWriter(XMLStreamWriter xml, String namespace) {
            this.xml = xml;
            this.namespace = namespace;
        }

        void string(String name, String value) throws XMLStreamException {
            xml.writeStartElement("", name, namespace);
            xml.writeAttribute("xsi", XSI, "type", "xsd:string");
            xml.writeCharacters(xmlText(value));
            xml.writeEndElement();
        }

        /** An {@code ns:Element} return value; {@code content} writes the element it holds. */
        void element(String name, Content content) throws XMLStreamException {
            xml.writeStartElement("", name, namespace);
            xml.writeAttribute("xsi", XSI, "type", "ns:Element");
            xml.writeAttribute("SOAP-ENV", SOAP_ENV, "encodingStyle", LITERAL_XML);
            content.write(this);
            xml.writeEndElement();
        }

        /** Starts a literal element inside an {@code ns:Element} value; close it with {@link #end()}. */
        void start(String name) throws XMLStreamException {
            xml.writeStartElement("", name, namespace);
        }

        void attribute(String name, String value) throws XMLStreamException {
            xml.writeAttribute(name, xmlText(value));
        }

        void end() throws XMLStreamException {
            xml.writeEndElement();
        }
    }

    private SoapAnswers() {
    }

    /** HTTP 200 with {@code <MethodResponse xmlns="urn:service">} holding what {@code content} writes. */
    static ResponseDefinition success(String service, String method, Content content) {
        String namespace = "urn:" + service;
        return xml(200, envelope(namespace, xml -> {
            xml.writeStartElement("", method + "Response", namespace);
            xml.writeDefaultNamespace(namespace);
            xml.writeAttribute("SOAP-ENV", SOAP_ENV, "encodingStyle", SOAP_ENCODING);
            content.write(new ResponseWriter(xml, namespace));
            xml.writeEndElement();
        }));
    }

    /** A {@code SOAP-ENV:Client} Fault; {@code detail} {@code null} leaves the detail element out. */
    static ResponseDefinition fault(int status, String faultString, String detail) {
        return xml(status, envelope(XML_SOAP, xml -> {
            xml.writeStartElement("SOAP-ENV", "Fault", SOAP_ENV);
            xml.writeStartElement("faultcode");
            xml.writeCharacters("SOAP-ENV:Client");
            xml.writeEndElement();
            typedText(xml, "faultstring", faultString);
            if (detail != null) {
                typedText(xml, "detail", detail);
            }
            xml.writeEndElement();
        }));
    }

    private static void typedText(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeAttribute("xsi", XSI, "type", "xsd:string");
        xml.writeCharacters(xmlText(text));
        xml.writeEndElement();
    }

    /**
     * Answers echo what a request said, and the JDK's writer writes any character: one that XML 1.0 forbids becomes
     * U+FFFD, so that every answer parses.
     */
    private static String xmlText(String text) {
        return text.codePoints().map(c -> isXmlChar(c) ? c : 0xFFFD)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
               || c >= 0x10000 && c <= 0x10FFFF;
    }

    @FunctionalInterface
    private interface BodyContent {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    /** The envelope, its namespaces declared as Campaign declares them, {@code ns} bound to {@code nsUri}. */
    private static String envelope(String nsUri, BodyContent body) {
        StringWriter out = new StringWriter();
        try {
            // The JDK's writer, one factory per answer: StAX does not promise that a factory may be shared between threads.
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("SOAP-ENV", "Envelope", SOAP_ENV);
            xml.writeNamespace("xsd", XSD);
            xml.writeNamespace("xsi", XSI);
            xml.writeNamespace("ns", nsUri);
            xml.writeNamespace("SOAP-ENV", SOAP_ENV);
            xml.writeStartElement("SOAP-ENV", "Body", SOAP_ENV);
            body.write(xml);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write a SOAP answer", e);
        }
        return out.toString();
    }

    private static ResponseDefinition xml(int status, String envelope) {
        return responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", CONTENT_TYPE)
                .withBody(envelope)
                .build();
    }
}
