package io.github.campaignworkflow.instances;

import java.util.Objects;

import javax.sql.DataSource;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.h2.jdbcx.JdbcDataSource;

/**
 * One Camel instance of the many: its own CamelContext and broker connection, {@link CommandRoutes} on the shared
 * queue, and for the idempotent deliveries Camel's {@link JdbcMessageIdRepository} on a shared H2 file database.
 */
public final class CamelInstance implements AutoCloseable {

    private final CamelContext context;
    private final ActiveMQConnectionFactory connectionFactory;

    private CamelInstance(CamelContext context, ActiveMQConnectionFactory connectionFactory) {
        this.context = context;
        this.connectionFactory = connectionFactory;
    }

    /**
     * @param h2File the database file (without {@code .mv.db}) of the idempotent repository; unused for
     *               {@link Delivery#TRANSACTED}
     */
    public static CamelInstance start(String name, String brokerUrl, String queue, Delivery delivery, int consumers,
                                      String h2File, CampaignAccess campaign) throws Exception {
        return start(name, brokerUrl, queue, delivery, consumers, h2File, campaign, null);
    }

    /** The same with a {@link DeliveryProbe} (may be null) in the route. */
    public static CamelInstance start(String name, String brokerUrl, String queue, Delivery delivery, int consumers,
                                      String h2File, CampaignAccess campaign, DeliveryProbe probe) throws Exception {
        ActiveMQConnectionFactory connectionFactory = new ActiveMQConnectionFactory(brokerUrl);
        CamelContext context = new DefaultCamelContext();
        try {
            context.getCamelContextExtension().setName(name);
            context.addComponent("jms", JmsComponent.jmsComponent(connectionFactory));
            context.addComponent("adobe-workflow", campaign.newComponent());
            JdbcMessageIdRepository repository = delivery.idempotent()
                    ? new JdbcMessageIdRepository(h2(Objects.requireNonNull(h2File, "h2File")), queue) : null;
            context.addRoutes(new CommandRoutes(queue, delivery, repository, consumers, probe));
            context.start();
        } catch (Exception e) {
            context.close();
            connectionFactory.close();
            throw e;
        }
        return new CamelInstance(context, connectionFactory);
    }

    /**
     * H2 in file mode. {@code FILE_LOCK=FS}: the operating system's file lock, released when a killed process dies
     * (H2's default lock file would keep a restarted instance out for seconds). {@code WRITE_DELAY=0}: a commit is
     * written to the file before it returns, so a key committed before a {@code kill -9} is still there after it.
     */
    static DataSource h2(String file) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + file + ";FILE_LOCK=FS;WRITE_DELAY=0");
        return dataSource;
    }

    public CamelContext context() {
        return context;
    }

    @Override
    public void close() {
        try {
            context.close();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop " + context.getName(), e);
        } finally {
            connectionFactory.close();
        }
    }
}
