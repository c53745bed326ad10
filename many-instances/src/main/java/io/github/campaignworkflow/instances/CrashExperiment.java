package io.github.campaignworkflow.instances;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * A crash, measured. The broker (persistent journal) and Campaign (the simulator) each run in their own process for
 * the whole experiment; every batch puts {@code commands} starts on a new queue, runs a Camel instance as a child JVM,
 * kills it with {@code kill -9} when Campaign has received a randomly drawn number of POSTs, restarts it, and after
 * the last kill lets a last instance drain the queue and stops it cleanly. The tally comes from what Campaign
 * received and what the dead-letter queues hold. Every process is ended by its process ID, also on failure.
 */
public final class CrashExperiment implements AutoCloseable {

    /** The simulator's fake credential; handed to the children in the environment, never on a command line. */
    private static final String CLIENT_ID = "camel-instance";
    private static final String CLIENT_SECRET = "crash-run-secret";
    private static final int CONSUMERS = 4;
    private static final Duration READY = Duration.ofSeconds(60);
    private static final Duration DRAIN = Duration.ofSeconds(120);
    private static final Duration POLL = Duration.ofMillis(10);
    private static final TypeReference<Map<String, Long>> QUEUES = new TypeReference<>() { };
    private static final TypeReference<Map<String, Map<String, Integer>>> POSTS = new TypeReference<>() { };

    private final Path workDir;
    private final String classPath;
    private final ChildJvm broker;
    private final ChildJvm campaign;
    private final String brokerUrl;
    private final AdminClient brokerAdmin;
    private final AdminClient campaignAdmin;
    private final Properties campaignInfo;
    private int batches;

    private CrashExperiment(Path workDir, String classPath, ChildJvm broker, ChildJvm campaign) {
        this.workDir = workDir;
        this.classPath = classPath;
        this.broker = broker;
        this.campaign = campaign;
        Properties brokerInfo = broker.awaitReady(READY);
        this.brokerUrl = brokerInfo.getProperty("url");
        this.brokerAdmin = new AdminClient(brokerInfo.getProperty("admin"));
        this.campaignInfo = campaign.awaitReady(READY);
        this.campaignAdmin = new AdminClient(campaignInfo.getProperty("admin"));
    }

    /** Starts the broker and Campaign processes, both at once. */
    public static CrashExperiment start(Path workDir, String classPath) throws IOException {
        ChildJvm broker = ChildJvm.start("broker", workDir, classPath, BrokerMain.class, Map.of(),
                List.of(workDir.resolve("broker-data").toString()));
        ChildJvm campaign = null;
        try {
            campaign = ChildJvm.start("campaign", workDir, classPath, CampaignMain.class,
                    Map.of(CampaignAccess.SECRET_VARIABLE, CLIENT_SECRET), List.of(CLIENT_ID));
            return new CrashExperiment(workDir, classPath, broker, campaign);
        } catch (RuntimeException | IOException e) {
            broker.close();
            if (campaign != null) {
                campaign.close();
            }
            throw e;
        }
    }

    /** One batch: {@code commands} starts, {@code kills} crashes at random points (kills < commands). */
    public CrashTally run(Delivery delivery, int commands, int kills, Random random) throws Exception {
        String batch = "B" + (++batches);
        String queue = "commands-" + batch;
        List<String> workflowIds = IntStream.range(0, commands).mapToObj(i -> CampaignMain.workflowId(batch, i)).toList();
        campaignAdmin.post("/reset", Map.of());
        campaignAdmin.post("/workflows", Map.of("prefix", batch, "count", commands));
        long brokerDeadLettersBefore = queueCount(Broker.BROKER_DEAD_LETTERS);
        Commands.sendStarts(brokerUrl, queue, batch, workflowIds);

        int[] killPoints = random.ints(1, commands).distinct().limit(kills).sorted().toArray();
        int killed = 0;
        for (int posts : killPoints) {
            try (ChildJvm camel = startCamel(batch, queue, delivery)) {
                camel.awaitReady(READY);
                if (awaitPosts(posts, queue, camel)) {
                    camel.kill();
                    killed++;
                }
            }
        }
        try (ChildJvm camel = startCamel(batch, queue, delivery)) {
            camel.awaitReady(READY);
            awaitDrained(queue, camel);
            camel.stop(Duration.ofSeconds(30));
        }

        Map<String, Integer> postsByWorkflow = campaignAdmin.get("/posts", POSTS).get("byWorkflow");
        long deadLettered = queueCount(CommandRoutes.deadLetterQueue(queue))
                            + queueCount(Broker.BROKER_DEAD_LETTERS) - brokerDeadLettersBefore;
        return CrashTally.of(delivery, killed, workflowIds, postsByWorkflow, deadLettered);
    }

    private ChildJvm startCamel(String batch, String queue, Delivery delivery) throws IOException {
        return ChildJvm.start("camel-" + batch, workDir, classPath, CamelInstanceMain.class,
                Map.of(CampaignAccess.SECRET_VARIABLE, CLIENT_SECRET),
                List.of(brokerUrl, queue, delivery.name(), Integer.toString(CONSUMERS),
                        workDir.resolve(batch + "-idempotent").toString(), campaignInfo.getProperty("organization"),
                        campaignInfo.getProperty("baseUrl"), campaignInfo.getProperty("tokenUrl"), CLIENT_ID,
                        campaignInfo.getProperty("scope")));
    }

    /** True once Campaign has received at least {@code posts} POSTs; false when the queue drained first. */
    private boolean awaitPosts(int posts, String queue, ChildJvm camel) {
        long deadline = System.nanoTime() + DRAIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (totalPosts() >= posts) {
                return true;
            }
            if (queueCount(queue) == 0) {
                return false;
            }
            requireAlive(camel);
            LockSupport.parkNanos(POLL.toNanos());
        }
        throw new IllegalStateException("Campaign did not receive " + posts + " POSTs within " + DRAIN);
    }

    private void awaitDrained(String queue, ChildJvm camel) {
        long deadline = System.nanoTime() + DRAIN.toNanos();
        while (queueCount(queue) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(queue + " not drained within " + DRAIN);
            }
            requireAlive(camel);
            LockSupport.parkNanos(POLL.toNanos());
        }
    }

    private int totalPosts() {
        return campaignAdmin.get("/posts", POSTS).get("byApiKey").values().stream().mapToInt(Integer::intValue).sum();
    }

    private long queueCount(String queue) {
        return brokerAdmin.get("/queues", QUEUES).getOrDefault(queue, 0L);
    }

    private static void requireAlive(ChildJvm camel) {
        if (!camel.isAlive()) {
            throw new IllegalStateException(camel + " died without being killed");
        }
    }

    /** Stops Campaign and the broker by their process IDs (SIGTERM, then SIGKILL). */
    @Override
    public void close() {
        try {
            campaign.stop(Duration.ofSeconds(15));
        } finally {
            broker.stop(Duration.ofSeconds(15));
        }
    }
}
