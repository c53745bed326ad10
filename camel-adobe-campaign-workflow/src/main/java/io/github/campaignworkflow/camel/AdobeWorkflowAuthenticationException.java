package io.github.campaignworkflow.camel;

import java.time.Instant;

/**
 * No credential (an access token, a Campaign session) could be had, so nothing was sent to Adobe. The message names
 * the endpoint (secrets masked) and what went wrong: for an OAuth credential the IMS endpoint, the client ID and what
 * IMS said; for a Campaign operator the instance, the login and what Campaign said.
 */
public class AdobeWorkflowAuthenticationException extends AdobeCampaignException {

    private final int statusCode;
    private final String imsError;

    private AdobeWorkflowAuthenticationException(String message, int statusCode, String imsError, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.imsError = imsError;
    }

    /**
     * IMS (or Campaign's Logon) refused a credential, or could not be asked: {@code statusCode} 0 when no status came;
     * {@code error} (IMS's {@code error}, Campaign's error code) may be null.
     */
    public static AdobeWorkflowAuthenticationException refused(String message, int statusCode, String error,
                                                               Throwable cause) {
        return new AdobeWorkflowAuthenticationException(message, statusCode, error, cause);
    }

    /** The same failure, given again during the back-off that follows it. */
    public AdobeWorkflowAuthenticationException repeatedUntil(Instant retryAt) {
        return new AdobeWorkflowAuthenticationException(
                getMessage() + " (not asked again before " + retryAt + ")", statusCode, imsError, getCause());
    }

    /**
     * The supply of {@code credential}s (an {@code access token}, a {@code Campaign session}) of {@code endpoint}
     * failed with {@code cause}: an exchange's failure. A failure from IMS or Logon is taken over (its message,
     * status, error and cause), not wrapped, so that a route finds one of this type.
     */
    public static AdobeWorkflowAuthenticationException noCredential(String credential, String endpoint, Throwable cause) {
        String message = "No " + credential + " for " + endpoint + ", nothing was sent: " + cause.getMessage();
        if (cause instanceof AdobeWorkflowAuthenticationException refused) {
            return new AdobeWorkflowAuthenticationException(message, refused.statusCode, refused.imsError,
                    refused.getCause());
        }
        return new AdobeWorkflowAuthenticationException(message, 0, null, cause);
    }

    /** The exchange waited {@code waitedMillis} (its responseTimeout) for a {@code credential} being fetched. */
    public static AdobeWorkflowAuthenticationException noCredentialInTime(String credential, String endpoint,
                                                                          long waitedMillis) {
        return new AdobeWorkflowAuthenticationException("No " + credential + " for " + endpoint
                                                        + " within its responseTimeout (" + waitedMillis
                                                        + " ms), nothing was sent: the " + credential
                                                        + " is still being fetched",
                0, null, null);
    }

    /** IMS's HTTP status, 0 when IMS was not asked, could not be reached or gave no status. */
    public int getStatusCode() {
        return statusCode;
    }

    /**
     * IMS's {@code error} (e.g. {@code invalid_client}, {@code invalid_scope}) or Campaign's error code of a refused
     * Logon, or {@code null}.
     */
    public String getImsError() {
        return imsError;
    }
}
