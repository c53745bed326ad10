package io.github.campaignworkflow.camel;

import java.util.Locale;

/**
 * Adobe refused a request: it answered with a status other than 2xx, or with a SOAP Fault (whatever its status). The
 * getters carry what a route needs to decide what to do; the message names the request, the status and Adobe's own
 * code and message, never a credential.
 */
public class AdobeWorkflowException extends AdobeCampaignException {

    private static final int MAX_MESSAGE_DETAIL = 300;
    private static final String ID_MAY_HAVE_CHANGED = "may have been changed";

    private final int statusCode;
    private final String errorCode;
    private final String responseBody;
    private final String workflowId;
    private final String command;
    private final int attempts;
    private final boolean workflowNotFound;

    private AdobeWorkflowException(String message, int statusCode, String errorCode, String responseBody,
                                   String workflowId, String command, int attempts, boolean workflowNotFound) {
        super(message, null);
        this.statusCode = statusCode;
        this.errorCode = errorCode;
        this.responseBody = responseBody;
        this.workflowId = workflowId;
        this.command = command;
        this.attempts = attempts;
        this.workflowNotFound = workflowNotFound;
    }

    /**
     * Adobe refused {@code request} (e.g. {@code POST /acme/campaign/workflow/execution/WKF12/commands}, or a SOAP
     * method) with {@code statusCode}. A 404, or a detail saying the workflow does not exist, counts as the workflow
     * not found.
     *
     * @param errorCode    Adobe's code (401013, RST-360011, XTK-170006, ...), or {@code null}
     * @param detail       Adobe's own words (a message, a faultstring and its detail), or {@code null}
     * @param responseBody the raw response body, empty when there was none
     * @param command      the command word
     * @param attempts     how many HTTP attempts the refused request took
     */
    public static AdobeWorkflowException refused(String request, int statusCode, String errorCode, String detail,
                                                 String responseBody, String workflowId, String command, int attempts) {
        return create(request, statusCode, errorCode, detail, responseBody, workflowId, command, attempts,
                statusCode == 404 || saysNotFound(detail));
    }

    /** Adobe answered {@code request} without error but found no workflow {@code workflowId}. */
    public static AdobeWorkflowException notFound(String request, int statusCode, String detail, String responseBody,
                                                  String workflowId, String command, int attempts) {
        return create(request, statusCode, null, detail, responseBody, workflowId, command, attempts, true);
    }

    private static AdobeWorkflowException create(String request, int statusCode, String errorCode, String detail,
                                                 String responseBody, String workflowId, String command, int attempts,
                                                 boolean workflowNotFound) {
        return new AdobeWorkflowException(
                message(request, statusCode, errorCode, detail, workflowId, command, workflowNotFound), statusCode,
                errorCode, responseBody, workflowId, command, attempts, workflowNotFound);
    }

    /** The HTTP status of Adobe's response. */
    public int getStatusCode() {
        return statusCode;
    }

    /**
     * Adobe's error code when the response has one: the gateway's {@code error_code} (e.g. {@code 401013}), Campaign's
     * {@code RST-}/{@code XTK-} code found in the message, the first {@code AAA-NNNNNN} code of a SOAP Fault, else the
     * body's {@code code}; {@code null} otherwise.
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

    /** Whether Adobe said the workflow does not exist: a 404, Campaign's words for it, or an empty status query. */
    public boolean isWorkflowNotFound() {
        return workflowNotFound;
    }

    private static boolean saysNotFound(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return lower.contains("does not exist") || lower.contains("doesn't exist");
    }

    private static String message(String request, int statusCode, String errorCode, String detail, String workflowId,
                                  String command, boolean workflowNotFound) {
        StringBuilder sb = new StringBuilder("Adobe Campaign answered ").append(statusCode)
                .append(" to ").append(request)
                .append(" (command ").append(command).append(", workflow ").append(workflowId).append(')');
        // Campaign's codes sit inside its message ("RST-360011 An error has occurred"): say each fact once
        boolean codeInDetail = errorCode != null && detail != null && detail.contains(errorCode);
        if (errorCode != null && !codeInDetail) {
            sb.append(": error ").append(errorCode);
        }
        if (detail != null) {
            sb.append(codeInDetail ? ": error " : errorCode != null ? " " : ": ").append(shorten(detail));
        }
        // one sentence about a changed ID, even when Campaign's own message already gives it
        if (workflowNotFound && (detail == null || !detail.contains(ID_MAY_HAVE_CHANGED))) {
            while (sb.charAt(sb.length() - 1) == '.') {
                sb.setLength(sb.length() - 1);
            }
            sb.append(". The workflow ID '").append(workflowId).append("' ").append(ID_MAY_HAVE_CHANGED)
                    .append(" in Adobe Campaign: requests to an old ID stop working");
        }
        return sb.toString();
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= MAX_MESSAGE_DETAIL ? flat : flat.substring(0, MAX_MESSAGE_DETAIL) + "...";
    }
}
