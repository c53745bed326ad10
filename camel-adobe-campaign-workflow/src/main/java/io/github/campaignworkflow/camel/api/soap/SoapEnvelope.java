package io.github.campaignworkflow.camel.api.soap;

import java.io.ByteArrayOutputStream;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the SOAP 1.1 request envelope of a Campaign call with the JDK's StAX writer, which escapes every value:
 * the method element in the service's namespace (rpc/encoded), its first child {@code sessiontoken}, then the
 * parameters in their order.
 */
final class SoapEnvelope {

    static final String ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String ENCODING = "http://schemas.xmlsoap.org/soap/encoding/";
    static final String LITERAL_XML = "http://xml.apache.org/xml-soap/literalxml";
    static final String XML_SOAP_NS = "http://xml.apache.org/xml-soap";
    static final String XSD_NS = "http://www.w3.org/2001/XMLSchema";
    static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

    private SoapEnvelope() {
    }

    /** @param sessionToken the session's token, empty with an IMS bearer token */
    static byte[] write(SoapMethod method, String sessionToken, List<SoapParameter> parameters) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("SOAP-ENV", "Envelope", ENVELOPE_NS);
            xml.writeNamespace("SOAP-ENV", ENVELOPE_NS);
            xml.writeNamespace("xsd", XSD_NS);
            xml.writeNamespace("xsi", XSI_NS);
            xml.writeNamespace("ns", XML_SOAP_NS);
            xml.writeStartElement("SOAP-ENV", "Body", ENVELOPE_NS);
            xml.writeStartElement("m", method.localName(), method.namespace());
            xml.writeNamespace("m", method.namespace());
            xml.writeAttribute("SOAP-ENV", ENVELOPE_NS, "encodingStyle", ENCODING);
            write(xml, new SoapParameter.Text("sessiontoken", sessionToken));
            for (SoapParameter parameter : parameters) {
                write(xml, parameter);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("Cannot write the SOAP envelope of " + method + ": " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private static void write(XMLStreamWriter xml, SoapParameter parameter) throws XMLStreamException {
        xml.writeStartElement(parameter.name());
        if (parameter instanceof SoapParameter.Text text) {
            xml.writeAttribute("xsi", XSI_NS, "type", "xsd:string");
            writeText(xml, text.value());
        } else if (parameter instanceof SoapParameter.Bool bool) {
            xml.writeAttribute("xsi", XSI_NS, "type", "xsd:boolean");
            xml.writeCharacters(Boolean.toString(bool.value()));
        } else {
            xml.writeAttribute("xsi", XSI_NS, "type", "ns:Element");
            xml.writeAttribute("SOAP-ENV", ENVELOPE_NS, "encodingStyle", LITERAL_XML);
            ((SoapParameter.Element) parameter).content().write(xml);
        }
        xml.writeEndElement();
    }

    /**
     * Writes text so that it is read back as written: the writer leaves a carriage return raw, and a parser reads a
     * raw one as a line feed, so it goes as the character reference {@code &#13;}.
     */
    private static void writeText(XMLStreamWriter xml, String text) throws XMLStreamException {
        int start = 0;
        for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', start)) {
            xml.writeCharacters(text.substring(start, cr));
            xml.writeEntityRef("#13");
            start = cr + 1;
        }
        xml.writeCharacters(text.substring(start));
    }
}
