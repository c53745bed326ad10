package io.github.campaignworkflow.camel.soap;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.campaignworkflow.camel.AdobeWorkflowConstants;
import io.github.campaignworkflow.camel.AdobeWorkflowException;
import io.github.campaignworkflow.camel.AdobeWorkflowTransportException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

/** Faults, whatever their HTTP status, and answers that are no SOAP at all. */
class SoapFaultTest extends SoapTestSupport {

    @ParameterizedTest(name = "a Fault with HTTP {0}")
    @ValueSource(ints = { 200, 500 })
    void aFaultFailsTheExchangeWithCampaignsCodeAndIsNotSentAgain(int status) {
        answer("xtk:workflow#Start", fault(status, "XTK-170006 Unable to parse expression 'WKF12'.",
                "SOP-330011 Error while executing the method 'Start' of service 'xtk:workflow'."));

        Exchange result = template.request("adobe-workflow:WKF12?command=start", null);

        AdobeWorkflowException e = result.getException(AdobeWorkflowException.class);
        assertThat(e).isNotNull();
        assertThat(e.getStatusCode()).isEqualTo(status);
        assertThat(e.getErrorCode()).isEqualTo("XTK-170006");
        assertThat(e.getCommand()).isEqualTo("start");
        assertThat(e.getWorkflowId()).isEqualTo("WKF12");
        assertThat(e.getResponseBody()).contains("<faultstring xsi:type='xsd:string'>XTK-170006");
        assertThat(e).hasMessage("Adobe Campaign answered " + status + " to xtk:workflow#Start (POST " + ROUTER
                                 + ") (command start, workflow WKF12): error XTK-170006 Unable to parse expression"
                                 + " 'WKF12'. (SOP-330011 Error while executing the method 'Start' of service"
                                 + " 'xtk:workflow'.)");
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.HTTP_RESPONSE_CODE)).isEqualTo(status);
        assertThat(requests()).as("a control call is never sent again after a Fault").hasSize(1);
    }

    @Test
    void theCodeComesFromTheDetailWhenTheFaultstringHasNone() {
        answer("xtk:workflow#Pause", fault(500, "Error while executing the method", "XSV-350114 HTTP response code is 401"));

        Exchange result = template.request("adobe-workflow:WKF12?command=pause", null);

        assertThat(result.getException(AdobeWorkflowException.class).getErrorCode()).isEqualTo("XSV-350114");
    }

    @Test
    void withoutThrowingTheFaultIsTheBodyAsAMap() {
        answer("xtk:workflow#Stop", fault(500, "XTK-170006 Bad", "the detail"));

        Exchange result = template.request("adobe-workflow:WKF12?command=stop&throwExceptionOnFailure=false", null);

        assertThat(result.getException()).isNull();
        Map<String, Object> fault = new LinkedHashMap<>();
        fault.put("faultcode", "SOAP-ENV:Client");
        fault.put("faultstring", "XTK-170006 Bad");
        fault.put("detail", "the detail");
        assertThat(result.getMessage().getBody()).isEqualTo(fault);
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.HTTP_RESPONSE_CODE)).isEqualTo(500);
    }

    @Test
    void anUnknownWorkflowSaysTheIdMayHaveChanged() {
        answer("xtk:queryDef#ExecuteQuery", workflow(""));

        Exchange result = template.request("adobe-workflow:WKF99?command=status", null);

        AdobeWorkflowException e = result.getException(AdobeWorkflowException.class);
        assertThat(e.isWorkflowNotFound()).isTrue();
        assertThat(e).hasMessage("Adobe Campaign answered 200 to xtk:queryDef#ExecuteQuery (POST " + ROUTER
                                 + ") (command status, workflow WKF99): Campaign has no workflow 'WKF99'. The workflow"
                                 + " ID 'WKF99' may have been changed in Adobe Campaign: requests to an old ID stop"
                                 + " working");
    }

    @ParameterizedTest(name = "HTTP {0} with {1}")
    @CsvSource(delimiter = '|', value = { "200|<html><body>maintenance</body></html>", "200|not xml at all",
            "200|<SOAP-ENV:Envelope xmlns:SOAP-ENV='http://schemas.xmlsoap.org/soap/envelope/'/>" })
    void aSuccessThatIsNoSoapResponseFailsAsUnreadableAndIsNotSentAgain(int status, String body) {
        answer("xtk:workflow#Start", aResponse().withStatus(status).withBody(body));

        Exchange result = template.request("adobe-workflow:WKF12?command=start", null);

        AdobeWorkflowTransportException e = result.getException(AdobeWorkflowTransportException.class);
        assertThat(e).isNotNull();
        assertThat(e.getKind()).isEqualTo(AdobeWorkflowTransportException.Kind.NO_RESPONSE);
        assertThat(e.mayHaveBeenApplied()).isTrue();
        assertThat(e.getMessage()).startsWith("xtk:workflow#Start (POST " + ROUTER + ") to " + baseUrl()
                                              + " was sent but the response is not a SOAP response: ");
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.ATTEMPTS)).isEqualTo(1);
        assertThat(requests()).hasSize(1);
    }

    @Test
    void anErrorPageIsARefusalWithItsText() {
        answer("xtk:workflow#Start", aResponse().withStatus(502).withBody("<html>Bad gateway</html>"));

        Exchange result = template.request("adobe-workflow:WKF12?command=start", null);

        AdobeWorkflowException e = result.getException(AdobeWorkflowException.class);
        assertThat(e.getStatusCode()).isEqualTo(502);
        assertThat(e.getResponseBody()).isEqualTo("<html>Bad gateway</html>");
        assertThat(requests()).as("502 is not resent for a control call").hasSize(1);
    }

    @Test
    void aQueryIsRetriedAfterA502() {
        respondInTurn("xtk:queryDef#ExecuteQuery", aResponse().withStatus(502), workflow("id='1' internalName='WKF12' state='11' failed='0'"));

        Exchange result = template.request("adobe-workflow:WKF12?command=status", null);

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.STATE)).isEqualTo("started");
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.ATTEMPTS)).isEqualTo(2);
        assertThat(requests()).hasSize(2);
    }

    @Test
    void aCommandIsRetriedAfterA503() {
        respondInTurn("xtk:workflow#Start", aResponse().withStatus(503), empty("Start", "xtk:workflow"));

        Exchange result = template.request("adobe-workflow:WKF12?command=start", null);

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(AdobeWorkflowConstants.ATTEMPTS)).isEqualTo(2);
    }
}
