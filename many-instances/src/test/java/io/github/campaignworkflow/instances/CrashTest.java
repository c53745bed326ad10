package io.github.campaignworkflow.instances;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.camel.util.FileUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short crash run of CI: per delivery set-up one batch of 100 commands with two {@code kill -9}s of the Camel
 * instance (its own JVM) between a broker and Campaign that run in their own processes. What must hold whatever the
 * kill points: transacted JMS loses nothing (a crash can only duplicate); the eager idempotent consumer never sends
 * twice (a crash can only lose); the non-eager one loses nothing. The full run, and the measured table, is
 * {@code CrashCheck} in benchmarks/. The children's logs stay in {@code target/crash-ci}.
 */
class CrashTest {

    static final Path WORK = Path.of("target", "crash-ci");
    static final int COMMANDS = 100;
    static final int KILLS = 2;
    static final long SEED = Long.getLong("crash.seed", 20261202L);

    static CrashExperiment experiment;
    static final Random RANDOM = new Random(SEED);
    static final List<CrashTally> TALLIES = new ArrayList<>();

    @BeforeAll
    static void startBrokerAndCampaign() throws IOException {
        FileUtil.removeDir(WORK.toFile());
        Files.createDirectories(WORK);
        experiment = CrashExperiment.start(WORK.toAbsolutePath(), System.getProperty("java.class.path"));
    }

    @AfterAll
    static void stopThemAndWriteTheTable() throws IOException {
        if (experiment != null) {
            experiment.close();
        }
        StringBuilder table = new StringBuilder("Seed " + SEED + ", " + COMMANDS + " commands and " + KILLS
                                                + " kills per batch\n\n" + CrashTally.tableHeader() + "\n");
        TALLIES.forEach(tally -> table.append(tally.tableRow()).append('\n'));
        Files.writeString(WORK.resolve("crash-table.md"), table, StandardCharsets.UTF_8);
    }

    @Test
    void transactedJmsAloneLosesNothing() throws Exception {
        CrashTally tally = run(Delivery.TRANSACTED);

        assertThat(tally.lost()).isZero();
        assertThat(tally.appliedOnce() + tally.appliedTwice()).isEqualTo(COMMANDS);
        // what is dead-lettered is a duplicate Campaign refused (409: already started), nothing else
        assertThat(tally.deadLettered()).isLessThanOrEqualTo(tally.appliedTwice());
    }

    @Test
    void anEagerIdempotentConsumerNeverSendsTwice() throws Exception {
        CrashTally tally = run(Delivery.IDEMPOTENT_EAGER);

        assertThat(tally.appliedTwice()).isZero();
        assertThat(tally.appliedOnce() + tally.lost()).isEqualTo(COMMANDS);
        assertThat(tally.deadLettered()).isZero();
    }

    @Test
    void aNonEagerIdempotentConsumerLosesNothing() throws Exception {
        CrashTally tally = run(Delivery.IDEMPOTENT_NON_EAGER);

        assertThat(tally.lost()).isZero();
        assertThat(tally.appliedOnce() + tally.appliedTwice()).isEqualTo(COMMANDS);
        assertThat(tally.deadLettered()).isLessThanOrEqualTo(tally.appliedTwice());
    }

    private static CrashTally run(Delivery delivery) throws Exception {
        CrashTally tally = experiment.run(delivery, COMMANDS, KILLS, RANDOM);
        TALLIES.add(tally);
        assertThat(tally.commands()).isEqualTo(COMMANDS);
        assertThat(tally.kills()).as("kills that landed before the queue drained").isEqualTo(KILLS);
        return tally;
    }
}
