package io.github.campaignworkflow.camel.http;

import java.io.IOException;

import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.impl.io.HttpRequestExecutor;
import org.apache.hc.core5.http.io.HttpClientConnection;
import org.apache.hc.core5.http.io.HttpResponseInformationCallback;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * HttpClient's request executor with two additions, made at the one place every request passes just before it is
 * written, a proxy's {@code CONNECT} included:
 * <ul>
 * <li>it arms the request's {@link ResponseDeadline}, so that {@code responseTimeout} counts from the request written
 * to the last byte read;</li>
 * <li>it swaps the {@code Proxy-Authorization} header HttpClient generated for a {@link MaskedHeader} of the same
 * value, because HttpClient prints every header in its {@code org.apache.hc.client5.http.headers} debug log and the
 * proxy's Basic credentials are only Base64-encoded.</li>
 * </ul>
 */
final class BoundedRequestExecutor extends HttpRequestExecutor {

    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, HttpClientConnection connection,
                                       HttpResponseInformationCallback informationCallback, HttpContext context)
            throws IOException, HttpException {
        Header proxyAuthorization = request.getFirstHeader(HttpHeaders.PROXY_AUTHORIZATION);
        if (proxyAuthorization != null && !(proxyAuthorization instanceof MaskedHeader)) {
            request.setHeader(new MaskedHeader(HttpHeaders.PROXY_AUTHORIZATION, proxyAuthorization.getValue()));
        }
        if (context != null && context.getAttribute(ResponseDeadline.ATTRIBUTE) instanceof ResponseDeadline deadline) {
            deadline.arm();
        }
        return super.execute(request, connection, informationCallback, context);
    }
}
