package io.github.campaignworkflow.camel.soap;

import io.github.campaignworkflow.camel.AdobeWorkflowConstants;
import io.github.campaignworkflow.camel.AdobeWorkflowTransportException;
import io.github.campaignworkflow.camel.AdobeWorkflowTransportException.Kind;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile XML: nothing is read from a DTD, no entity is expanded, nothing is fetched; the response fails, a control
 * call is not sent again, and no file's content reaches the exchange. (An endless body and a gzip bomb: HostileAnswersIT.)
 */
class SoapHostileResponseTest extends SoapTestSupport {

    private static final String ENVELOPE_START = "<SOAP-ENV:Envelope xmlns:SOAP-ENV='" + ENVELOPE_NS + "'><SOAP-ENV:Body>";
    private static final String ENVELOPE_END = "</SOAP-ENV:Body></SOAP-ENV:Envelope>";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an external entity|<?xml version='1.0'?><!DOCTYPE x [<!ENTITY leak SYSTEM 'file:///etc/hostname'>]>"
            + ENVELOPE_START + "<StartResponse xmlns='urn:xtk:workflow'>&leak;</StartResponse>" + ENVELOPE_END
            + "|it declares a DOCTYPE, which is refused",
            "an external DTD|<?xml version='1.0'?><!DOCTYPE x SYSTEM 'http://127.0.0.1:1/evil.dtd'>" + ENVELOPE_START
            + "<StartResponse xmlns='urn:xtk:workflow'/>" + ENVELOPE_END + "|it declares a DOCTYPE, which is refused",
            "an entity bomb|<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;"
            + "&a;&a;&a;'><!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;'><!ENTITY d '&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;'>]>"
            + ENVELOPE_START + "<StartResponse xmlns='urn:xtk:workflow'>&d;&d;&d;</StartResponse>" + ENVELOPE_END
            + "|it declares a DOCTYPE, which is refused",
            "an undeclared entity|" + ENVELOPE_START + "<StartResponse xmlns='urn:xtk:workflow'>&nope;</StartResponse>"
            + ENVELOPE_END + "|it is not well-formed XML",
            "no XML|{\"state\":\"started\"}|it is not well-formed XML",
            "another envelope|<Envelope><Body><StartResponse/></Body></Envelope>|its root element is <Envelope>, not a"
            + " SOAP 1.1 Envelope",
            "another response|" + ENVELOPE_START + "<PauseResponse xmlns='urn:xtk:workflow'/>" + ENVELOPE_END
            + "|its Body holds <PauseResponse>, not <StartResponse>" })
    void aHostileOrWrongResponseIsRefusedAndNotSentAgain(String what, String body, String reason) {
        answer("xtk:workflow#Start", aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody(body));

        Exchange result = template.request("adobe-workflow:WKF12?command=start", null);

        AdobeWorkflowTransportException e = result.getException(AdobeWorkflowTransportException.class);
        assertThat(e).as(what).isNotNull();
        assertThat(e.getKind()).isEqualTo(Kind.NO_RESPONSE);
        assertThat(e.getMessage()).startsWith("xtk:workflow#Start (POST " + ROUTER + ") to " + baseUrl()
                                              + " was sent but the response is not a SOAP response: " + reason);
        assertThat(result.getMessage().getBody()).isNull();
        assertThat(requests()).as("a control call is not sent again").hasSize(1);
    }

    @ParameterizedTest(name = "a body of {0} bytes, limit 1024")
    @CsvSource({ "1025", "100000" })
    void anOversizedResponseFailsAtTheSizeLimit(int size) {
        answer("xtk:queryDef#ExecuteQuery", aResponse().withStatus(200).withBody(" ".repeat(size)));

        Exchange result = template.request("adobe-workflow:WKF12?command=status&maxResponseSize=1024&maxRetries=0",
                null);

        AdobeWorkflowTransportException e = result.getException(AdobeWorkflowTransportException.class);
        assertThat(e.getKind()).isEqualTo(Kind.RESPONSE_TOO_LARGE);
        assertThat(e).hasMessageContaining("exceeds maxResponseSize of 1024 bytes");
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.ATTEMPTS)).isEqualTo(1);
    }
}
