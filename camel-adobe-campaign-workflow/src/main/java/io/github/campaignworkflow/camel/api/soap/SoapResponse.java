package io.github.campaignworkflow.camel.api.soap;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.campaignworkflow.camel.api.soap.SoapReader.NotSoapException;
import io.github.campaignworkflow.camel.http.WireResponse;

/**
 * What a SOAP response says: the method's response element, or a Fault (whatever the HTTP status: Campaign may send
 * a Fault with 200 or with 500).
 */
sealed interface SoapResponse {

    /** Campaign's error codes, {@code AAA-NNNNNN}: {@code XTK-170006}, {@code SOP-330011}, {@code XSV-350008}. */
    Pattern CAMPAIGN_CODE = Pattern.compile("\\b[A-Z]{3}-\\d{6}\\b");

    /** The method's response element, e.g. {@code <StartResponse xmlns="urn:xtk:workflow"/>}. */
    record Success(XmlElement element) implements SoapResponse {
    }

    /**
     * A SOAP Fault.
     *
     * @param code the first Campaign code of the faultstring, else of the detail, or {@code null}
     */
    record Fault(String faultcode, String faultstring, String detail, String code) implements SoapResponse {

        /** The Fault as a message body: {@code faultcode}, {@code faultstring}, {@code detail}. */
        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>(4);
            map.put("faultcode", faultcode);
            map.put("faultstring", faultstring);
            map.put("detail", detail);
            return map;
        }

        /** Campaign's words: the faultstring, and the detail when it says more. */
        String describe() {
            return detail.isEmpty() || detail.equals(faultstring) ? faultstring : faultstring + " (" + detail + ")";
        }
    }

    /**
     * Reads a response to {@code method}.
     *
     * @throws NotSoapException when it is not a SOAP envelope holding that method's response or a Fault
     */
    static SoapResponse of(SoapMethod method, WireResponse response) throws NotSoapException {
        XmlElement root = SoapReader.read(response.body());
        if (!isEnvelopeElement(root, "Envelope")) {
            throw new NotSoapException("its root element is <" + root.localName() + ">, not a SOAP 1.1 Envelope", null);
        }
        XmlElement body = root.child("Body");
        if (body == null || !isEnvelopeElement(body, "Body") || body.children().isEmpty()) {
            throw new NotSoapException("its SOAP Envelope has no Body content", null);
        }
        XmlElement content = body.children().get(0);
        if (isEnvelopeElement(content, "Fault")) {
            String faultstring = text(content.child("faultstring"));
            String detail = content.child("detail") == null ? "" : content.child("detail").allText();
            String code = firstCode(faultstring);
            return new Fault(text(content.child("faultcode")), faultstring, detail,
                    code != null ? code : firstCode(detail));
        }
        if (!content.localName().equals(method.responseName())) {
            throw new NotSoapException("its Body holds <" + content.localName() + ">, not <" + method.responseName()
                                       + ">", null);
        }
        return new Success(content);
    }

    /** The first Campaign code in a text, or {@code null}. */
    static String firstCode(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = CAMPAIGN_CODE.matcher(text);
        return matcher.find() ? matcher.group() : null;
    }

    private static boolean isEnvelopeElement(XmlElement element, String name) {
        return element.localName().equals(name) && element.namespace().equals(SoapEnvelope.ENVELOPE_NS);
    }

    private static String text(XmlElement element) {
        return element == null ? "" : element.text();
    }
}
