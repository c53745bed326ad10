package io.github.campaignworkflow.camel.http;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLHandshakeException;

import io.github.campaignworkflow.camel.AdobeWorkflowTransportException.Kind;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.Method;
import org.apache.hc.core5.io.CloseMode;

/**
 * Exchanges one {@link WireRequest} for its {@link WireResponse} with a pooled client, within {@link RequestLimits}: the whole response within the
 * response timeout, its body within the size limit after decoding. Past either bound the request is aborted (its
 * connection closed, never drained). A failure is a {@link TransportException} saying how far the request got.
 * <p>
 * A request runs on the calling thread; {@link #executor()} is where requests that were waiting (a retry, a state
 * poll, a token fetch) run, so that no timer thread ever performs network I/O. Its threads are bounded by the pool's
 * connections (or are virtual where Camel is set to use them): more threads could only wait for a connection.
 * {@link #close()} aborts what is in flight and sends nothing more.
 */
public final class HttpTransport implements Closeable {

    private static final byte[] NO_BODY = new byte[0];
    private static final int READ_CHUNK = 8192;

    /** How often the responses in flight are checked against their deadlines: a deadline's precision. */
    static final long SWEEP_MILLIS = 25;

    private final CloseableHttpClient client;
    private final ExecutorService executor;
    private final Set<ResponseDeadline> inFlight = ConcurrentHashMap.newKeySet();
    private final ScheduledFuture<?> sweep;
    private volatile boolean closed;

    /**
     * @param executor where waiting requests run
     * @param timer    runs the sweep that aborts responses past their deadline; it never performs I/O
     */
    public HttpTransport(CloseableHttpClient client, ExecutorService executor, ScheduledExecutorService timer) {
        this.client = client;
        this.executor = executor;
        this.sweep = timer.scheduleWithFixedDelay(this::abortExpired, SWEEP_MILLIS, SWEEP_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    private void abortExpired() {
        if (!inFlight.isEmpty()) {
            long now = System.nanoTime();
            inFlight.forEach(deadline -> deadline.abortIfExpired(now));
        }
    }

    /** Where requests that waited are sent from. */
    public ExecutorService executor() {
        return executor;
    }

    /** Sends the request on the calling thread and reads the whole response. */
    @SuppressWarnings("deprecation") // execute(request, context): executeOpen does not exist in the httpclient5 5.4 of Camel 4.14
    public WireResponse exchange(WireRequest wire, RequestLimits limits) throws TransportException {
        HttpUriRequestBase request = wire.method() == Method.GET ? new HttpGet(wire.uri()) : new HttpPost(wire.uri());
        request.setConfig(limits.requestConfig());
        for (Header header : wire.headers()) {
            request.addHeader(header);
        }
        if (wire.entity() != null) {
            request.setEntity(wire.entity());
        }
        ResponseDeadline deadline = new ResponseDeadline(request, limits.responseTimeoutMillis());
        HttpClientContext context = HttpClientContext.create();
        context.setAttribute(ResponseDeadline.ATTRIBUTE, deadline);
        inFlight.add(deadline);
        ClassicHttpResponse response = null;
        try {
            if (closed) {
                throw new TransportException(Kind.STOPPED,
                        describe(wire) + " was not sent: the adobe-workflow component is stopping", null);
            }
            response = client.execute(request, context);
            WireResponse wireResponse = read(response, limits.maxResponseSize());
            response.close(); // the body was read to its end: the connection goes back to the pool
            return wireResponse;
        } catch (IOException e) {
            // abort before closing: closing a response HttpClient still reads would drain the rest of the body
            request.cancel();
            closeQuietly(response);
            throw classify(wire, e, deadline, closed);
        } finally {
            inFlight.remove(deadline);
        }
    }

    private static WireResponse read(ClassicHttpResponse response, long maxResponseSize) throws IOException {
        HttpEntity entity = response.getEntity();
        byte[] body = entity != null ? readBounded(entity, maxResponseSize) : NO_BODY;
        return new WireResponse(response.getCode(), headerValue(response, HttpHeaders.CONTENT_TYPE),
                headerValue(response, HttpHeaders.RETRY_AFTER), body);
    }

    /**
     * Reads the decoded body, failing as soon as it is larger than the limit: a compressed response cannot inflate. On a
     * failure the stream is left open: closing it would drain the rest, so the caller aborts the request first.
     */
    private static byte[] readBounded(HttpEntity entity, long maxResponseSize) throws IOException {
        if (entity.getContentLength() > maxResponseSize) {
            throw new ResponseTooLargeException(maxResponseSize, "it declares " + entity.getContentLength() + " bytes");
        }
        InputStream in = entity.getContent();
        if (in == null) {
            return NO_BODY;
        }
        long declared = entity.getContentLength();
        if (declared >= 0) {
            // the usual case: one buffer of the declared size, then a check that nothing follows
            byte[] body = in.readNBytes((int) declared);
            if (body.length == declared && in.read() != -1) {
                throw new ResponseTooLargeException(maxResponseSize, "it is longer than it declares");
            }
            in.close(); // at the end of the body: releases the connection to the pool
            return body;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(256);
        byte[] chunk = new byte[(int) Math.min(READ_CHUNK, maxResponseSize + 1)];
        long total = 0;
        int n;
        while ((n = in.read(chunk)) != -1) {
            total += n;
            if (total > maxResponseSize) {
                throw new ResponseTooLargeException(maxResponseSize, "it is longer");
            }
            body.write(chunk, 0, n);
        }
        in.close();
        return body.toByteArray();
    }

    private static String headerValue(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header != null ? header.getValue() : null;
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        if (response != null) {
            try {
                response.close();
            } catch (IOException | RuntimeException ignored) {
                // the request is aborted already: nothing is left to release
            }
        }
    }

    /** Tells apart the failures that happen before a request is written from those after. */
    static TransportException classify(WireRequest wire, IOException e, ResponseDeadline deadline, boolean stopping) {
        if (e instanceof TransportException known) {
            return known;
        }
        String what = describe(wire);
        if (e instanceof ResponseTooLargeException) {
            return new TransportException(Kind.RESPONSE_TOO_LARGE,
                    what + " was sent but the response was refused: " + e.getMessage(), e);
        }
        if (e instanceof ConnectionRequestTimeoutException) {
            return new TransportException(Kind.NO_CONNECTION,
                    what + " was not sent: no pooled connection became free in time (raise maxConnections or"
                                                                  + " connectionRequestTimeout): " + describe(e),
                    e);
        }
        if (e instanceof ConnectException || e instanceof ConnectTimeoutException || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException || e instanceof SSLHandshakeException) {
            return new TransportException(Kind.NOT_SENT, what + " was not sent: " + describe(e), e);
        }
        if (stopping) {
            return new TransportException(Kind.STOPPED,
                    what + " was aborted: the adobe-workflow component is stopping", e);
        }
        if (deadline.expired() || e instanceof SocketTimeoutException) {
            return new TransportException(Kind.RESPONSE_TIMEOUT,
                    what + " was sent but no response came in time: the whole response must come within responseTimeout ("
                                                                    + deadline.timeoutMillis() + " ms)",
                    e);
        }
        return new TransportException(Kind.NO_RESPONSE,
                what + " was sent but no valid response came back: " + describe(e), e);
    }

    private static String describe(WireRequest wire) {
        return wire.describe() + " to " + wire.uri().getScheme() + "://" + wire.uri().getRawAuthority();
    }

    private static String describe(IOException e) {
        return e.getMessage() != null ? e.getClass().getSimpleName() + ": " + e.getMessage() : e.getClass().getSimpleName();
    }

    /** Aborts the requests in flight and closes the client: nothing is sent afterwards. The executor is its owner's. */
    @Override
    public void close() {
        closed = true;
        sweep.cancel(false);
        inFlight.forEach(ResponseDeadline::abort);
        client.close(CloseMode.IMMEDIATE);
    }

    /** A response body over the limit. */
    static final class ResponseTooLargeException extends IOException {
        ResponseTooLargeException(long limit, String detail) {
            super("the response body exceeds maxResponseSize of " + limit + " bytes (" + detail + ")");
        }
    }
}
