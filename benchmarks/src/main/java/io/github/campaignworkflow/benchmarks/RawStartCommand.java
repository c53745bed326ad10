package io.github.campaignworkflow.benchmarks;

import java.io.IOException;
import java.net.URI;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.HttpClientResponseHandler;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicHeader;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Path (a), the practical limit: the start command written by hand on one pooled, keep-alive Apache HttpClient 5,
 * the client camel-http and the component use, with nothing around it.
 */
final class RawStartCommand implements AutoCloseable {

    private static final ContentType JSON = ContentType.create("application/json");
    private static final byte[] BODY = ConstantAnswerAdobe.START_BODY.getBytes(UTF_8);
    private static final Header CONTENT_TYPE = new BasicHeader(HttpHeaders.CONTENT_TYPE, JSON.toString());
    private static final Header AUTHORIZATION = new BasicHeader(HttpHeaders.AUTHORIZATION,
            "Bearer " + ConstantAnswerAdobe.ACCESS_TOKEN);
    private static final Header API_KEY = new BasicHeader("X-Api-Key", ConstantAnswerAdobe.API_KEY);
    private static final Header NO_CACHE = new BasicHeader(HttpHeaders.CACHE_CONTROL, "no-cache");

    /** Reads the whole answer (so the connection goes back to the pool) and insists on a 200. */
    private static final HttpClientResponseHandler<byte[]> OK_BODY = response -> {
        byte[] body = EntityUtils.toByteArray(response.getEntity());
        if (response.getCode() != 200) {
            throw new IllegalStateException("Expected HTTP 200 but got " + response.getCode());
        }
        return body;
    };

    private final URI commandUri;
    private final CloseableHttpClient client;

    RawStartCommand(String commandUrl, int maxConnections) {
        this.commandUri = URI.create(commandUrl);
        // the component's client has no retries, redirects or cookies either
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(maxConnections)
                        .setMaxConnPerRoute(maxConnections)
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .build();
    }

    /** Sends the command and returns the answer's body. */
    byte[] send() throws IOException {
        HttpPost post = new HttpPost(commandUri);
        post.addHeader(CONTENT_TYPE);
        post.addHeader(AUTHORIZATION);
        post.addHeader(API_KEY);
        post.addHeader(NO_CACHE);
        post.setEntity(new ByteArrayEntity(BODY, JSON));
        return client.execute(post, OK_BODY);
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
