package io.github.campaignworkflow.benchmarks;

import java.io.IOException;
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
 * The same {@code start} command to the same loopback server, four ways:
 * <ul>
 * <li>{@code rawHttpClient} (a): a pooled Apache HttpClient 5 and a hand-made request, the practical limit;</li>
 * <li>{@code camelHttpRoute} (b): a hand-built camel-http route setting the same headers and body;</li>
 * <li>{@code adobeWorkflow} (c): {@code adobe-workflow:WKF12?command=start} sent to by the ProducerTemplate;</li>
 * <li>{@code adobeWorkflowRoute} (c'): {@code to("adobe-workflow:...")} behind a direct route, the same shape as
 * (b), so (c')/(b) compares like with like.</li>
 * </ul>
 * JMH takes one thread count per run, so the nested classes carry the variants: one command
 * ({@code CommandBenchmark}) runs throughput and latency (SampleTime: p50, p99) at 1, 8 and 32 threads.
 */
@Fork(2)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public abstract class CommandBenchmark {

    @Benchmark
    public byte[] rawHttpClient(CommandRig rig) throws IOException {
        return rig.raw.send();
    }

    @Benchmark
    public Object camelHttpRoute(CommandRig rig) {
        return rig.request(rig.camelHttpRoute);
    }

    @Benchmark
    public Object adobeWorkflow(CommandRig rig) {
        return rig.request(rig.adobeWorkflow);
    }

    @Benchmark
    public Object adobeWorkflowRoute(CommandRig rig) {
        return rig.request(rig.adobeWorkflowRoute);
    }

    /** Sequential throughput. */
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public static class Throughput1 extends CommandBenchmark {
    }

    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(8)
    public static class Throughput8 extends CommandBenchmark {
    }

    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(32)
    public static class Throughput32 extends CommandBenchmark {
    }

    /** Sequential latency distribution; a class of its own so that it is shown in microseconds, not seconds. */
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(1)
    public static class Latency1 extends CommandBenchmark {
    }

    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(8)
    public static class Latency8 extends CommandBenchmark {
    }

    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(32)
    public static class Latency32 extends CommandBenchmark {
    }
}
