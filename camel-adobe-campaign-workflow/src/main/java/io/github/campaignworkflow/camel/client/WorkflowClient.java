package io.github.campaignworkflow.camel.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

import io.github.campaignworkflow.camel.AdobeWorkflowAwaitTimeoutException;
import io.github.campaignworkflow.camel.AdobeWorkflowException;
import io.github.campaignworkflow.camel.AdobeWorkflowTransportException;
import io.github.campaignworkflow.camel.WorkflowCommand;
import io.github.campaignworkflow.camel.answer.AnswerBody;
import io.github.campaignworkflow.camel.answer.WorkflowState;
import io.github.campaignworkflow.camel.call.SignalPayload;
import io.github.campaignworkflow.camel.call.WorkflowCall;
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

    private final WorkflowRequests requests;
    private final RequestSender sender;
    private final AwaitSettings await;
    private final boolean throwOnFailure;
    private final WaitScheduler waits;
    private final Executor executor;

    /**
     * @param await          {@code null}: do not wait for commands to take effect
     * @param throwOnFailure whether a non-2xx answer fails the call or is its result
     * @param executor       where the state polls run
     */
    public WorkflowClient(WorkflowRequests requests, RequestSender sender, AwaitSettings await, boolean throwOnFailure,
                          WaitScheduler waits, Executor executor) {
        this.requests = requests;
        this.sender = sender;
        this.await = await;
        this.throwOnFailure = throwOnFailure;
        this.waits = waits;
        this.executor = executor;
    }

    /**
     * Runs a call. The future fails with {@link AdobeWorkflowException} (a non-2xx answer, when failures throw),
     * {@link IllegalArgumentException} (a signal refused before its trigger was sent),
     * {@link AdobeWorkflowAwaitTimeoutException}, or what the sender fails with.
     */
    public CompletableFuture<WorkflowResult> execute(WorkflowCall call) {
        try {
            return switch (call.command()) {
                case STATUS -> send(call, requests.status(call.workflowId()), throwOnFailure);
                case SIGNAL -> signal(call);
                default -> command(call);
            };
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Reads the workflow; a non-2xx answer always fails. For the consumer. */
    public CompletableFuture<WorkflowResult> status(String workflowId) {
        return read(workflowId, true);
    }

    private CompletableFuture<WorkflowResult> read(String workflowId, boolean throwing) {
        return send(new WorkflowCall(WorkflowCommand.STATUS, workflowId, null, null, null), requests.status(workflowId),
                throwing);
    }

    private CompletableFuture<WorkflowResult> command(WorkflowCall call) {
        HttpRequestSpec request = requests.command(call.workflowId(), call.command());
        if (await == null) {
            // one round trip, bounded by its deadline: on the caller's thread, as fast as a plain HttpClient call
            return send(call, request, throwOnFailure);
        }
        // a wait lasts seconds: the caller's thread is handed back at once, the command is sent from the executor
        CompletableFuture<WorkflowResult> accepted = new CompletableFuture<>();
        try {
            executor.execute(() -> pipe(send(call, request, throwOnFailure), accepted));
        } catch (RejectedExecutionException e) {
            accepted.completeExceptionally(AdobeWorkflowTransportException.stopping(request.describe()));
        }
        return then(accepted, result -> result.isSuccess()
                ? new StateWait(call, await, () -> read(call.workflowId(), throwOnFailure), waits, executor,
                        result.attempts()).start()
                : CompletableFuture.completedFuture(result));
    }

    private CompletableFuture<WorkflowResult> signal(WorkflowCall call) {
        // the payload is checked before anything is sent
        byte[] payload = SignalPayload.write(call.source(), call.parameters());
        return then(send(call, requests.status(call.workflowId()), throwOnFailure), workflow -> workflow.isSuccess()
                ? send(call, requests.trigger(TriggerHref.find(requests.root(), call, workflow.body()), payload),
                        throwOnFailure)
                : CompletableFuture.completedFuture(workflow));
    }

    private CompletableFuture<WorkflowResult> send(WorkflowCall call, HttpRequestSpec request, boolean throwing) {
        CompletableFuture<WorkflowResult> result = new CompletableFuture<>();
        sender.send(request).whenComplete((delivery, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
                return;
            }
            Object body = AnswerBody.parse(delivery.answer());
            int status = delivery.answer().status();
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} of workflow {}: {} answered {} after {} attempt(s)", call.command(), call.workflowId(),
                        request, status, delivery.attempts());
            }
            if (throwing && !delivery.answer().isSuccess()) {
                result.completeExceptionally(AdobeWorkflowException.refusal(call, delivery, body));
            } else {
                result.complete(new WorkflowResult(status, body, WorkflowState.of(body), delivery.attempts()));
            }
        });
        return result;
    }

    /** {@code first}, then {@code next} on its result; a failure of either is the result's, as it is. */
    private static CompletableFuture<WorkflowResult> then(CompletableFuture<WorkflowResult> first,
                                                          Function<WorkflowResult, CompletableFuture<WorkflowResult>> next) {
        CompletableFuture<WorkflowResult> result = new CompletableFuture<>();
        first.whenComplete((value, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
                return;
            }
            CompletableFuture<WorkflowResult> second;
            try {
                second = next.apply(value);
            } catch (RuntimeException e) {
                second = CompletableFuture.failedFuture(e);
            }
            pipe(second, result);
        });
        return result;
    }

    private static void pipe(CompletableFuture<WorkflowResult> from, CompletableFuture<WorkflowResult> to) {
        from.whenComplete((value, failure) -> {
            if (failure != null) {
                to.completeExceptionally(failure);
            } else {
                to.complete(value);
            }
        });
    }
}
