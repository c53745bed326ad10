package io.github.campaignworkflow.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;

import org.apache.hc.client5.http.async.methods.AbstractBinResponseConsumer;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.ByteArrayBuffer;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The start command of {@link RawStartCommand}, the same headers and body, on HttpClient 5's
 * {@link CloseableHttpAsyncClient}: pooled, keep-alive, no retries, redirects or cookies, its I/O reactor threads
 * at the default (one per CPU). The answer is read by a bounded {@link AbstractBinResponseConsumer} (at most
 * {@link #MAX_BODY} bytes, as a component with {@code maxResponseSize} would), which insists on a 200.
 */
final class AsyncStartCommand implements AutoCloseable {

    /** The bound of the answer body; the loopback server's answer is a few dozen bytes. */
    static final int MAX_BODY = 1024 * 1024;

    private static final ContentType JSON = ContentType.create("application/json");
    private static final byte[] BODY = ConstantAnswerAdobe.START_BODY.getBytes(UTF_8);

    private final URI commandUri;
    private final CloseableHttpAsyncClient client;

    AsyncStartCommand(String commandUrl, int maxConnections) {
        this.commandUri = URI.create(commandUrl);
        this.client = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(maxConnections)
                        .setMaxConnPerRoute(maxConnections)
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .build();
        client.start();
    }

    /** (b) Sends the command; the caller blocks on the future, completed on an I/O reactor thread. */
    byte[] send() throws IOException {
        try {
            return start(null).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }

    /**
     * (c) Sends the command; the reactor hands the answer to {@code continueOn}, which completes the future the caller
     * waits on, as an asynchronous Camel producer would continue the route off the reactor.
     */
    byte[] sendAndHop(Executor continueOn) throws IOException {
        CompletableFuture<byte[]> done = new CompletableFuture<>();
        start(new FutureCallback<>() {
            @Override
            public void completed(byte[] body) {
                continueOn.execute(() -> done.complete(body));
            }

            @Override
            public void failed(Exception e) {
                continueOn.execute(() -> done.completeExceptionally(e));
            }

            @Override
            public void cancelled() {
                continueOn.execute(() -> done.cancel(false));
            }
        });
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }

    private Future<byte[]> start(FutureCallback<byte[]> callback) {
        SimpleHttpRequest post = SimpleHttpRequest.create("POST", commandUri);
        post.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + ConstantAnswerAdobe.ACCESS_TOKEN);
        post.addHeader("X-Api-Key", ConstantAnswerAdobe.API_KEY);
        post.addHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        post.setBody(BODY, JSON); // also sets Content-Type: application/json
        return client.execute(SimpleRequestProducer.create(post), new BoundedOkBody(MAX_BODY), callback);
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }

    /** Collects the body up to a limit (past it: fails) and insists on a 200. */
    private static final class BoundedOkBody extends AbstractBinResponseConsumer<byte[]> {
        private final int limit;
        private final ByteArrayBuffer buffer = new ByteArrayBuffer(64);
        private int status;

        BoundedOkBody(int limit) {
            this.limit = limit;
        }

        @Override
        protected void start(HttpResponse response, ContentType contentType) {
            status = response.getCode();
        }

        @Override
        protected int capacityIncrement() {
            return Integer.MAX_VALUE;
        }

        @Override
        protected void data(ByteBuffer data, boolean endOfStream) throws IOException {
            if (buffer.length() + data.remaining() > limit) {
                throw new IOException("The answer exceeds " + limit + " bytes");
            }
            if (data.hasArray()) {
                buffer.append(data.array(), data.arrayOffset() + data.position(), data.remaining());
                data.position(data.limit());
            } else {
                while (data.hasRemaining()) {
                    buffer.append(data.get());
                }
            }
        }

        @Override
        protected byte[] buildResult() {
            if (status != 200) {
                throw new IllegalStateException("Expected HTTP 200 but got " + status);
            }
            return buffer.toByteArray();
        }

        @Override
        public void releaseResources() {
            // the buffer is the result's source; nothing else is held
        }
    }
}
