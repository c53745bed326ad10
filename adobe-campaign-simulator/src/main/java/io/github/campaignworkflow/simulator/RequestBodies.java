package io.github.campaignworkflow.simulator;

import java.util.Locale;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** Small checks on request bodies shared by the JSON endpoints. */
final class RequestBodies {

    private RequestBodies() {
    }

    /**
     * The request's JSON object body, or the answer refusing it: 415 when it is not declared as JSON, 400 when it is
     * not a JSON object.
     *
     * @param body    the object, when {@code refusal} is {@code null}
     * @param refusal the answer to give instead, or {@code null}
     */
    record JsonObjectBody(ObjectNode body, ResponseDefinition refusal) {

        /** @param example what a valid body looks like, for the 400 message */
        static JsonObjectBody of(Request request, String example) {
            if (!isJson(request)) {
                return new JsonObjectBody(null, JsonAnswers.campaignError(415, "Content-Type must be application/json"));
            }
            return JsonAnswers.parseObject(request.getBodyAsString())
                    .map(object -> new JsonObjectBody(object, null))
                    .orElseGet(() -> new JsonObjectBody(null, JsonAnswers.campaignError(400,
                            "The request body must be a JSON object such as " + example + ".")));
        }
    }

    /** True when the request declares a JSON body ({@code application/json}, any parameters). */
    static boolean isJson(Request request) {
        String contentType = request.getHeader("Content-Type");
        if (contentType == null) {
            return false;
        }
        return contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT).equals("application/json");
    }
}
