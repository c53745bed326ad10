package io.github.campaignworkflow.examples.simulator;

import com.github.tomakehurst.wiremock.http.Request;

import java.util.Locale;

/** Small checks on request bodies shared by the JSON endpoints. */
final class RequestBodies {

    private RequestBodies() {
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
