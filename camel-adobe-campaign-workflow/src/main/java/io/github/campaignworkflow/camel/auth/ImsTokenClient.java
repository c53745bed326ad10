package io.github.campaignworkflow.camel.auth;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.campaignworkflow.camel.answer.AnswerBody;
import io.github.campaignworkflow.camel.http.HttpAnswer;
import io.github.campaignworkflow.camel.http.HttpMethod;
import io.github.campaignworkflow.camel.http.HttpRequestSpec;
import io.github.campaignworkflow.camel.http.HttpTransport;
import io.github.campaignworkflow.camel.http.TransportException;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.http.message.BasicNameValuePair;

/**
 * Exchanges an OAuth Server-to-Server credential for a token at Adobe IMS:
 * {@code POST {tokenUrl}} with the form {@code grant_type=client_credentials&client_id=..&client_secret=..&scope=..}
 * in the body (never in the query string), answer {@code {"access_token": "...", "expires_in": seconds}}.
 */
public final class ImsTokenClient {

    private static final Header[] NO_EXTRA_HEADERS = new Header[0];
    private static final List<Header> HEADERS = List.of(new BasicHeader(HttpHeaders.ACCEPT, "application/json"),
            new BasicHeader(HttpHeaders.CACHE_CONTROL, "no-cache"));

    private final HttpTransport transport;
    private final ClientCredentials credentials;
    private final RequestConfig requestConfig;
    private final Clock clock;
    private final HttpRequestSpec request;

    public ImsTokenClient(HttpTransport transport, ClientCredentials credentials, RequestConfig requestConfig,
                          Clock clock) {
        this.transport = transport;
        this.credentials = credentials;
        this.requestConfig = requestConfig;
        this.clock = clock;
        this.request = new HttpRequestSpec(HttpMethod.POST, credentials.tokenUrl(), HEADERS, form(credentials));
    }

    private static UrlEncodedFormEntity form(ClientCredentials credentials) {
        List<NameValuePair> fields = new ArrayList<>(4);
        fields.add(new BasicNameValuePair("grant_type", "client_credentials"));
        fields.add(new BasicNameValuePair("client_id", credentials.clientId()));
        fields.add(new BasicNameValuePair("client_secret", credentials.clientSecret().reveal()));
        if (credentials.scope() != null) {
            fields.add(new BasicNameValuePair("scope", credentials.scope()));
        }
        return new UrlEncodedFormEntity(fields, StandardCharsets.UTF_8);
    }

    public ClientCredentials credentials() {
        return credentials;
    }

    /** Asks IMS for a new token. */
    public AccessToken fetch() throws ImsTokenException {
        HttpAnswer answer;
        try {
            answer = transport.send(request, NO_EXTRA_HEADERS, requestConfig);
        } catch (TransportException e) {
            throw new ImsTokenException(
                    "Adobe IMS at " + credentials.tokenEndpoint() + " could not be reached for client ID '"
                                        + credentials.clientId() + "': " + e.getMessage(),
                    0, null, e);
        }
        Object body = AnswerBody.parse(answer);
        Map<?, ?> fields = body instanceof Map<?, ?> map ? map : Map.of();
        if (!answer.isSuccess()) {
            String error = text(fields.get("error"));
            String description = text(fields.get("error_description"));
            throw new ImsTokenException(
                    "Adobe IMS at " + credentials.tokenEndpoint() + " refused a token for client ID '"
                                        + credentials.clientId() + "': HTTP " + answer.status()
                                        + (error != null ? " " + error : "")
                                        + (description != null ? " (" + description + ")" : ""),
                    answer.status(), error, null);
        }
        String token = text(fields.get("access_token"));
        if (token == null) {
            throw new ImsTokenException(
                    "Adobe IMS at " + credentials.tokenEndpoint() + " answered HTTP " + answer.status()
                                        + " for client ID '" + credentials.clientId()
                                        + "' without an access_token" + (body instanceof Map ? "" : " (the answer is not JSON)"),
                    answer.status(), null, null);
        }
        Duration lifetime = lifetime(fields.get("expires_in"));
        return AccessToken.issued(Secret.ofNullable(token), clock.instant(), lifetime, credentials.refreshMargin());
    }

    /** IMS sends seconds; a missing or unreadable value is taken as IMS's documented 24 hours. */
    private static Duration lifetime(Object expiresIn) {
        long seconds = -1;
        if (expiresIn instanceof Number n) {
            seconds = n.longValue();
        } else if (expiresIn instanceof String s) {
            try {
                seconds = Long.parseLong(s.trim());
            } catch (NumberFormatException ignored) {
                // fall through to the default
            }
        }
        return seconds > 0 ? Duration.ofSeconds(seconds) : Duration.ofHours(24);
    }

    private static String text(Object value) {
        return value instanceof String s && !s.isBlank() ? s : null;
    }
}
