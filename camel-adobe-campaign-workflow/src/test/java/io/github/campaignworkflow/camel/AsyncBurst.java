package io.github.campaignworkflow.camel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.AsyncProducer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;

/** Many exchanges handed to the asynchronous producer from one thread, without waiting for any. */
final class AsyncBurst implements AutoCloseable {

    private final AsyncProducer producer;
    private final CountDownLatch done;
    private final List<Exchange> exchanges = new ArrayList<>();
    private int completedSynchronously;

    private AsyncBurst(Endpoint endpoint, int count) throws Exception {
        producer = endpoint.createAsyncProducer();
        producer.start();
        done = new CountDownLatch(count);
        for (int i = 0; i < count; i++) {
            Exchange exchange = endpoint.createExchange();
            exchanges.add(exchange);
            if (producer.process(exchange, doneSync -> done.countDown())) {
                completedSynchronously++;
            }
        }
    }

    static AsyncBurst send(Endpoint endpoint, int count) throws Exception {
        return new AsyncBurst(endpoint, count);
    }

    boolean awaitAll(long seconds) throws InterruptedException {
        return done.await(seconds, TimeUnit.SECONDS);
    }

    long pending() {
        return done.getCount();
    }

    List<Exchange> exchanges() {
        return exchanges;
    }

    int completedSynchronously() {
        return completedSynchronously;
    }

    @Override
    public void close() throws Exception {
        producer.stop();
    }
}
