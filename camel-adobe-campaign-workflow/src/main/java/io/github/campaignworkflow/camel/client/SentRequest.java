package io.github.campaignworkflow.camel.client;

import io.github.campaignworkflow.camel.http.AdobeResponse;
import io.github.campaignworkflow.camel.http.HttpRequestSpec;

/**
 * The response a request finally got, and how many HTTP attempts it took.
 *
 * @param request  the request
 * @param response the last response
 * @param attempts how many times the request was sent, 1 when it was not repeated
 */
public record SentRequest(HttpRequestSpec request, AdobeResponse response, int attempts) {
}
