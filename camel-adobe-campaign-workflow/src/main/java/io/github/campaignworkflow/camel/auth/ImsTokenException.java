package io.github.campaignworkflow.camel.auth;

import java.time.Instant;

/** No token could be had from Adobe IMS. The message says which client ID, where, and what IMS said; no secret. */
public class ImsTokenException extends Exception {

    private final int statusCode;
    private final String imsError;

    public ImsTokenException(String message, int statusCode, String imsError, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.imsError = imsError;
    }

    /** The same failure, given again during the back-off that follows it. */
    ImsTokenException notBefore(Instant retryAt) {
        return new ImsTokenException(getMessage() + " (not asking IMS again before " + retryAt + ")", statusCode,
                imsError, this);
    }

    /** IMS's HTTP status, 0 when it could not be reached or its answer was unusable before a status. */
    public int getStatusCode() {
        return statusCode;
    }

    /** IMS's {@code error} (e.g. {@code invalid_client}, {@code invalid_scope}), or {@code null}. */
    public String getImsError() {
        return imsError;
    }
}
