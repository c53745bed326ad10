package io.github.campaignworkflow.camel.api.soap;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One parameter of a SOAP call, written as a child of the method element. Campaign reads parameters by position: the
 * element names are for people, the order is what counts.
 */
sealed interface SoapParameter {

    /** The element's name. */
    String name();

    /** {@code <name xsi:type="xsd:string">value</name>}. */
    record Text(String name, String value) implements SoapParameter {
    }

    /** {@code <name xsi:type="xsd:boolean">true|false</name>}. */
    record Bool(String name, boolean value) implements SoapParameter {
    }

    /** {@code <name xsi:type="ns:Element" SOAP-ENV:encodingStyle="...literalxml">...</name>}: an XML document. */
    record Element(String name, Content content) implements SoapParameter {
    }

    /** Writes an XML parameter's content with the envelope's writer. */
    @FunctionalInterface
    interface Content {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }
}
