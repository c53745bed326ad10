package io.github.campaignworkflow.camel.api;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import io.github.campaignworkflow.camel.AdobeWorkflowAwaitTimeoutException;
import io.github.campaignworkflow.camel.AdobeWorkflowTransportException;
import io.github.campaignworkflow.camel.send.WaitScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for an accepted command to take effect: polls the workflow's status every {@code awaitInterval} until its
 * state is an awaited one, a response is refused or fails, or {@code awaitTimeout} passes. Between two polls it holds
 * no thread; each poll runs on the I/O executor.
 */
final class StateWait {

    private static final Logger LOG = LoggerFactory.getLogger(StateWait.class);

    private final WorkflowRequest command;
    private final WorkflowRequest status;
    private final AwaitSettings await;
    private final WorkflowApi api;
    private final WaitScheduler waits;
    private final Executor executor;
    private final int commandAttempts;
    private final long startNanos = System.nanoTime();
    private final long deadlineNanos;
    private final CompletableFuture<WorkflowResponse> done = new CompletableFuture<>();
    private String lastState;
    private int polls;

    /** @param commandAttempts how many attempts the command took: the result's attempts */
    StateWait(WorkflowRequest command, AwaitSettings await, WorkflowApi api, WaitScheduler waits, Executor executor,
              int commandAttempts) {
        this.command = command;
        this.status = WorkflowRequest.status(command.workflowId());
        this.await = await;
        this.api = api;
        this.waits = waits;
        this.executor = executor;
        this.commandAttempts = commandAttempts;
        this.deadlineNanos = startNanos + await.timeout().toNanos();
    }

    CompletableFuture<WorkflowResponse> start() {
        // Campaign saves a command and applies it later: the first look is one interval after the acceptance
        schedulePoll();
        return done;
    }

    private void schedulePoll() {
        long delay = Math.max(0, Math.min(await.interval().toNanos(), deadlineNanos - System.nanoTime()));
        waits.after(Duration.ofNanos(delay), executor, this::poll, () -> done.completeExceptionally(
                AdobeWorkflowTransportException.stopping("the wait of workflow " + command.workflowId() + " for "
                                                         + String.join(" or ", await.states()), 0)));
    }

    private void poll() {
        polls++;
        api.execute(status).whenComplete((response, failure) -> {
            if (failure != null) {
                done.completeExceptionally(failure);
            } else if (!response.isSuccess() || await.isReachedBy(response.state())) {
                LOG.debug("Workflow {} answered {} in state {} after {} poll(s)", command.workflowId(),
                        response.statusCode(), response.state(), polls);
                done.complete(response.withAttempts(commandAttempts));
            } else {
                lastState = response.state() != null ? response.state() : lastState;
                if (deadlineNanos - System.nanoTime() <= 0) {
                    done.completeExceptionally(AdobeWorkflowAwaitTimeoutException.notReached(command.workflowId(),
                            command.command().word(), await.states(), lastState,
                            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos), polls));
                } else {
                    schedulePoll();
                }
            }
        });
    }
}
