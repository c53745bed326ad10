package io.github.campaignworkflow.camel.api;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import io.github.campaignworkflow.camel.AdobeWorkflowTransportException;
import io.github.campaignworkflow.camel.send.WaitScheduler;

/**
 * A Campaign API that, after a command Adobe accepted, waits for it to take effect ({@code awaitState}): it polls the
 * workflow's status through the same API until an awaited state shows. Status reads and signals pass through.
 */
public final class AwaitingWorkflowApi implements WorkflowApi {

    private final WorkflowApi api;
    private final AwaitSettings await;
    private final WaitScheduler waits;
    private final Executor executor;

    /** @param executor where commands and polls are sent from */
    public AwaitingWorkflowApi(WorkflowApi api, AwaitSettings await, WaitScheduler waits, Executor executor) {
        this.api = api;
        this.await = await;
        this.waits = waits;
        this.executor = executor;
    }

    @Override
    public CompletableFuture<WorkflowResponse> execute(WorkflowRequest request) {
        if (!request.command().isExecution()) {
            return api.execute(request);
        }
        // a wait lasts seconds: the caller's thread is handed back at once, the command is sent from the executor
        CompletableFuture<WorkflowResponse> accepted;
        try {
            accepted = CompletableFuture.supplyAsync(() -> api.execute(request), executor).thenCompose(sent -> sent);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(AdobeWorkflowTransportException.stopping(
                    "The command " + request.command() + " to workflow " + request.workflowId(), 0));
        }
        return accepted.thenCompose(response -> response.isSuccess()
                ? new StateWait(request, await, api, waits, executor, response.attempts()).start()
                : CompletableFuture.completedFuture(response));
    }
}
