package io.github.campaignworkflow.camel.api.soap;

import io.github.campaignworkflow.camel.http.Secret;

/** What authenticates one SOAP call: an IMS bearer token, or a Campaign operator's session. */
public sealed interface SoapCredential {

    /** {@code Authorization: Bearer <token>} and an empty {@code sessiontoken} (Campaign v8.5+, Classic 7.3.5+ with IMS). */
    record Bearer(String token) implements SoapCredential {
        @Override
        public String toString() {
            return "Bearer[xxxxxx]";
        }
    }

    /**
     * The session of an {@code xtk:session#Logon}: its token goes in {@code sessiontoken} and in the
     * {@code __sessiontoken} cookie, its security token in {@code X-Security-Token}.
     */
    record Session(Secret sessionToken, Secret securityToken) implements SoapCredential {
    }
}
