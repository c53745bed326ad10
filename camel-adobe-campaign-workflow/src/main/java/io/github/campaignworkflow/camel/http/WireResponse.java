package io.github.campaignworkflow.camel.http;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.apache.hc.core5.http.ContentType;

/**
 * What the server answered, fully read, so the connection is already back in the pool.
 *
 * @param status      the HTTP status code
 * @param contentType the Content-Type header, or {@code null}
 * @param retryAfter  the Retry-After header, or {@code null}
 * @param body        the body, empty when there was none
 */
public record WireResponse(int status, String contentType, String retryAfter, byte[] body) {

    public boolean isSuccess() {
        return isSuccess(status);
    }

    /** Whether an HTTP status is a 2xx: the one rule for what counts as the server accepting a request. */
    public static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    public boolean hasBody() {
        return body.length > 0;
    }

    /** The body decoded with the charset of its Content-Type, UTF-8 when it names none. */
    public String bodyText() {
        Charset charset = StandardCharsets.UTF_8;
        if (contentType != null) {
            try {
                ContentType parsed = ContentType.parse(contentType);
                if (parsed.getCharset() != null) {
                    charset = parsed.getCharset();
                }
            } catch (RuntimeException e) {
                // a malformed Content-Type is no reason to lose the body: keep UTF-8
            }
        }
        return new String(body, charset);
    }

    @Override
    public String toString() {
        return "WireResponse[status=" + status + ", contentType=" + contentType + ", bytes=" + body.length + "]";
    }
}
