package io.github.campaignworkflow.camel.auth;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

import io.github.campaignworkflow.camel.AdobeWorkflowAuthenticationException;
import io.github.campaignworkflow.camel.api.Json;
import io.github.campaignworkflow.camel.http.HttpTransport;
import io.github.campaignworkflow.camel.http.RequestLimits;
import io.github.campaignworkflow.camel.http.Secret;
import io.github.campaignworkflow.camel.http.TransportException;
import io.github.campaignworkflow.camel.http.WireRequest;
import io.github.campaignworkflow.camel.http.WireResponse;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.Method;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.http.message.BasicNameValuePair;

/**
 * Exchanges an OAuth Server-to-Server credential for a token at Adobe IMS:
 * {@code POST {tokenUrl}} with the form {@code grant_type=client_credentials&client_id=..&client_secret=..&scope=..}
 * in the body (never in the query string), response {@code {"access_token": "...", "expires_in": seconds}}. The request
 * runs on the transport's executor, within the component's HTTP limits: its future ends by the token request's
 * deadline.
 */
public final class ImsTokenClient {

    private static final Header[] HEADERS = { new BasicHeader(HttpHeaders.ACCEPT, "application/json"),
            new BasicHeader(HttpHeaders.CACHE_CONTROL, "no-cache") };
    /** A lifetime beyond this is no real token's: the response is treated as broken, not capped. */
    static final long MAX_PLAUSIBLE_SECONDS = Duration.ofDays(366).toSeconds();

    private final HttpTransport transport;
    private final ClientCredentials credentials;
    private final RequestLimits limits;
    private final Clock clock;
    private final WireRequest request;

    public ImsTokenClient(HttpTransport transport, ClientCredentials credentials, RequestLimits limits, Clock clock) {
        this.transport = transport;
        this.credentials = credentials;
        this.limits = limits;
        this.clock = clock;
        this.request = new WireRequest(Method.POST, credentials.tokenUrl(), HEADERS, form(credentials), null);
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

    /** Asks IMS for a new token, on the transport's executor. */
    public CompletableFuture<AccessToken> fetch() {
        CompletableFuture<AccessToken> token = new CompletableFuture<>();
        try {
            transport.executor().execute(() -> {
                try {
                    token.complete(fetchNow());
                } catch (AdobeWorkflowAuthenticationException e) {
                    token.completeExceptionally(e);
                } catch (RuntimeException e) {
                    token.completeExceptionally(failure("failed", ": " + e, 0, null, e));
                }
            });
        } catch (RejectedExecutionException e) {
            token.completeExceptionally(failure("was not asked", ": the adobe-workflow component is stopping", 0, null, e));
        }
        return token;
    }

    private AccessToken fetchNow() throws AdobeWorkflowAuthenticationException {
        WireResponse response;
        try {
            response = transport.exchange(request, limits);
        } catch (TransportException e) {
            throw failure("could not be reached", ": " + e.getMessage(), 0, null, e);
        }
        Object body = parse(response);
        Map<?, ?> fields = body instanceof Map<?, ?> map ? map : Map.of();
        if (!response.isSuccess()) {
            String error = Json.text(fields.get("error"));
            String description = Json.text(fields.get("error_description"));
            throw failure("refused a token", ": HTTP " + response.status() + (error != null ? " " + error : "")
                                             + (description != null ? " (" + description + ")" : ""),
                    response.status(), error, null);
        }
        String token = Json.text(fields.get("access_token"));
        if (token == null) {
            throw failure("answered HTTP " + response.status(),
                    " without an access_token" + (body instanceof Map ? "" : " (the response is not JSON)"),
                    response.status(), null, null);
        }
        long seconds = lifetimeSeconds(fields.get("expires_in"));
        if (seconds <= 0) {
            throw failure("answered HTTP " + response.status(),
                    " a token without a usable expires_in (" + describe(fields.get("expires_in"))
                                                              + "): a whole number of seconds from 1 to "
                                                              + MAX_PLAUSIBLE_SECONDS + " is expected",
                    response.status(), null, null);
        }
        return AccessToken.issued(Secret.ofNullable(token), clock.millis(), Duration.ofSeconds(seconds),
                credentials.refreshMargin());
    }

    /** {@code Adobe IMS at <url> <what> for client ID '<id>'<detail>}: the message never holds the secret. */
    private AdobeWorkflowAuthenticationException failure(String what, String detail, int status, String imsError,
                                                         Throwable cause) {
        String message = "Adobe IMS at " + credentials.tokenEndpoint() + " " + what + " for client ID '"
                         + credentials.clientId() + "'" + detail;
        return AdobeWorkflowAuthenticationException.refused(message, status, imsError, cause);
    }

    /** IMS answers JSON; anything else (an HTML error page, a broken body) reads as no fields. */
    private static Object parse(WireResponse response) {
        if (!response.hasBody()) {
            return null;
        }
        try {
            return Json.read(response.body());
        } catch (IOException notJson) {
            return null;
        }
    }

    /** IMS sends whole seconds; anything else (absent, text, fraction, zero, negative, absurd) gives -1. */
    static long lifetimeSeconds(Object expiresIn) {
        BigInteger seconds = null;
        if (expiresIn instanceof Integer || expiresIn instanceof Long) {
            seconds = BigInteger.valueOf(((Number) expiresIn).longValue());
        } else if (expiresIn instanceof BigInteger big) {
            seconds = big;
        } else if (expiresIn instanceof String s) {
            try {
                seconds = new BigInteger(s.trim());
            } catch (NumberFormatException notWhole) {
                // stays null: refused below
            }
        }
        if (seconds == null || seconds.signum() <= 0 || seconds.compareTo(BigInteger.valueOf(MAX_PLAUSIBLE_SECONDS)) > 0) {
            return -1;
        }
        return seconds.longValue();
    }

    private static String describe(Object expiresIn) {
        if (expiresIn == null) {
            return "absent";
        }
        String text = String.valueOf(expiresIn);
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
