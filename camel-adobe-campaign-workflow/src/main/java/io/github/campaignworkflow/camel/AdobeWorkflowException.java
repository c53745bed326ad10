package io.github.campaignworkflow.camel;

import java.util.Locale;

import io.github.campaignworkflow.camel.response.AdobeError;
import io.github.campaignworkflow.camel.request.WorkflowRequest;
import io.github.campaignworkflow.camel.client.SentRequest;

/**
 * Adobe answered with a status other than 2xx. The getters carry what a route needs to decide what to do; the
 * message names the request, the status and Adobe's own code and message, never a credential.
 */
public class AdobeWorkflowException extends AdobeCampaignException {

    private static final int MAX_MESSAGE_DETAIL = 300;

    private final int statusCode;
    private final String errorCode;
    private final String responseBody;
    private final String workflowId;
    private final String command;
    private final int attempts;

    private AdobeWorkflowException(WorkflowRequest request, SentRequest sent, AdobeError error) {
        super(message(sent.request().describe(), sent.response().status(), error, request.workflowId(),
                request.command().word()), null);
        this.statusCode = sent.response().status();
        this.errorCode = error.code();
        this.responseBody = sent.response().bodyText();
        this.workflowId = request.workflowId();
        this.command = request.command().word();
        this.attempts = sent.attempts();
    }

    /**
     * Adobe refused what {@code request} asked for: {@code sent} holds the refused request, its response and attempts.
     *
     * @param parsedBody the response's body as the component parsed it (map, text or {@code null}), to find Adobe's
     *                   error
     */
    public static AdobeWorkflowException refusal(WorkflowRequest request, SentRequest sent, Object parsedBody) {
        return new AdobeWorkflowException(request, sent, AdobeError.of(parsedBody));
    }

    /** The HTTP status of Adobe's response. */
    public int getStatusCode() {
        return statusCode;
    }

    /**
     * Adobe's error code when the response has one: the gateway's {@code error_code} (e.g. {@code 401013}), Campaign's
     * {@code RST-}/{@code XTK-} code found in the message, else the body's {@code code}; {@code null} otherwise.
     */
    public String getErrorCode() {
        return errorCode;
    }

    /** The response's body as text, empty when there was none. */
    public String getResponseBody() {
        return responseBody;
    }

    public String getWorkflowId() {
        return workflowId;
    }

    /** The command word: start, pause, resume, stop, status or signal. */
    public String getCommand() {
        return command;
    }

    /** How many HTTP attempts the refused request took (retries of 429/503 included). */
    public int getAttempts() {
        return attempts;
    }

    /** Whether Adobe said the workflow does not exist: a 404, or Campaign's words for it. */
    public boolean isWorkflowNotFound() {
        return isNotFound(statusCode, responseBody);
    }

    private static boolean isNotFound(int statusCode, String text) {
        if (statusCode == 404) {
            return true;
        }
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return lower.contains("does not exist") || lower.contains("doesn't exist");
    }

    private static String message(String request, int statusCode, AdobeError error, String workflowId, String command) {
        StringBuilder sb = new StringBuilder("Adobe Campaign answered ").append(statusCode)
                .append(" to ").append(request)
                .append(" (command ").append(command).append(", workflow ").append(workflowId).append(')');
        // Campaign's codes sit inside its message ("RST-360011 An error has occurred"): say each fact once
        boolean codeInMessage = error.code() != null && error.message() != null && error.message().contains(error.code());
        if (error.code() != null && !codeInMessage) {
            sb.append(": error ").append(error.code());
        }
        if (error.message() != null) {
            sb.append(codeInMessage ? ": error " : error.code() != null ? " " : ": ").append(shorten(error.message()));
        }
        if (isNotFound(statusCode, error.message())) {
            sb.append(". The workflow ID '").append(workflowId)
                    .append("' may have been changed in Adobe Campaign: requests to an old ID stop working");
        }
        return sb.toString();
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= MAX_MESSAGE_DETAIL ? flat : flat.substring(0, MAX_MESSAGE_DETAIL) + "...";
    }
}
