package io.github.campaignworkflow.examples;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnector;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * The JMS side of the demo: an embedded ActiveMQ Artemis broker reached in-VM, or an external broker by URL. Closing
 * it also stops Artemis' client thread pools, which would otherwise keep the JVM alive for a minute.
 */
final class EmbeddedBroker implements AutoCloseable {

    private static final String IN_VM = "vm://0";

    private final EmbeddedActiveMQ server;
    private final ActiveMQConnectionFactory connectionFactory;
    private final String url;

    private EmbeddedBroker(EmbeddedActiveMQ server, String url) {
        this.server = server;
        this.url = url;
        this.connectionFactory = new ActiveMQConnectionFactory(url);
    }

    /** @param brokerUrl an external broker such as {@code tcp://localhost:61616}, or blank for the embedded one */
    static EmbeddedBroker start(String brokerUrl) throws Exception {
        if (brokerUrl != null && !brokerUrl.isBlank()) {
            return new EmbeddedBroker(null, brokerUrl);
        }
        // the broker's own safety net: a message that keeps failing (rolled back) ends on DLQ, never in a loop
        AddressSettings everyAddress = new AddressSettings().setMaxDeliveryAttempts(3)
                .setDeadLetterAddress(SimpleString.of("DLQ")).setExpiryAddress(SimpleString.of("ExpiryQueue"));
        EmbeddedActiveMQ server = new EmbeddedActiveMQ().setConfiguration(new ConfigurationImpl()
                .setPersistenceEnabled(false).setSecurityEnabled(false).addAcceptorConfiguration("in-vm", IN_VM)
                .addAddressSetting("#", everyAddress));
        server.start();
        return new EmbeddedBroker(server, IN_VM);
    }

    ActiveMQConnectionFactory connectionFactory() {
        return connectionFactory;
    }

    String description() {
        return server != null ? "embedded ActiveMQ Artemis (in-VM)" : "ActiveMQ Artemis at " + url;
    }

    @Override
    public void close() throws Exception {
        connectionFactory.close();
        if (server != null) {
            server.stop();
        }
        ActiveMQClient.clearThreadPools();
        InVMConnector.resetThreadPool();
    }
}
