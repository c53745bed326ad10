package io.github.campaignworkflow.camel.send;

import io.github.campaignworkflow.camel.http.WireResponse;

/**
 * The response that stands for a request, and how many HTTP attempts it took.
 *
 * @param response the last response
 * @param attempts how many times the request was sent, 1 when it was not repeated
 */
public record Sent(WireResponse response, int attempts) {
}
