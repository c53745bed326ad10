package io.github.campaignworkflow.camel.soap;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.campaignworkflow.camel.AdobeWorkflowComponent;
import io.github.campaignworkflow.camel.AdobeWorkflowConfiguration;
import io.github.campaignworkflow.camel.WorkflowTestSupport;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CamelContext whose adobe-workflow component speaks SOAP (api=soap) to a WireMock Campaign router on 127.0.0.1, with
 * a fixed IMS bearer token; and the helpers that read a received envelope the way Campaign does: by position.
 */
abstract class SoapTestSupport extends WorkflowTestSupport {

    static final String TOKEN = "soap-bearer-token-81c2";
    static final String ROUTER = "/nl/jsp/soaprouter.jsp";
    static final String ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
    static final String ENCODING = "http://schemas.xmlsoap.org/soap/encoding/";
    static final String LITERAL_XML = "http://xml.apache.org/xml-soap/literalxml";

    /** The component's defaults: SOAP to the stub with a fixed bearer token; override to change them. */
    @Override
    protected void configureComponent(AdobeWorkflowComponent component, AdobeWorkflowConfiguration configuration) {
        configuration.setApi("soap");
        configuration.setBaseUrl(baseUrl());
        configuration.setAccessToken(TOKEN);
        configuration.setRetryDelay(10);
        configuration.setRetryMaxDelay(200);
    }

    /** Campaign's answer to {@code action} ({@code xtk:workflow#Start}) with the given body, as a stub. */
    static void answer(String action, ResponseDefinitionBuilder response) {
        wireMock.stubFor(post(urlPathEqualTo(ROUTER)).withHeader("SOAPAction", equalTo(action)).willReturn(response));
    }

    /** The calls to {@code action} are answered with these in turn, the last one from then on. */
    static void respondInTurn(String action, ResponseDefinitionBuilder... responses) {
        respondInTurn(action, () -> post(urlPathEqualTo(ROUTER)).withHeader("SOAPAction", equalTo(action)), responses);
    }

    static ResponseDefinitionBuilder soap(int status, String bodyContent) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml;charset=utf-8")
                .withBody("<?xml version='1.0'?><SOAP-ENV:Envelope xmlns:xsd='http://www.w3.org/2001/XMLSchema'"
                          + " xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'"
                          + " xmlns:ns='http://xml.apache.org/xml-soap' xmlns:SOAP-ENV='" + ENVELOPE_NS + "'>"
                          + "<SOAP-ENV:Body>" + bodyContent + "</SOAP-ENV:Body></SOAP-ENV:Envelope>");
    }

    /** {@code <StartResponse xmlns="urn:xtk:workflow"/>}: how Campaign accepts Start, Pause, Stop and PostEvent. */
    static ResponseDefinitionBuilder empty(String method, String urn) {
        return soap(200, "<" + method + "Response xmlns='urn:" + urn + "' SOAP-ENV:encodingStyle='" + ENCODING + "'/>");
    }

    /** The ExecuteQuery answer with one {@code <workflow .../>} element (attributes as written, or none). */
    static ResponseDefinitionBuilder workflow(String attributes) {
        return soap(200, "<ExecuteQueryResponse xmlns='urn:xtk:queryDef' SOAP-ENV:encodingStyle='" + ENCODING + "'>"
                         + "<pdomOutput xsi:type='ns:Element' SOAP-ENV:encodingStyle='" + LITERAL_XML + "'>"
                         + "<workflow " + attributes + "/></pdomOutput></ExecuteQueryResponse>");
    }

    static ResponseDefinitionBuilder fault(int status, String faultstring, String detail) {
        return soap(status, "<SOAP-ENV:Fault><faultcode>SOAP-ENV:Client</faultcode><faultstring xsi:type='xsd:string'>"
                            + faultstring + "</faultstring><detail xsi:type='xsd:string'>" + detail
                            + "</detail></SOAP-ENV:Fault>");
    }

    /** The received SOAP call: its method element, read with a parser that refuses a DOCTYPE. */
    static Element methodElement(LoggedRequest request) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(request.getBody()));
        Element envelope = document.getDocumentElement();
        assertThat(envelope.getNamespaceURI()).isEqualTo(ENVELOPE_NS);
        assertThat(envelope.getLocalName()).isEqualTo("Envelope");
        List<Element> parts = children(envelope);
        assertThat(parts).as("the Envelope holds the Body only").hasSize(1);
        assertThat(parts.get(0).getLocalName()).isEqualTo("Body");
        List<Element> calls = children(parts.get(0));
        assertThat(calls).as("the Body holds one method element").hasSize(1);
        return calls.get(0);
    }

    /**
     * Asserts one SOAP call as the contract says: POST to the router, unquoted SOAPAction, text/xml UTF-8, the method
     * element in {@code urn:<urn>} with the rpc/encoded style, its children {@code sessiontoken} and then
     * {@code children} ({@code name:xsiType}) in order; and no header beyond {@code authHeaders}.
     *
     * @return the method element's children, sessiontoken first
     */
    static List<Element> assertCall(LoggedRequest request, String action, List<String> children, Set<String> authHeaders)
            throws Exception {
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        assertThat(request.getUrl()).isEqualTo(ROUTER);
        assertThat(request.getHeader("SOAPAction")).isEqualTo(action);
        // the wire carries "text/xml; charset=utf-8"; WireMock's Jetty logs the charset's canonical spelling
        assertThat(request.getHeader("Content-Type")).isEqualToIgnoringCase("text/xml; charset=utf-8");
        Set<String> names = new TreeSet<>();
        request.getAllHeaderKeys().forEach(name -> names.add(name.toLowerCase()));
        names.removeAll(TRANSPORT_HEADERS);
        names.removeAll(Set.of("content-type", "soapaction"));
        assertThat(names).as("headers beyond the SOAP call's").isEqualTo(new TreeSet<>(authHeaders));

        Element method = methodElement(request);
        String urn = action.substring(0, action.indexOf('#'));
        assertThat(method.getNamespaceURI()).isEqualTo("urn:" + urn);
        assertThat(method.getLocalName()).isEqualTo(action.substring(action.indexOf('#') + 1));
        assertThat(method.getAttributeNS(ENVELOPE_NS, "encodingStyle")).isEqualTo(ENCODING);
        List<Element> parameters = children(method);
        List<String> expected = new ArrayList<>();
        expected.add("sessiontoken:xsd:string");
        expected.addAll(children);
        assertThat(parameters.stream().map(e -> e.getLocalName() + ":" + e.getAttributeNS(XSI_NS, "type")).toList())
                .as("the parameters of " + action + ", in order, with their xsi:type").isEqualTo(expected);
        for (Element parameter : parameters) {
            assertThat(parameter.getNamespaceURI()).as("parameters are unqualified").isNull();
            if (parameter.getAttributeNS(XSI_NS, "type").equals("ns:Element")) {
                assertThat(parameter.getAttributeNS(ENVELOPE_NS, "encodingStyle")).isEqualTo(LITERAL_XML);
            }
        }
        return parameters;
    }

    /** Asserts a call made with the fixed IMS bearer token: {@code Authorization: Bearer}, an empty sessiontoken. */
    static List<Element> assertBearerCall(LoggedRequest request, String action, String... children) throws Exception {
        List<Element> parameters = assertCall(request, action, List.of(children), Set.of("authorization"));
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(parameters.get(0).getTextContent()).as("sessiontoken with IMS").isEmpty();
        return parameters;
    }

    static List<Element> children(Node node) {
        List<Element> elements = new ArrayList<>();
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }
}
