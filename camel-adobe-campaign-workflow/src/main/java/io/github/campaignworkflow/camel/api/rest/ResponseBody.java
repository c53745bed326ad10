package io.github.campaignworkflow.camel.api.rest;

import java.io.IOException;

import io.github.campaignworkflow.camel.api.Json;
import io.github.campaignworkflow.camel.http.WireResponse;

/**
 * Turns a response's bytes into the message body the contract promises: a {@code Map} (or {@code List}) when the
 * response is JSON, the text when it is not (Campaign answers some signals with plain text), {@code null} when empty.
 */
final class ResponseBody {

    private ResponseBody() {
    }

    static Object parse(WireResponse response) {
        if (!response.hasBody()) {
            return null;
        }
        if (looksLikeJson(response.body())) {
            try {
                return Json.read(response.body());
            } catch (IOException notJson) {
                // truncated or otherwise broken JSON: the text is still worth keeping
            }
        }
        String text = response.bodyText();
        return text.isBlank() ? null : text;
    }

    private static boolean looksLikeJson(byte[] body) {
        for (byte b : body) {
            if (b == '{' || b == '[') {
                return true;
            }
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return false;
    }
}
