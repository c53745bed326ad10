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

    private static ResponseDefinition serverError(int status) {
        if (status == 502) {
            // The gateway's documented answer for an integration or CNAME problem.
            return JsonAnswers.campaignError(502, "Oops. Something went wrong. Check your URI and try again.");
        }
        String reason;
        switch (status) {
            case 500:
                reason = "Internal server error";
                break;
            case 503:
                reason = "Service unavailable";
                break;
            case 504:
                reason = "Gateway timeout";
                break;
            default:
                reason = "Server error";
        }
        return JsonAnswers.campaignError(status, reason + " (a fault injected by the Adobe Campaign simulator)");
    }
}
