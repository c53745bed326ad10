package io.github.campaignworkflow.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The component's share of raw HttpClient 5 throughput for the start command, measured in one JVM in alternating
 * blocks (raw, component, raw, ...) on the same loopback server and pool: drift, other load and the JIT hit both paths
 * alike, which JMH's separate forks cannot promise on a shared 2-core machine (their throughput varies by tens of
 * percent from fork to fork). It prints the median over the rounds of each path's throughput and their ratio, and
 * the CPU time the calling threads spent per command.
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.campaignworkflow.benchmarks.RawShareCheck [threads]
 * [rounds] [commands per thread per block]}
 */
public final class RawShareCheck {

    private RawShareCheck() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int block = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
        CommandRig rig = new CommandRig();
        rig.start();
        ExecutorService callers = Executors.newFixedThreadPool(threads);
        try {
            for (int i = 0; i < 3; i++) { // warm-up: both paths compiled before anything counts
                run(rig, true, threads, block, callers);
                run(rig, false, threads, block, callers);
            }
            List<Double> raw = new ArrayList<>();
            List<Double> adobe = new ArrayList<>();
            List<Double> rawCpu = new ArrayList<>();
            List<Double> adobeCpu = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                double[] r;
                double[] a;
                if (round % 2 == 0) {
                    r = run(rig, true, threads, block, callers);
                    a = run(rig, false, threads, block, callers);
                } else {
                    a = run(rig, false, threads, block, callers);
                    r = run(rig, true, threads, block, callers);
                }
                raw.add(r[0]);
                adobe.add(a[0]);
                rawCpu.add(r[1]);
                adobeCpu.add(a[1]);
                ratios.add(a[0] / r[0]);
            }
            System.out.printf("%d thread(s), %d rounds of %d commands per thread and path%n", threads, rounds, block);
            System.out.printf("throughput (ops/s), median: raw %.0f, adobe-workflow %.0f%n", median(raw), median(adobe));
            System.out.printf("caller CPU per command (us), median: raw %.2f, adobe-workflow %.2f%n", median(rawCpu),
                    median(adobeCpu));
            System.out.printf("RESULT threads=%d share=%.3f (median of the %d rounds' ratios; min %.3f, max %.3f)%n",
                    threads, median(ratios), rounds, Collections.min(ratios), Collections.max(ratios));
        } finally {
            callers.shutdownNow();
            rig.stop();
        }
    }

    /** @return throughput in commands per second, and CPU microseconds of the calling threads per command */
    private static double[] run(CommandRig rig, boolean raw, int threads, int block, ExecutorService callers)
            throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        CountDownLatch go = new CountDownLatch(1);
        AtomicLong cpu = new AtomicLong();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(callers.submit(() -> {
                go.await();
                long start = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < block; i++) {
                    if (raw) {
                        rig.raw.send();
                    } else {
                        rig.request(rig.adobeWorkflow);
                    }
                }
                cpu.addAndGet(mx.getCurrentThreadCpuTime() - start);
                return null;
            }));
        }
        long wall = System.nanoTime();
        go.countDown();
        for (Future<?> f : running) {
            f.get();
        }
        long elapsed = System.nanoTime() - wall;
        long commands = (long) threads * block;
        return new double[] { commands * 1e9 / elapsed, cpu.get() / 1e3 / commands };
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
