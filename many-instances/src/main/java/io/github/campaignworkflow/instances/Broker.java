package io.github.campaignworkflow.instances;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerBasePlugin;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * An ActiveMQ Artemis broker with a persistent journal on disk, listening on 127.0.0.1 only. A message that the
 * broker itself gives up on (10 deliveries) goes to {@value #BROKER_DEAD_LETTERS}; the routes dead-letter what Campaign
 * refuses on their own queue.
 */
public final class Broker implements AutoCloseable {

    public static final String BROKER_DEAD_LETTERS = "DLA";
    /** Nothing here expires; named so that the broker does not warn about its absence. */
    static final String EXPIRED = "ExpiryQueue";

    private final EmbeddedActiveMQ broker;
    private final String url;

    private Broker(EmbeddedActiveMQ broker, String url) {
        this.broker = broker;
        this.url = url;
    }

    /** {@code plugins}: for measuring runs that need to see the broker's side (acknowledgements, commits). */
    public static Broker start(Path dataDirectory, ActiveMQServerBasePlugin... plugins) throws Exception {
        int port = freePort();
        Configuration configuration = new ConfigurationImpl()
                .setPersistenceEnabled(true)
                .setJournalType(JournalType.NIO)   // no libaio on these machines
                .setJournalDirectory(dataDirectory.resolve("journal").toString())
                .setBindingsDirectory(dataDirectory.resolve("bindings").toString())
                .setPagingDirectory(dataDirectory.resolve("paging").toString())
                .setLargeMessagesDirectory(dataDirectory.resolve("large-messages").toString())
                .setJournalFileSize(1024 * 1024)
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port)
                .addQueueConfiguration(QueueConfiguration.of(BROKER_DEAD_LETTERS).setRoutingType(RoutingType.ANYCAST))
                .addQueueConfiguration(QueueConfiguration.of(EXPIRED).setRoutingType(RoutingType.ANYCAST))
                .addAddressSetting("#", new AddressSettings()
                        .setDeadLetterAddress(SimpleString.of(BROKER_DEAD_LETTERS))
                        .setExpiryAddress(SimpleString.of(EXPIRED))
                        .setMaxDeliveryAttempts(10));
        for (ActiveMQServerBasePlugin plugin : plugins) {
            configuration.registerBrokerPlugin(plugin);
        }
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ().setConfiguration(configuration);
        broker.start();
        return new Broker(broker, "tcp://127.0.0.1:" + port);
    }

    /** The client URL, {@code tcp://127.0.0.1:<port>}. */
    public String url() {
        return url;
    }

    /** Messages per queue, those being delivered and not yet acknowledged included. */
    public Map<String, Long> messageCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String name : broker.getActiveMQServer().getActiveMQServerControl().getQueueNames()) {
            Queue queue = broker.getActiveMQServer().locateQueue(SimpleString.of(name));
            if (queue != null) {
                counts.put(name, queue.getMessageCount());
            }
        }
        return counts;
    }

    /** Waits until the queue holds no message, delivered or not, polling every 5 ms; fails past {@code timeout}. */
    public void awaitEmpty(String queue, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (messageCounts().getOrDefault(queue, 0L) > 0) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("The queue " + queue + " still holds " + messageCounts().get(queue)
                                                + " message(s) after " + timeout.toSeconds() + " s");
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }

    @Override
    public void close() throws Exception {
        broker.stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
