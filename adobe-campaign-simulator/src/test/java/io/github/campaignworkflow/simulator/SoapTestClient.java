package io.github.campaignworkflow.simulator;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test-side SOAP client for the simulator's router: envelopes written with the JDK's StAX writer in the order and
 * types of the component contract, answers parsed with a namespace-aware DOM that refuses DOCTYPEs.
 */
final class SoapTestClient {

    static final String SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String XSD = "http://www.w3.org/2001/XMLSchema";
    static final String XML_SOAP = "http://xml.apache.org/xml-soap";
    static final String LITERAL_XML = "http://xml.apache.org/xml-soap/literalxml";
    static final String SOAP_ENCODING = "http://schemas.xmlsoap.org/soap/encoding/";

    /** How a call authenticates. */
    record Auth(String sessionToken, String securityToken, String bearerToken) {
        static final Auth NONE = new Auth("", null, null);

        static Auth session(String sessionToken, String securityToken) {
            return new Auth(sessionToken, securityToken, null);
        }

        static Auth bearer(String token) {
            return new Auth("", null, token);
        }
    }

    /** One parameter after the session token. */
    @FunctionalInterface
    interface Arg {
        void write(XMLStreamWriter xml) throws XMLStreamException;

        static Arg string(String name, String value) {
            return xml -> typed(xml, name, "xsd:string", value);
        }

        static Arg bool(String name, boolean value) {
            return xml -> typed(xml, name, "xsd:boolean", Boolean.toString(value));
        }

        /** An {@code ns:Element} parameter holding one element with these attributes (none: an empty parameter). */
        static Arg element(String name, String elementName, Map<String, String> attributes) {
            return xml -> {
                elementStart(xml, name);
                if (elementName != null) {
                    xml.writeStartElement(elementName);
                    for (Map.Entry<String, String> attribute : attributes.entrySet()) {
                        xml.writeAttribute(attribute.getKey(), attribute.getValue());
                    }
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            };
        }

        /** {@code <queryDef schema="xtk:workflow" operation=..>} selecting the five attributes, with one condition. */
        static Arg queryDef(String operation, String condition) {
            return xml -> {
                elementStart(xml, "entity");
                xml.writeStartElement("queryDef");
                xml.writeAttribute("schema", "xtk:workflow");
                xml.writeAttribute("operation", operation);
                xml.writeStartElement("select");
                for (String attribute : List.of("@id", "@internalName", "@label", "@state", "@failed")) {
                    xml.writeEmptyElement("node");
                    xml.writeAttribute("expr", attribute);
                }
                xml.writeEndElement();
                xml.writeStartElement("where");
                xml.writeEmptyElement("condition");
                xml.writeAttribute("expr", condition);
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeEndElement();
            };
        }

        private static void typed(XMLStreamWriter xml, String name, String type, String value) throws XMLStreamException {
            xml.writeStartElement(name);
            xml.writeAttribute("xsi", XSI, "type", type);
            xml.writeCharacters(value);
            xml.writeEndElement();
        }

        private static void elementStart(XMLStreamWriter xml, String name) throws XMLStreamException {
            xml.writeStartElement(name);
            xml.writeAttribute("xsi", XSI, "type", "ns:Element");
            xml.writeAttribute("SOAP-ENV", SOAP_ENV, "encodingStyle", LITERAL_XML);
        }
    }

    private final AdobeCampaignSimulator sim;

    SoapTestClient(AdobeCampaignSimulator sim) {
        this.sim = sim;
    }

    /** An envelope as the component contract describes it: {@code <m:Method xmlns:m="urn:service">}, sessiontoken first. */
    static String envelope(String service, String method, String sessionToken, Arg... args) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("SOAP-ENV", "Envelope", SOAP_ENV);
            xml.writeNamespace("SOAP-ENV", SOAP_ENV);
            xml.writeNamespace("xsd", XSD);
            xml.writeNamespace("xsi", XSI);
            xml.writeNamespace("ns", XML_SOAP);
            xml.writeStartElement("SOAP-ENV", "Body", SOAP_ENV);
            xml.writeStartElement("m", method, "urn:" + service);
            xml.writeNamespace("m", "urn:" + service);
            xml.writeAttribute("SOAP-ENV", SOAP_ENV, "encodingStyle", SOAP_ENCODING);
            Arg.string("sessiontoken", sessionToken).write(xml);
            for (Arg arg : args) {
                arg.write(xml);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    HttpResponse<String> call(String service, String method, Auth auth, Arg... args) {
        return post(envelope(service, method, auth.sessionToken(), args), headers(service + "#" + method, auth));
    }

    /** The headers of the contract: text/xml, the unquoted SOAPAction, and the session's or the bearer's. */
    static List<String> headers(String action, Auth auth) {
        List<String> headers = new ArrayList<>(List.of("Content-Type", "text/xml; charset=utf-8", "SOAPAction", action));
        if (auth.bearerToken() != null) {
            headers.addAll(List.of("Authorization", "Bearer " + auth.bearerToken()));
        }
        if (auth.securityToken() != null) {
            headers.addAll(List.of("X-Security-Token", auth.securityToken(),
                    "Cookie", "__sessiontoken=" + auth.sessionToken()));
        }
        return headers;
    }

    HttpResponse<String> post(String body, List<String> headerNamesAndValues) {
        return postTo(sim.soapUrl(), body, headerNamesAndValues);
    }

    static HttpResponse<String> postTo(String url, String body, List<String> headerNamesAndValues) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!headerNamesAndValues.isEmpty()) {
            request.headers(headerNamesAndValues.toArray(String[]::new));
        }
        return SimulatorHttp.send(request);
    }

    /** Logs on and returns the session (its two tokens). */
    Auth logon(String login, String password) {
        HttpResponse<String> response = call("xtk:session", "Logon", Auth.NONE, Arg.string("login", login),
                Arg.string("password", password), Arg.element("parameters", null, Map.of()));
        if (response.statusCode() != 200) {
            throw new AssertionError("Logon failed: " + response.statusCode() + " " + response.body());
        }
        List<Element> values = children(responseElement(parse(response.body())));
        return Auth.session(values.get(0).getTextContent(), values.get(2).getTextContent());
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + xml, e);
        }
    }

    /** The first element of the SOAP Body: {@code <StartResponse>}, {@code <SOAP-ENV:Fault>} or a request's method. */
    static Element responseElement(Document document) {
        Element envelope = document.getDocumentElement();
        Element body = children(envelope).stream()
                .filter(child -> SOAP_ENV.equals(child.getNamespaceURI()) && "Body".equals(child.getLocalName()))
                .findFirst().orElseThrow(() -> new AssertionError("no SOAP-ENV:Body in the envelope"));
        return children(body).get(0);
    }

    static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    /** The faultstring of a Fault answer. */
    static String faultString(String body) {
        Element fault = responseElement(parse(body));
        if (!SOAP_ENV.equals(fault.getNamespaceURI()) || !"Fault".equals(fault.getLocalName())) {
            throw new AssertionError("not a Fault: " + body);
        }
        return children(fault).stream().filter(child -> child.getLocalName().equals("faultstring")).findFirst()
                .orElseThrow().getTextContent();
    }
}
