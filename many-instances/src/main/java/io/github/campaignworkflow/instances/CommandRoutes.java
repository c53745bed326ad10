package io.github.campaignworkflow.instances;

import java.util.Objects;

import io.github.campaignworkflow.camel.AdobeWorkflowConstants;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.spi.IdempotentRepository;

/**
 * The route every instance runs: a transacted consumer of the shared queue that sends {@code start} to the workflow
 * named in the message's {@code workflowId} property, optionally behind an {@code idempotentConsumer} keyed by
 * {@code commandId}. What Campaign refuses ends on the dead-letter queue at once: the component alone decides what
 * may be sent again, never Camel's redelivery.
 */
public final class CommandRoutes extends RouteBuilder {

    /** JMS property naming the workflow; the route copies it into {@code CamelAdobeWorkflowId}. */
    public static final String WORKFLOW_ID = "workflowId";
    /** JMS property the sender sets once per command: the idempotent key, the same on every redelivery. */
    public static final String COMMAND_ID = "commandId";

    private final String queue;
    private final Delivery delivery;
    private final IdempotentRepository repository;
    private final int consumers;
    private final DeliveryProbe probe;

    /** {@code repository} is required for the idempotent deliveries and ignored for {@link Delivery#TRANSACTED}. */
    public CommandRoutes(String queue, Delivery delivery, IdempotentRepository repository, int consumers) {
        this(queue, delivery, repository, consumers, null);
    }

    /** With a probe (may be null) at the points that bound the crash windows: for measuring runs. */
    public CommandRoutes(String queue, Delivery delivery, IdempotentRepository repository, int consumers,
                         DeliveryProbe probe) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        if (delivery.idempotent() && repository == null) {
            throw new IllegalArgumentException(delivery + " needs an idempotent repository");
        }
        this.repository = repository;
        this.consumers = consumers;
        this.probe = probe;
    }

    public static String deadLetterQueue(String queue) {
        return queue + ".DLQ";
    }

    @Override
    public void configure() {
        errorHandler(deadLetterChannel("jms:queue:" + deadLetterQueue(queue)).useOriginalMessage()
                .maximumRedeliveries(0).loggingLevel(LoggingLevel.DEBUG));

        // a local JMS transaction per message; its session and consumer are kept (without CACHE_CONSUMER Spring's
        // listener container, given the transaction manager camel-jms creates, opens a connection per message)
        ProcessorDefinition<?> route = from("jms:queue:" + queue + "?transacted=true&cacheLevelName=CACHE_CONSUMER"
                                            + "&concurrentConsumers=" + consumers)
                .routeId("commands");
        if (probe != null) {
            route = route.process(probe::received);
        }
        if (delivery.idempotent()) {
            route = route.idempotentConsumer(header(COMMAND_ID), repository).eager(delivery.eager());
        }
        route = route.setHeader(AdobeWorkflowConstants.WORKFLOW_ID, header(WORKFLOW_ID));
        if (probe != null) {
            route = route.process(probe::admitted).process(probe::posting);
        }
        route = route.to("adobe-workflow:?command=start");
        if (probe != null) {
            route.process(probe::posted);
        }
    }
}
