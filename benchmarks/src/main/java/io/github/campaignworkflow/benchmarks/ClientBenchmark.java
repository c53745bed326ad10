package io.github.campaignworkflow.benchmarks;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 10's decision data: the same start command to the same loopback server as {@link CommandBenchmark}, on the
 * classic and on the asynchronous HttpClient 5, with nothing of Camel or the component around it:
 * <ul>
 * <li>{@code classic} (a): the pooled classic client, the call on the caller's thread ({@link RawStartCommand});</li>
 * <li>{@code async} (b): the pooled {@code CloseableHttpAsyncClient}, a bounded response consumer, the caller
 * blocking on the future the I/O reactor completes;</li>
 * <li>{@code asyncHop} (c): as (b), but the reactor hands the answer to a 10-thread {@code ThreadPoolExecutor} that
 * completes the caller's {@code CompletableFuture}: the extra thread hop of a Camel async producer that never
 * continues the route on a reactor thread;</li>
 * <li>{@code classicOnExecutor} (d): the classic call run on a bounded 10-thread I/O executor, the caller waiting on
 * its future: the other design the issue names (platform threads here, Java 17).</li>
 * </ul>
 * Throughput and latency (SampleTime: p50, p99) at 1 and 8 threads, as nested classes: do not pass {@code -t}.
 */
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public abstract class ClientBenchmark {

    @Benchmark
    public byte[] classic(ClientRig rig) throws IOException {
        return rig.classic.send();
    }

    @Benchmark
    public byte[] async(ClientRig rig) throws IOException {
        return rig.async.send();
    }

    @Benchmark
    public byte[] asyncHop(ClientRig rig) throws IOException {
        return rig.async.sendAndHop(rig.continuation);
    }

    @Benchmark
    public byte[] classicOnExecutor(ClientRig rig) throws IOException, InterruptedException {
        try {
            return rig.io.submit(rig.classic::send).get();
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }

    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public static class Throughput1 extends ClientBenchmark {
    }

    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(8)
    public static class Throughput8 extends ClientBenchmark {
    }

    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(1)
    public static class Latency1 extends ClientBenchmark {
    }

    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(8)
    public static class Latency8 extends ClientBenchmark {
    }
}
