package io.github.campaignworkflow.benchmarks;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The loopback server, the classic and the asynchronous HttpClient 5 (64 pooled connections each), and the two
 * executors the hand-over variants use, started once per trial and shared by all benchmark threads.
 */
@State(Scope.Benchmark)
public class ClientRig {

    static final int CONNECTIONS = CommandRig.CONNECTIONS;
    /** Camel's default thread pool profile: 10 core threads (max 20, queue 1000). */
    static final int POOL_THREADS = 10;

    ConstantAnswerAdobe server;
    RawStartCommand classic;
    AsyncStartCommand async;
    /** where (c) continues after the reactor, as a Camel async producer would continue the route */
    ExecutorService continuation;
    /** where (d) runs the classic client's blocking call: a bounded I/O executor */
    ExecutorService io;

    @Setup(Level.Trial)
    public void start() throws Exception {
        server = ConstantAnswerAdobe.start();
        classic = new RawStartCommand(server.commandUrl(), CONNECTIONS);
        async = new AsyncStartCommand(server.commandUrl(), CONNECTIONS);
        continuation = pool("continuation");
        io = pool("blocking-io");
        // one send per path before any measurement: a broken path fails the trial at once
        classic.send();
        async.send();
        async.sendAndHop(continuation);
        io.submit(classic::send).get();
    }

    private static ExecutorService pool(String name) {
        AtomicInteger number = new AtomicInteger();
        return new ThreadPoolExecutor(POOL_THREADS, POOL_THREADS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(task, name + "-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        if (io != null) {
            io.shutdownNow();
        }
        if (continuation != null) {
            continuation.shutdownNow();
        }
        if (async != null) {
            async.close();
        }
        if (classic != null) {
            classic.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
