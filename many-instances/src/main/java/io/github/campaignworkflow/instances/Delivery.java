package io.github.campaignworkflow.instances;

/**
 * How a Camel instance takes commands off the shared queue: the three set-ups whose crash costs are measured. Every one
 * consumes with a transacted JMS session (the message leaves the queue only when the exchange's transaction commits);
 * the idempotent ones add Camel's {@code idempotentConsumer} on a shared JDBC repository, keyed by the sender's
 * {@code commandId}.
 */
public enum Delivery {

    /** Transacted JMS alone: a crash after the POST and before the commit redelivers, and the POST is sent again. */
    TRANSACTED("transacted JMS alone", false, false),

    /** The key is stored before the POST: a crash after storing it and before the POST loses the command. */
    IDEMPOTENT_EAGER("transacted JMS + idempotentConsumer (JDBC, eager)", true, true),

    /** The key is stored when the exchange completes: a crash after the POST and before storing it sends it twice. */
    IDEMPOTENT_NON_EAGER("transacted JMS + idempotentConsumer (JDBC, non-eager)", true, false);

    private final String description;
    private final boolean idempotent;
    private final boolean eager;

    Delivery(String description, boolean idempotent, boolean eager) {
        this.description = description;
        this.idempotent = idempotent;
        this.eager = eager;
    }

    public String description() {
        return description;
    }

    public boolean idempotent() {
        return idempotent;
    }

    public boolean eager() {
        return eager;
    }
}
