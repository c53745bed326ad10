package io.github.campaignworkflow.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;

import io.github.campaignworkflow.instances.Broker;
import io.github.campaignworkflow.instances.CamelInstance;
import io.github.campaignworkflow.instances.CampaignAccess;
import io.github.campaignworkflow.instances.CampaignMain;
import io.github.campaignworkflow.instances.CommandRoutes;
import io.github.campaignworkflow.instances.Commands;
import io.github.campaignworkflow.instances.Delivery;
import io.github.campaignworkflow.instances.DeliveryProbe;
import io.github.campaignworkflow.simulator.AdobeCampaignSimulator;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.core.server.MessageReference;
import org.apache.activemq.artemis.core.server.ServerConsumer;
import org.apache.activemq.artemis.core.server.impl.AckReason;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerMessagePlugin;
import org.apache.activemq.artemis.core.transaction.Transaction;
import org.apache.camel.Exchange;
import org.apache.camel.util.FileUtil;

/**
 * The windows a crash can fall into, measured per exchange on the route of the crash runs (transacted JMS, 4
 * consumers, Artemis with a persistent journal, the simulator; all in this JVM): the time from the POST to the JMS
 * commit (transacted alone, and non-eager, whose key is stored in between: a crash there sends the command again),
 * and from the eager key's insert to the POST (a crash there loses the command). camel-jms commits the JMS session
 * itself after the exchange (no Spring transaction to hook), so the commit is stamped by the broker, in this JVM,
 * when it acknowledges the message.
 * <p>
 * Arguments: {@code [commands per set-up, default 2000]}. Prints p50, p90, p99 and max in microseconds.
 */
public final class DeliveryWindowCheck {

    private static final String SECRET = "window-secret";

    private DeliveryWindowCheck() {
    }

    /** Nanosecond stamps of one exchange. */
    record Stamps(long received, long admitted, long posting, long posted, long committed) {
        long whole() {
            return committed - received;
        }
    }

    /**
     * Stamps the route's points by workflow; the commit is stamped by the broker (in this JVM, same clock) when it
     * acknowledges the message, which for a transacted session happens after the commit.
     */
    static final class Recorder implements DeliveryProbe {
        final Map<String, long[]> stamps = new ConcurrentHashMap<>();

        private long[] of(Exchange exchange) {
            return stamps.computeIfAbsent(exchange.getMessage().getHeader(CommandRoutes.WORKFLOW_ID, String.class),
                    id -> new long[5]);
        }

        @Override
        public void received(Exchange exchange) {
            of(exchange)[0] = System.nanoTime();
        }

        @Override
        public void admitted(Exchange exchange) {
            of(exchange)[1] = System.nanoTime();
        }

        @Override
        public void posting(Exchange exchange) {
            of(exchange)[2] = System.nanoTime();
        }

        @Override
        public void posted(Exchange exchange) {
            of(exchange)[3] = System.nanoTime();
        }

        /** The broker acknowledged the message of this workflow: after the commit, for a transacted session. */
        void committed(String workflowId) {
            long[] stamp = workflowId == null ? null : stamps.get(workflowId);
            if (stamp != null) {
                stamp[4] = System.nanoTime();
            }
        }

        List<Stamps> complete() {
            return stamps.values().stream().filter(s -> s[0] > 0 && s[2] > 0 && s[3] > 0 && s[4] > 0)
                    .map(s -> new Stamps(s[0], s[1], s[2], s[3], s[4])).toList();
        }
    }

    public static void main(String[] args) throws Exception {
        int commands = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path work = Files.createTempDirectory("delivery-windows");
        boolean measured = true;
        // set by the main thread, read by the broker's threads
        AtomicReference<Recorder> current = new AtomicReference<>();
        ActiveMQServerMessagePlugin acknowledgements = new ActiveMQServerMessagePlugin() {
            @Override
            public void messageAcknowledged(Transaction tx, MessageReference reference, AckReason reason,
                                            ServerConsumer consumer) {
                Recorder recorder = current.get();
                if (recorder != null) {
                    recorder.committed(reference.getMessage().getStringProperty(CommandRoutes.WORKFLOW_ID));
                }
            }
        };
        try (AdobeCampaignSimulator campaign = AdobeCampaignSimulator.builder().organization("acme")
                     .client("window", SECRET, "AdobeID,openid,campaign_sdk").commandDelay(Duration.ZERO).build()
                     .start();
             Broker broker = Broker.start(work.resolve("broker"), acknowledgements)) {
            System.out.printf("%d commands per set-up, 4 consumers; microseconds p50 / p90 / p99 / max%n", commands);
            for (Delivery delivery : Delivery.values()) {
                campaign.reset();
                String queue = "windows-" + delivery;
                List<String> workflows = IntStream.range(0, commands)
                        .mapToObj(i -> CampaignMain.workflowId(delivery.name(), i)).toList();
                workflows.forEach(campaign::addWorkflow);
                Recorder recorder = new Recorder();
                current.set(recorder);
                try (CamelInstance instance = CamelInstance.start("windows", broker.url(), queue, delivery, 4,
                        work.resolve(delivery + "-keys").toString(),
                        CampaignAccess.of(campaign.componentOptions(), "window", SECRET), recorder)) {
                    Commands.sendStarts(broker.url(), queue, "windows", workflows);
                    broker.awaitEmpty(queue, Duration.ofMinutes(10));
                }
                List<Stamps> samples = recorder.complete();
                measured &= samples.size() == commands;
                System.out.printf("%s (%d exchanges measured)%n", delivery.description(), samples.size());
                print("  received -> committed (the whole exchange)", samples, Stamps::whole);
                print("  received -> admitted (eager: the key's insert)", samples, s -> s.admitted - s.received);
                print("  admitted -> POST (eager: the loss window)", samples, s -> s.posting - s.admitted);
                print("  POST -> response", samples, s -> s.posted - s.posting);
                print("  POST -> committed (transacted, non-eager: the duplicate window)", samples,
                        s -> s.committed - s.posting);
                print("  response -> committed", samples, s -> s.committed - s.posted);
            }
        } finally {
            ActiveMQClient.clearThreadPools();
            FileUtil.removeDir(work.toFile());
        }
        System.out.println(measured ? "OK: every exchange measured" : "FAILED: exchanges missing from the measurement");
        System.exit(measured ? 0 : 1);
    }

    private static void print(String what, List<Stamps> samples, ToLongFunction<Stamps> window) {
        long[] micros = samples.stream().mapToLong(window).map(nanos -> nanos / 1000).sorted().toArray();
        if (micros.length == 0) {
            return;
        }
        System.out.printf("%-72s %7d %7d %7d %8d%n", what, at(micros, 0.50), at(micros, 0.90), at(micros, 0.99),
                micros[micros.length - 1]);
    }

    private static long at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(quantile * sorted.length))];
    }
}
