package io.github.campaignworkflow.camel.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import javax.net.ssl.SSLHandshakeException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * Sends one {@link HttpRequestSpec} with the pooled client and reads the whole answer. A failure is reported as a
 * {@link TransportException} saying whether the request can have reached the server.
 */
public final class HttpTransport {

    private static final byte[] NO_BODY = new byte[0];

    private final CloseableHttpClient client;

    public HttpTransport(CloseableHttpClient client) {
        this.client = client;
    }

    /**
     * @param attemptHeaders headers added for this attempt only (credentials)
     * @param config         the timeouts of this request
     */
    public HttpAnswer send(HttpRequestSpec spec, Header[] attemptHeaders, RequestConfig config)
            throws TransportException {
        HttpUriRequestBase request = spec.method() == HttpMethod.GET ? new HttpGet(spec.uri()) : new HttpPost(spec.uri());
        request.setConfig(config);
        for (Header header : spec.headers()) {
            request.addHeader(header);
        }
        for (Header header : attemptHeaders) {
            request.addHeader(header);
        }
        if (spec.entity() != null) {
            request.setEntity(spec.entity());
        }
        try {
            return client.execute(request, HttpTransport::readFully);
        } catch (IOException e) {
            throw classify(spec, e);
        }
    }

    private static HttpAnswer readFully(ClassicHttpResponse response) throws IOException {
        HttpEntity entity = response.getEntity();
        byte[] body = entity != null ? EntityUtils.toByteArray(entity) : NO_BODY;
        return new HttpAnswer(response.getCode(), headerValue(response, HttpHeaders.CONTENT_TYPE),
                headerValue(response, HttpHeaders.RETRY_AFTER), body != null ? body : NO_BODY);
    }

    private static String headerValue(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header != null ? header.getValue() : null;
    }

    /** Tells apart the failures that happen before a request is written from those after. */
    static TransportException classify(HttpRequestSpec spec, IOException e) {
        if (e instanceof TransportException known) {
            return known;
        }
        String what = spec.describe() + " to " + spec.uri().getScheme() + "://" + spec.uri().getAuthority();
        if (e instanceof ConnectException || e instanceof ConnectTimeoutException
                || e instanceof ConnectionRequestTimeoutException || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException || e instanceof SSLHandshakeException) {
            return new TransportException(TransportException.Kind.NOT_SENT,
                    what + " was not sent: " + describe(e), e);
        }
        if (e instanceof SocketTimeoutException) {
            return new TransportException(TransportException.Kind.RESPONSE_TIMEOUT,
                    what + " was sent but no answer came in time: " + describe(e), e);
        }
        return new TransportException(TransportException.Kind.NO_RESPONSE,
                what + " was sent but no valid answer came back: " + describe(e), e);
    }

    private static String describe(IOException e) {
        return e.getMessage() != null ? e.getClass().getSimpleName() + ": " + e.getMessage() : e.getClass().getSimpleName();
    }
}
