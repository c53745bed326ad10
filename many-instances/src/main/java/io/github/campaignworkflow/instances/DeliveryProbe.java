package io.github.campaignworkflow.instances;

import org.apache.camel.Exchange;

/**
 * Where a measuring run looks into {@link CommandRoutes}: called on the consumer's thread, inside the exchange's JMS
 * transaction, at the points that bound the windows a crash can fall into. The tests run without one.
 */
public interface DeliveryProbe {

    /** The message was taken from the queue (before the idempotent consumer). */
    void received(Exchange exchange);

    /** Past the idempotent consumer (eager: its key is stored) or, without one, right after {@link #received}. */
    void admitted(Exchange exchange);

    /** The POST is about to be sent. */
    void posting(Exchange exchange);

    /** Campaign's response arrived. */
    void posted(Exchange exchange);
}
