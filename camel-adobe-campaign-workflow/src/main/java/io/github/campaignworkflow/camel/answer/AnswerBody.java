package io.github.campaignworkflow.camel.answer;

import java.io.IOException;

import io.github.campaignworkflow.camel.http.HttpAnswer;

/**
 * Turns an answer's bytes into the message body the contract promises: a {@code Map} (or {@code List}) when the
 * answer is JSON, the text when it is not (Campaign answers some signals with plain text), {@code null} when empty.
 */
public final class AnswerBody {

    private AnswerBody() {
    }

    public static Object parse(HttpAnswer answer) {
        if (!answer.hasBody()) {
            return null;
        }
        if (looksLikeJson(answer.body())) {
            try {
                return Json.read(answer.body());
            } catch (IOException notJson) {
                // truncated or otherwise broken JSON: the text is still worth keeping
            }
        }
        String text = answer.bodyText();
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
