package io.github.campaignworkflow.camel.send;

import java.util.concurrent.CompletableFuture;

import io.github.campaignworkflow.camel.http.WireResponse;

/**
 * Where the credential of each attempt comes from (a bearer token, a Campaign session), consulted by the
 * {@link Sender} and never calling back into it. A credential at hand comes as a completed future; one being fetched
 * comes when the fetch ends, so no caller blocks on it.
 *
 * @param <C> the credential an {@link Outgoing} request is completed with
 */
public interface Credentials<C> {

    /** What it supplies, for messages: {@code access token}, {@code Campaign session}. */
    String kind();

    /** The credential to send now. The future fails, with a message that holds no secret, when none can be had. */
    CompletableFuture<C> current();

    /** Whether the server refused the credential itself, rather than the request (a 401, an expired session). */
    boolean isRefusal(WireResponse response);

    /**
     * The server refused {@code refused}: drop it and say whether the request may be sent once more, with what
     * {@link #current()} gives next.
     */
    boolean renew(C refused);
}
