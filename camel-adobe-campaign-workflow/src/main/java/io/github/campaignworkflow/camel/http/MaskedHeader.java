package io.github.campaignworkflow.camel.http;

import org.apache.hc.core5.http.message.BasicHeader;

/**
 * A credential header. HttpClient writes its value on the wire but prints the header with {@code toString()} in its
 * {@code org.apache.hc.client5.http.headers} debug log, so that is where the value is masked.
 */
public final class MaskedHeader extends BasicHeader {

    public MaskedHeader(String name, String value) {
        super(name, value, true);
    }

    @Override
    public String toString() {
        return getName() + ": xxxxxx";
    }
}
