package io.github.campaignworkflow.camel.auth;

/** No token could be had from Adobe IMS. The message says which client ID, where, and what IMS said; no secret. */
public class ImsTokenException extends Exception {

    private final int statusCode;
    private final String imsError;

    public ImsTokenException(String message, int statusCode, String imsError, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.imsError = imsError;
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
