package io.github.campaignworkflow.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.github.campaignworkflow.instances.CrashExperiment;
import io.github.campaignworkflow.instances.CrashTally;
import io.github.campaignworkflow.instances.Delivery;

/**
 * The full crash run of BENCHMARKS.md: for each delivery set-up, {@code batches} batches of {@code commands} starts,
 * each with {@code kills} {@code kill -9}s of the Camel instance (a child JVM) at random points, between a broker
 * (persistent journal) and Campaign (the simulator) that run in their own processes; prints the table. Exits 1 when
 * a set-up breaks its promise: transacted JMS or the non-eager idempotent consumer lost a command, or the eager one
 * sent one twice.
 * <p>
 * Arguments: {@code [batches, default 10] [commands, default 200] [kills, default 3] [seed, default 1]}. The
 * processes' logs stay in a temporary directory, printed at the start.
 */
public final class CrashCheck {

    private CrashCheck() {
    }

    public static void main(String[] args) throws Exception {
        int batches = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int commands = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int kills = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1L;
        Path work = Files.createTempDirectory("crash-check");
        System.out.printf("%d batches of %d commands, %d kills each, seed %d; logs in %s%n", batches, commands, kills,
                seed, work);
        Random random = new Random(seed);
        List<CrashTally> totals = new ArrayList<>();
        boolean kept = true;
        long start = System.nanoTime();
        try (CrashExperiment experiment = CrashExperiment.start(work, System.getProperty("java.class.path"))) {
            for (Delivery delivery : Delivery.values()) {
                List<CrashTally> tallies = new ArrayList<>();
                for (int batch = 1; batch <= batches; batch++) {
                    CrashTally tally = experiment.run(delivery, commands, kills, random);
                    tallies.add(tally);
                    System.out.println("  " + tally.tableRow());
                }
                CrashTally total = CrashTally.sum(delivery, tallies);
                totals.add(total);
                kept &= switch (delivery) {
                    case TRANSACTED, IDEMPOTENT_NON_EAGER -> total.lost() == 0;
                    case IDEMPOTENT_EAGER -> total.appliedTwice() == 0;
                };
            }
        }
        System.out.printf("%nin %.0f s:%n%n%s%n", (System.nanoTime() - start) / 1e9, CrashTally.tableHeader());
        totals.forEach(total -> System.out.println(total.tableRow()));
        System.out.println(kept ? "OK: every set-up kept its promise" : "FAILED: a set-up broke its promise");
        System.exit(kept ? 0 : 1);
    }
}
