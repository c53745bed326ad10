package io.github.campaignworkflow.instances;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.github.campaignworkflow.simulator.AdobeCampaignSimulatorExtension;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two Camel instances (each its own CamelContext, broker connection and OAuth client) compete for one queue of an
 * ActiveMQ Artemis broker with a persistent journal, consuming with transacted JMS: 1,000 starts to 1,000 workflows.
 * Campaign receives exactly one command per workflow, and the two instances' API keys show how the work was shared.
 * Throughput with one and two instances is measured in benchmarks/ ({@code CompetingConsumersCheck}), not here.
 */
class CompetingConsumersTest {

    static final int COMMANDS = 1000;
    static final String QUEUE = "commands";
    static final String SECRET = "competing-test-secret";
    static final List<String> INSTANCES = List.of("instance-1", "instance-2");

    @RegisterExtension
    static final AdobeCampaignSimulatorExtension CAMPAIGN = AdobeCampaignSimulatorExtension.create(sim -> {
        sim.commandDelay(Duration.ZERO); // no throttling either: the simulator's default
        INSTANCES.forEach(instance -> sim.client(instance, SECRET, AdobeCampaignSimulatorExtension.DEFAULT_SCOPE));
    });

    @TempDir
    static Path brokerData;

    @AfterAll
    static void releaseClientThreads() {
        ActiveMQClient.clearThreadPools();
    }

    @Test
    void everyWorkflowGetsExactlyOneCommandFromOneOfTheTwoInstances() throws Exception {
        List<String> workflows = IntStream.range(0, COMMANDS).mapToObj(i -> CampaignMain.workflowId("WKF", i)).toList();
        workflows.forEach(CAMPAIGN.simulator()::addWorkflow);

        try (Broker broker = Broker.start(brokerData);
             CamelInstance first = instance(broker, INSTANCES.get(0));
             CamelInstance second = instance(broker, INSTANCES.get(1))) {
            Commands.sendStarts(broker.url(), QUEUE, "competing", workflows);

            await().atMost(90, TimeUnit.SECONDS).until(() -> broker.messageCounts().get(QUEUE) == 0);
            assertThat(broker.messageCounts().getOrDefault(CommandRoutes.deadLetterQueue(QUEUE), 0L)).isZero();
            assertThat(broker.messageCounts().get(Broker.BROKER_DEAD_LETTERS)).isZero();
        }

        Map<String, Map<String, Integer>> posts = CampaignMain.commandPosts(CAMPAIGN.simulator());
        assertThat(posts.get("byWorkflow")).hasSize(COMMANDS).allSatisfy((workflow, count) -> assertThat(count)
                .as(workflow).isEqualTo(1));
        assertThat(workflows).allSatisfy(workflow -> assertThat(CAMPAIGN.simulator().commands(workflow))
                .containsExactly("start"));
        Map<String, Integer> byInstance = posts.get("byApiKey");
        assertThat(byInstance.keySet()).containsExactlyInAnyOrderElementsOf(INSTANCES);
        assertThat(byInstance.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(COMMANDS);
        // the broker deals the messages out to both: a generous bound, each took at least a fifth
        assertThat(byInstance.values()).allSatisfy(sent -> assertThat(sent).isGreaterThanOrEqualTo(COMMANDS / 5));
        Files.writeString(Path.of("target", "competing-consumers.txt"), "commands sent per instance: " + byInstance + "\n");
    }

    private static CamelInstance instance(Broker broker, String clientId) throws Exception {
        return CamelInstance.start(clientId, broker.url(), QUEUE, Delivery.TRANSACTED, 4, null,
                CampaignAccess.of(CAMPAIGN.simulator().componentOptions(), clientId, SECRET));
    }
}
