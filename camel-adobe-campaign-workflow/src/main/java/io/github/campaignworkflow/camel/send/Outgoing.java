package io.github.campaignworkflow.camel.send;

import io.github.campaignworkflow.camel.http.WireRequest;

/**
 * A request as an API hands it to the {@link Sender}: it becomes a {@link WireRequest} for each attempt, with the
 * credential of that attempt, which never sits in an object that may be logged between attempts.
 *
 * @param <C> the credential it is completed with
 */
public interface Outgoing<C> {

    /** The request of one attempt. */
    WireRequest toWire(C credential);

    /** {@code METHOD path} (or the SOAP method), for messages and logs: nothing secret. */
    String describe();

    /** Whether it only reads: repeating it cannot apply anything twice, so the retry rules let it be sent again. */
    boolean isRead();
}
