package io.github.campaignworkflow.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.github.campaignworkflow.instances.Broker;
import io.github.campaignworkflow.instances.CamelInstance;
import io.github.campaignworkflow.instances.CampaignAccess;
import io.github.campaignworkflow.instances.CampaignMain;
import io.github.campaignworkflow.instances.Commands;
import io.github.campaignworkflow.instances.Delivery;
import io.github.campaignworkflow.simulator.AdobeCampaignSimulator;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.camel.util.FileUtil;

/**
 * Throughput of competing consumers: {@code commands} starts on one queue of an Artemis broker with a persistent
 * journal, drained by one and then by two Camel instances (each its own CamelContext, connection and OAuth client,
 * transacted JMS, {@code consumers} concurrent consumers), all in this JVM with the simulator (no command delay, no
 * throttling). The clock runs from the commit of the commands to an empty queue. Checks that Campaign received exactly
 * one POST per workflow; exits 1 otherwise.
 * <p>
 * Arguments: {@code [commands, default 5000] [rounds, default 3] [consumers per instance, default 4]}.
 */
public final class CompetingConsumersCheck {

    private static final String SECRET = "throughput-secret";

    private CompetingConsumersCheck() {
    }

    public static void main(String[] args) throws Exception {
        int commands = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int consumers = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        Path work = Files.createTempDirectory("competing-consumers");
        boolean exact = true;
        try (AdobeCampaignSimulator campaign = AdobeCampaignSimulator.builder().organization("acme")
                     .client("instance-1", SECRET, "AdobeID,openid,campaign_sdk")
                     .client("instance-2", SECRET, "AdobeID,openid,campaign_sdk")
                     .commandDelay(Duration.ZERO).build().start();
             Broker broker = Broker.start(work.resolve("broker"))) {
            for (int round = 1; round <= rounds; round++) {
                for (int instances = 1; instances <= 2; instances++) {
                    campaign.reset();
                    String queue = "throughput-" + round + "-" + instances;
                    List<String> workflows = IntStream.range(0, commands)
                            .mapToObj(i -> CampaignMain.workflowId(queue, i)).toList();
                    workflows.forEach(campaign::addWorkflow);
                    List<CamelInstance> running = new ArrayList<>();
                    double seconds;
                    try {
                        for (int i = 1; i <= instances; i++) {
                            running.add(CamelInstance.start("instance-" + i, broker.url(), queue, Delivery.TRANSACTED,
                                    consumers, null, CampaignAccess.of(campaign.componentOptions(), "instance-" + i,
                                            SECRET)));
                        }
                        Commands.sendStarts(broker.url(), queue, "throughput", workflows);
                        long start = System.nanoTime();
                        broker.awaitEmpty(queue, Duration.ofMinutes(10));
                        seconds = (System.nanoTime() - start) / 1e9;
                    } finally {
                        running.forEach(CamelInstance::close);
                    }
                    Map<String, Map<String, Integer>> posts = CampaignMain.commandPosts(campaign);
                    boolean once = posts.get("byWorkflow").size() == commands
                                   && posts.get("byWorkflow").values().stream().allMatch(count -> count == 1);
                    exact &= once;
                    System.out.printf("round %d, %d instance(s) x %d consumers: %d commands in %.2f s = %.0f/s;"
                                      + " per instance %s%s%n", round, instances, consumers, commands, seconds,
                            commands / seconds, posts.get("byApiKey"), once ? "" : "  <-- NOT exactly once");
                }
            }
        } finally {
            ActiveMQClient.clearThreadPools();
            FileUtil.removeDir(work.toFile());
        }
        System.out.println(exact ? "OK: one POST per workflow in every run" : "FAILED: see the runs marked above");
        System.exit(exact ? 0 : 1);
    }
}
