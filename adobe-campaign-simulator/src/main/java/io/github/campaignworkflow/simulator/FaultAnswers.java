package io.github.campaignworkflow.simulator;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

/** What the client gets for an injected fault (the expired token aside, which the gateway answers). */
final class FaultAnswers {

    private FaultAnswers() {
    }

    /**
     * The answer to send.
     *
     * @param campaignAnswer Campaign's own answer, for a fault after applying; {@code null} for a fault before it
     */
    static ResponseDefinition answer(SimulatedFault fault, ResponseDefinition campaignAnswer) {
        switch (fault.kind()) {
            case STATUS:
                return serverError(fault.statusCode());
            case DROP_CONNECTION:
                return responseDefinition().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
            case DELAY:
                long millis = fault.delayDuration().toMillis();
                return ResponseDefinitionBuilder.like(campaignAnswer)
                        .withFixedDelay((int) Math.min(millis, Integer.MAX_VALUE))
                        .build();
            default:
                throw new IllegalStateException("Not answered here: " + fault);
        }
    }

    /**
     * The answer to send for a fault on a SOAP call: the same as {@link #answer} for a delay or a dropped connection,
     * a plain-text status (a load balancer's answer, not Campaign's JSON), a Fault or an expired session's text.
     */
    static ResponseDefinition soapAnswer(SimulatedFault fault, ResponseDefinition campaignAnswer) {
        switch (fault.kind()) {
            case STATUS:
                return JsonAnswers.text(fault.statusCode(), reason(fault.statusCode()) + " (a fault injected by the Adobe Campaign simulator)");
            case SOAP_FAULT:
            case EXPIRED_SESSION:
                return fault.isText()
                        ? JsonAnswers.text(fault.statusCode(), fault.faultString())
                        : SoapAnswers.fault(fault.statusCode(), fault.faultString(), fault.detail());
            default:
                return answer(fault, campaignAnswer);
        }
    }

    private static ResponseDefinition serverError(int status) {
        if (status == 502) {
            // The gateway's documented answer for an integration or CNAME problem.
            return JsonAnswers.campaignError(502, "Oops. Something went wrong. Check your URI and try again.");
        }
        return JsonAnswers.campaignError(status, reason(status) + " (a fault injected by the Adobe Campaign simulator)");
    }

    private static String reason(int status) {
        switch (status) {
            case 500:
                return "Internal server error";
            case 502:
                return "Bad gateway";
            case 503:
                return "Service unavailable";
            case 504:
                return "Gateway timeout";
            default:
                return "Server error";
        }
    }
}
