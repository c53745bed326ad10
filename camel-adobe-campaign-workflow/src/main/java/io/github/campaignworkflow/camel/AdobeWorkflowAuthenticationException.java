package io.github.campaignworkflow.camel;

import java.time.Instant;

/**
 * No access token could be had, so nothing was sent to Adobe. The message names the endpoint (secrets masked) or, for
 * an OAuth credential, the IMS endpoint, the client ID and what IMS said.
 */
public class AdobeWorkflowAuthenticationException extends AdobeCampaignException {

    private final int statusCode;
    private final String imsError;

    private AdobeWorkflowAuthenticationException(String message, int statusCode, String imsError, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.imsError = imsError;
    }

    /** IMS answered, or could not be asked: {@code statusCode} 0 when no status came, {@code imsError} may be null. */
    public static AdobeWorkflowAuthenticationException imsFailure(String message, int statusCode, String imsError,
                                                                  Throwable cause) {
        return new AdobeWorkflowAuthenticationException(message, statusCode, imsError, cause);
    }

    /** The same failure, given again during the back-off that follows it. */
    public AdobeWorkflowAuthenticationException repeatedUntil(Instant retryAt) {
        return new AdobeWorkflowAuthenticationException(
                getMessage() + " (not asking IMS again before " + retryAt + ")", statusCode, imsError, getCause());
    }

    /**
     * The token supply of {@code endpoint} failed with {@code cause}: an exchange's failure. A failure from IMS is
     * taken over (its message, status, error and cause), not wrapped, so that a route finds one of this type.
     */
    public static AdobeWorkflowAuthenticationException noToken(String endpoint, Throwable cause) {
        String message = "No access token for " + endpoint + ", nothing was sent: " + cause.getMessage();
        if (cause instanceof AdobeWorkflowAuthenticationException ims) {
            return new AdobeWorkflowAuthenticationException(message, ims.statusCode, ims.imsError, ims.getCause());
        }
        return new AdobeWorkflowAuthenticationException(message, 0, null, cause);
    }

    /** IMS's HTTP status, 0 when IMS was not asked, could not be reached or gave no status. */
    public int getStatusCode() {
        return statusCode;
    }

    /** IMS's {@code error} (e.g. {@code invalid_client}, {@code invalid_scope}), or {@code null}. */
    public String getImsError() {
        return imsError;
    }
}
