package io.github.campaignworkflow.camel.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

import io.github.campaignworkflow.camel.AdobeWorkflowAwaitTimeoutException;
import io.github.campaignworkflow.camel.AdobeWorkflowException;
import io.github.campaignworkflow.camel.AdobeWorkflowTransportException;
import io.github.campaignworkflow.camel.WorkflowCommand;
import io.github.campaignworkflow.camel.response.ResponseBody;
import io.github.campaignworkflow.camel.response.WorkflowState;
import io.github.campaignworkflow.camel.request.SignalPayload;
import io.github.campaignworkflow.camel.request.WorkflowRequest;
import io.github.campaignworkflow.camel.http.HttpRequestSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workflow API of one endpoint, one method per thing a message can ask: a command (and the wait for it to take
 * effect), a status read, a signal. Requests go through the {@link RequestSender}; the futures fail with the
 * exception itself, never wrapped.
 */
public final class WorkflowClient {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowClient.class);

    private final ApiRequests requests;
    private final RequestSender sender;
    private final AwaitSettings await;
    private final boolean throwOnFailure;
    private final WaitScheduler waits;
    private final Executor executor;

    /**
     * @param await          {@code null}: do not wait for commands to take effect
     * @param throwOnFailure whether a non-2xx response fails the request or is its result
     * @param executor       where the state polls run
     */
    public WorkflowClient(ApiRequests requests, RequestSender sender, AwaitSettings await, boolean throwOnFailure,
                          WaitScheduler waits, Executor executor) {
        this.requests = requests;
        this.sender = sender;
        this.await = await;
        this.throwOnFailure = throwOnFailure;
        this.waits = waits;
        this.executor = executor;
    }

    /**
     * Runs a workflow request. The future fails with {@link AdobeWorkflowException} (a non-2xx response, when failures throw),
     * {@link IllegalArgumentException} (a signal refused before its trigger was sent),
     * {@link AdobeWorkflowAwaitTimeoutException}, or what the sender fails with.
     */
    public CompletableFuture<WorkflowResponse> execute(WorkflowRequest request) {
        try {
            return switch (request.command()) {
                case STATUS -> send(request, requests.status(request.workflowId()), throwOnFailure);
                case SIGNAL -> signal(request);
                default -> command(request);
            };
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Reads the workflow; a non-2xx response always fails. For the consumer. */
    public CompletableFuture<WorkflowResponse> status(String workflowId) {
        return read(workflowId, true);
    }

    private CompletableFuture<WorkflowResponse> read(String workflowId, boolean throwing) {
        return send(new WorkflowRequest(WorkflowCommand.STATUS, workflowId, null, null, null), requests.status(workflowId),
                throwing);
    }

    private CompletableFuture<WorkflowResponse> command(WorkflowRequest request) {
        HttpRequestSpec http = requests.command(request.workflowId(), request.command());
        if (await == null) {
            // one round trip, bounded by its deadline: on the caller's thread, as fast as a plain HttpClient call
            return send(request, http, throwOnFailure);
        }
        // a wait lasts seconds: the caller's thread is handed back at once, the command is sent from the executor
        CompletableFuture<WorkflowResponse> accepted = new CompletableFuture<>();
        try {
            executor.execute(() -> pipe(send(request, http, throwOnFailure), accepted));
        } catch (RejectedExecutionException e) {
            accepted.completeExceptionally(AdobeWorkflowTransportException.stopping(http.describe(), 0));
        }
        return then(accepted, result -> result.isSuccess()
                ? new StateWait(request, await, () -> read(request.workflowId(), throwOnFailure), waits, executor,
                        result.attempts()).start()
                : CompletableFuture.completedFuture(result));
    }

    private CompletableFuture<WorkflowResponse> signal(WorkflowRequest request) {
        // the payload is checked before anything is sent
        byte[] payload = SignalPayload.write(request.source(), request.parameters());
        CompletableFuture<WorkflowResponse> read = send(request, requests.status(request.workflowId()), throwOnFailure);
        return then(read, workflow -> workflow.isSuccess()
                ? send(request, requests.trigger(TriggerHref.find(requests.root(), request, workflow.body()), payload),
                        throwOnFailure)
                : CompletableFuture.completedFuture(workflow));
    }

    private CompletableFuture<WorkflowResponse> send(WorkflowRequest request, HttpRequestSpec http, boolean throwing) {
        CompletableFuture<WorkflowResponse> result = new CompletableFuture<>();
        sender.send(http).whenComplete((sent, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
                return;
            }
            Object body = ResponseBody.parse(sent.response());
            int status = sent.response().status();
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} of workflow {}: {} answered {} after {} attempt(s)", request.command(),
                        request.workflowId(), http, status, sent.attempts());
            }
            if (throwing && !sent.response().isSuccess()) {
                result.completeExceptionally(AdobeWorkflowException.refusal(request, sent, body));
            } else {
                result.complete(new WorkflowResponse(status, body, WorkflowState.of(body), sent.attempts()));
            }
        });
        return result;
    }

    /** {@code first}, then {@code next} on its result; a failure of either is the result's, as it is. */
    private static CompletableFuture<WorkflowResponse> then(CompletableFuture<WorkflowResponse> first,
                                                          Function<WorkflowResponse, CompletableFuture<WorkflowResponse>> next) {
        CompletableFuture<WorkflowResponse> result = new CompletableFuture<>();
        first.whenComplete((value, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
                return;
            }
            CompletableFuture<WorkflowResponse> second;
            try {
                second = next.apply(value);
            } catch (RuntimeException e) {
                second = CompletableFuture.failedFuture(e);
            }
            pipe(second, result);
        });
        return result;
    }

    private static void pipe(CompletableFuture<WorkflowResponse> from, CompletableFuture<WorkflowResponse> to) {
        from.whenComplete((value, failure) -> {
            if (failure != null) {
                to.completeExceptionally(failure);
            } else {
                to.complete(value);
            }
        });
    }
}
