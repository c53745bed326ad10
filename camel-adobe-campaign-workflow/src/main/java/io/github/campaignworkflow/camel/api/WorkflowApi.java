package io.github.campaignworkflow.camel.api;

import java.util.concurrent.CompletableFuture;

/**
 * A Campaign API, as the endpoint uses it: one method that executes what a message asks of a workflow. Each Campaign
 * API (REST, SOAP) is one implementation; waiting for a command to take effect is another, around either.
 */
public interface WorkflowApi {

    /**
     * Executes the request. The future completes with Adobe's response, also when Adobe refused it (then
     * {@link WorkflowResponse#refusal()} says how), and fails with an {@code AdobeCampaignException} when no response
     * stands (no credential, no response, an awaited state not reached) or with an {@link IllegalArgumentException}
     * when the request is refused before anything is sent.
     */
    CompletableFuture<WorkflowResponse> execute(WorkflowRequest request);
}
