package io.github.campaignworkflow.camel.client;

import io.github.campaignworkflow.camel.http.HttpAnswer;
import io.github.campaignworkflow.camel.http.HttpRequestSpec;

/**
 * The answer a request finally got, and how many HTTP attempts it took.
 *
 * @param request  the request
 * @param answer   the last answer
 * @param attempts how many times the request was sent, 1 when it was not repeated
 */
public record Delivery(HttpRequestSpec request, HttpAnswer answer, int attempts) {
}
