package io.github.campaignworkflow.camel.api.soap;

import java.util.concurrent.CompletableFuture;

import io.github.campaignworkflow.camel.http.WireResponse;
import io.github.campaignworkflow.camel.send.Credentials;

/** IMS bearer tokens (cached, fixed or from a provider) for SOAP calls: the token rules of REST, a 401 included. */
public final class BearerSoapCredentials implements Credentials<SoapCredential> {

    private final Credentials<String> tokens;

    public BearerSoapCredentials(Credentials<String> tokens) {
        this.tokens = tokens;
    }

    @Override
    public String kind() {
        return tokens.kind();
    }

    @Override
    public CompletableFuture<SoapCredential> current() {
        return tokens.current().thenApply(SoapCredential.Bearer::new);
    }

    @Override
    public boolean isRefusal(WireResponse response) {
        return tokens.isRefusal(response);
    }

    @Override
    public boolean renew(SoapCredential refused) {
        return tokens.renew(((SoapCredential.Bearer) refused).token());
    }
}
