package io.github.campaignworkflow.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Memory: sends {@code start} commands through adobe-workflow to the loopback server and compares the heap after a
 * full GC at 10 % and at 100 % of the run. Whatever an exchange leaves behind (a cache that only grows, a listener
 * never removed) shows as growth; exits with 1 when the heap at 100 % exceeds the one at 10 % by more than
 * 20 % + 4 MB, or when any send was not answered 200.
 * <p>
 * Arguments: {@code [exchanges, default 200000] [threads, default 4]}.
 */
public final class MemoryCheck {

    private static final long SLACK_BYTES = 4L * 1024 * 1024;
    private static final double SLACK_RATIO = 1.20;
    private static final int MB = 1024 * 1024;

    private MemoryCheck() {
    }

    public static void main(String[] args) throws Exception {
        int exchanges = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int tenth = exchanges / 10;
        boolean ok;
        ExecutorService senders = Executors.newFixedThreadPool(threads);
        try (ConstantAnswerAdobe server = ConstantAnswerAdobe.start(); CamelContext camel = new DefaultCamelContext()) {
            camel.addComponent("adobe-workflow", BenchCamel.staticTokenComponent(server, threads));
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            Endpoint endpoint = camel.getEndpoint(BenchCamel.START_URI);

            long started = System.nanoTime();
            int failed = send(senders, threads, tenth, template, endpoint);
            long heapAt10 = heapAfterFullGc();
            failed += send(senders, threads, exchanges - tenth, template, endpoint);
            long heapAt100 = heapAfterFullGc();
            double seconds = (System.nanoTime() - started) / 1e9;

            long limit = (long) (heapAt10 * SLACK_RATIO) + SLACK_BYTES;
            System.out.printf("exchanges: %d on %d threads in %.1f s (%d failed)%n", exchanges, threads, seconds,
                    failed);
            System.out.printf("heap after full GC at  10 %%: %,d bytes (%.1f MB)%n", heapAt10, heapAt10 / (double) MB);
            System.out.printf("heap after full GC at 100 %%: %,d bytes (%.1f MB)%n", heapAt100,
                    heapAt100 / (double) MB);
            System.out.printf("ratio 100 %% / 10 %%: %.3f (limit: %,d bytes = 10 %% x %.2f + 4 MB)%n",
                    heapAt100 / (double) heapAt10, limit, SLACK_RATIO);
            ok = failed == 0 && heapAt100 <= limit;
            System.out.println(ok ? "OK: the heap does not grow" : failed > 0 ? "FAILED: some sends failed"
                    : "FAILED: the heap grew");
        } finally {
            senders.shutdownNow();
        }
        System.exit(ok ? 0 : 1);
    }

    /** Sends {@code count} commands spread over the threads; returns how many were not answered 200. */
    private static int send(ExecutorService senders, int threads, int count, ProducerTemplate template,
                            Endpoint endpoint) throws Exception {
        AtomicInteger remaining = new AtomicInteger(count);
        AtomicInteger failed = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>(threads);
        for (int i = 0; i < threads; i++) {
            workers.add(senders.submit(() -> {
                while (remaining.getAndDecrement() > 0) {
                    try {
                        BenchCamel.requireOk(template.request(endpoint, BenchCamel.NO_CHANGE));
                    } catch (RuntimeException e) {
                        if (failed.getAndIncrement() == 0) {
                            System.out.println("first failure: " + e.getMessage());
                        }
                    }
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        return failed.get();
    }

    /** Several System.gc() with short pauses, so that what is garbage is collected, then the heap in use. */
    private static long heapAfterFullGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
