package io.github.campaignworkflow.camel.api.rest;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.campaignworkflow.camel.api.Json;

/**
 * Adobe's own account of a refusal, read from a response body: the gateway's {@code error_code} ({@code 401013}),
 * Campaign's {@code RST-}/{@code XTK-} codes inside messages, or a plain {@code code}; and the message that goes with
 * it.
 *
 * @param code    the error code, or {@code null}
 * @param message Adobe's message, or {@code null}
 */
record AdobeError(String code, String message) {

    /** Campaign's codes inside a message text, e.g. {@code RST-360011 ... isn't defined in signal activity}. */
    private static final Pattern CAMPAIGN_CODE = Pattern.compile("\\b((?:RST|XTK)-\\d+)\\b");

    private static final AdobeError NONE = new AdobeError(null, null);

    /** @param body the parsed response: a map, a text or {@code null} */
    static AdobeError of(Object body) {
        if (body instanceof Map<?, ?> map) {
            String message = firstText(map, "message", "error_description", "detail", "title", "error");
            String code = firstText(map, "error_code");
            if (code == null) {
                code = campaignCode(message);
            }
            if (code == null) {
                code = firstText(map, "code", "error");
            }
            return new AdobeError(code, message);
        }
        if (body instanceof String text) {
            return new AdobeError(campaignCode(text), text.strip());
        }
        return NONE;
    }

    private static String campaignCode(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = CAMPAIGN_CODE.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String firstText(Map<?, ?> map, String... keys) {
        for (String key : keys) {
            String text = Json.text(map.get(key));
            if (text != null) {
                return text;
            }
        }
        return null;
    }
}
