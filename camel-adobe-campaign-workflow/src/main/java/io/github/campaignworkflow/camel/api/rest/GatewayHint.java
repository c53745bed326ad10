package io.github.campaignworkflow.camel.api.rest;

/**
 * What the gateway's generic answers mean (Adobe's "API troubleshooting" page): {@code mc.adobe.io} says "Oops.
 * Something went wrong. Check your URI" both for a wrong organization (500) and for an integration set-up problem
 * (502), and "Profile is not valid" (403023) when IMS provisioning does not route the organization. The hint goes
 * after Adobe's own words.
 */
final class GatewayHint {

    private static final String CHECK_YOUR_URI = "Check your URI";

    private GatewayHint() {
    }

    /** @return Adobe's message with what it means here, or Adobe's message alone */
    static String explain(int status, AdobeError error, String organization) {
        String message = error.message();
        String hint = null;
        if (status == 500 && message != null && message.contains(CHECK_YOUR_URI)) {
            hint = "Adobe's gateway answers this to an unknown organization: check that '" + organization
                   + "' is your Campaign tenant as it appears in its URL, such as acme or acme-mkt-stage.";
        } else if (status == 502 && message != null && message.contains(CHECK_YOUR_URI)) {
            hint = "Adobe's gateway answers this when the integration or the instance's CNAME is not set up.";
        } else if (status == 403 && "403023".equals(error.code())) {
            hint = "IMS provisioning does not route organization '" + organization
                   + "' for this credential: check its product profiles in Adobe Developer Console.";
        }
        if (hint == null) {
            return message;
        }
        return message != null ? message + (message.endsWith(".") ? " " : ". ") + hint : hint;
    }
}
