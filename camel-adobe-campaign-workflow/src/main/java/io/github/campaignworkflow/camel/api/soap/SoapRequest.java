package io.github.campaignworkflow.camel.api.soap;

import java.net.URI;
import java.util.List;

import io.github.campaignworkflow.camel.http.MaskedHeader;
import io.github.campaignworkflow.camel.http.WireRequest;
import io.github.campaignworkflow.camel.send.Outgoing;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.Method;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicHeader;

/**
 * One call to Campaign's SOAP router: {@code POST {baseUrl}/nl/jsp/soaprouter.jsp} with {@code SOAPAction} and the
 * envelope, completed per attempt with the attempt's credential (the session token sits in the envelope and in its
 * headers). No other header is sent; {@code X-Api-Key} is REST's only.
 */
final class SoapRequest implements Outgoing<SoapCredential> {

    /** As the contract writes it: parsed, so that HttpCore keeps the charset's spelling. */
    static final ContentType TEXT_XML = ContentType.parse("text/xml; charset=utf-8");
    private static final Header CONTENT_TYPE = new BasicHeader(HttpHeaders.CONTENT_TYPE, TEXT_XML.toString());

    private final URI router;
    private final SoapMethod method;
    private final List<SoapParameter> parameters;
    private final boolean read;
    private final Header action;

    SoapRequest(URI router, SoapMethod method, List<SoapParameter> parameters, boolean read) {
        this.router = router;
        this.method = method;
        this.parameters = List.copyOf(parameters);
        this.read = read;
        this.action = new BasicHeader("SOAPAction", method.action());
    }

    SoapMethod method() {
        return method;
    }

    /** The instance a router belongs to, as failures and logs name it: {@code https://acme-mkt.campaign.adobe.com}. */
    static String origin(URI router) {
        return router.getScheme() + "://" + router.getRawAuthority();
    }

    @Override
    public WireRequest toWire(SoapCredential credential) {
        Header[] headers;
        String sessionToken;
        if (credential instanceof SoapCredential.Session session) {
            sessionToken = session.sessionToken().reveal();
            headers = new Header[] { CONTENT_TYPE, action,
                    new MaskedHeader("X-Security-Token", session.securityToken().reveal()),
                    new MaskedHeader(HttpHeaders.COOKIE, "__sessiontoken=" + sessionToken) };
        } else if (credential instanceof SoapCredential.Bearer bearer) {
            sessionToken = "";
            headers = new Header[] { CONTENT_TYPE, action,
                    new MaskedHeader(HttpHeaders.AUTHORIZATION, "Bearer " + bearer.token()) };
        } else {
            sessionToken = ""; // Logon: the call that makes a session
            headers = new Header[] { CONTENT_TYPE, action };
        }
        byte[] envelope = SoapEnvelope.write(method, sessionToken, parameters);
        return new WireRequest(Method.POST, router, headers, new ByteArrayEntity(envelope, TEXT_XML), method.action());
    }

    @Override
    public boolean isRead() {
        return read;
    }

    @Override
    public String describe() {
        return method.action() + " (POST " + router.getRawPath() + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
