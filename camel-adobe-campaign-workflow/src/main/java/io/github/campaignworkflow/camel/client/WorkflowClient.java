package io.github.campaignworkflow.camel.client;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.campaignworkflow.camel.AdobeWorkflowAwaitTimeoutException;
import io.github.campaignworkflow.camel.AdobeWorkflowException;
import io.github.campaignworkflow.camel.WorkflowCommand;
import io.github.campaignworkflow.camel.answer.AnswerBody;
import io.github.campaignworkflow.camel.answer.WorkflowState;
import io.github.campaignworkflow.camel.call.ApiRoot;
import io.github.campaignworkflow.camel.call.SignalPayload;
import io.github.campaignworkflow.camel.call.WorkflowCall;
import io.github.campaignworkflow.camel.call.WorkflowRequests;
import io.github.campaignworkflow.camel.http.HttpRequestSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the calls of one endpoint: a command, a status read, a signal (read, then trigger), and the wait for a command
 * to take effect. Everything is asynchronous: waits are scheduled on Camel's scheduled executor, so a waiting
 * exchange holds no thread.
 */
public final class WorkflowClient {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowClient.class);

    private final WorkflowRequests requests;
    private final RequestSender sender;
    private final AwaitSettings await;
    private final boolean throwOnFailure;
    private final ScheduledExecutorService scheduler;

    /**
     * @param await          {@code null}: do not wait for commands to take effect
     * @param throwOnFailure whether a non-2xx answer fails the call or is its result
     */
    public WorkflowClient(WorkflowRequests requests, RequestSender sender, AwaitSettings await, boolean throwOnFailure,
                          ScheduledExecutorService scheduler) {
        this.requests = requests;
        this.sender = sender;
        this.await = await;
        this.throwOnFailure = throwOnFailure;
        this.scheduler = scheduler;
    }

    public RequestSender sender() {
        return sender;
    }

    /**
     * Runs a call. The future fails with {@link AdobeWorkflowException} (a non-2xx answer, when failures throw),
     * {@link IllegalArgumentException} (a signal refused before sending), {@link AdobeWorkflowAwaitTimeoutException},
     * or what the sender fails with.
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
        return send(statusCall(workflowId), requests.status(workflowId), true);
    }

    private static WorkflowCall statusCall(String workflowId) {
        return new WorkflowCall(WorkflowCommand.STATUS, workflowId, null, null, null);
    }

    private CompletableFuture<WorkflowResult> command(WorkflowCall call) {
        CompletableFuture<WorkflowResult> accepted
                = send(call, requests.command(call.workflowId(), call.command()), throwOnFailure);
        if (await == null) {
            return accepted;
        }
        return accepted.thenCompose(result -> result.isSuccess()
                ? new StateWait(call, result.attempts()).start()
                : CompletableFuture.completedFuture(result));
    }

    private CompletableFuture<WorkflowResult> signal(WorkflowCall call) {
        // the payload is checked before anything is sent
        byte[] payload = SignalPayload.write(call.source(), call.parameters());
        return send(call, requests.status(call.workflowId()), throwOnFailure).thenCompose(workflow -> {
            if (!workflow.isSuccess()) {
                return CompletableFuture.completedFuture(workflow);
            }
            URI href = triggerHref(call, workflow.body());
            return send(call, requests.trigger(href, payload), throwOnFailure);
        });
    }

    /** Finds {@code activities.activity.<name>.trigger.href} and makes sure the token may go there. */
    URI triggerHref(WorkflowCall call, Object workflow) {
        Map<?, ?> activities = child(child(workflow, "activities"), "activity");
        Object activity = activities != null ? activities.get(call.activity()) : null;
        if (activity == null) {
            throw new IllegalArgumentException(
                    "Workflow " + call.workflowId() + " has no External signal activity '" + call.activity()
                                               + "'; its activities are: "
                                               + (activities == null || activities.isEmpty()
                                                       ? "none" : String.join(", ", names(activities))));
        }
        Map<?, ?> trigger = child(activity, "trigger");
        Object href = trigger != null ? trigger.get("href") : null;
        if (!(href instanceof String text) || text.isBlank()) {
            throw new IllegalArgumentException(
                    "Activity '" + call.activity() + "' of workflow " + call.workflowId()
                                               + " has no trigger href: is it an External signal activity?");
        }
        ApiRoot root = requests.root();
        URI uri;
        try {
            uri = root.resolve(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "The trigger href of activity '" + call.activity() + "' of workflow " + call.workflowId()
                                               + " is not a valid URI",
                    e);
        }
        if (!root.isSameOrigin(uri)) {
            throw new IllegalArgumentException(
                    "The trigger href of activity '" + call.activity() + "' of workflow " + call.workflowId()
                                               + " points at " + uri.getScheme() + "://" + uri.getRawAuthority()
                                               + ", not at the API's origin " + root.origin()
                                               + ": refused, the bearer token is only sent to the API host");
        }
        return uri;
    }

    private static Map<?, ?> child(Object node, String key) {
        if (node instanceof Map<?, ?> map && map.get(key) instanceof Map<?, ?> child) {
            return child;
        }
        return null;
    }

    private static Iterable<String> names(Map<?, ?> map) {
        return map.keySet().stream().map(String::valueOf).sorted().toList();
    }

    private CompletableFuture<WorkflowResult> send(WorkflowCall call, HttpRequestSpec request, boolean throwing) {
        return sender.send(request).thenApply(delivery -> toResult(call, delivery, throwing));
    }

    private static WorkflowResult toResult(WorkflowCall call, Delivery delivery, boolean throwing) {
        Object body = AnswerBody.parse(delivery.answer());
        int status = delivery.answer().status();
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} of workflow {}: {} answered {} after {} attempt(s)", call.command(), call.workflowId(),
                    delivery.request(), status, delivery.attempts());
        }
        if (throwing && !delivery.answer().isSuccess()) {
            throw new CompletionException(new AdobeWorkflowException(
                    delivery.request().describe(), status, delivery.answer().bodyText(), body, call.workflowId(),
                    call.command().word(), delivery.attempts()));
        }
        return new WorkflowResult(status, body, WorkflowState.of(body), delivery.attempts());
    }

    /** Polls the status after an accepted command until an awaited state, a failure or the timeout. */
    private final class StateWait {
        private final WorkflowCall call;
        private final int commandAttempts;
        private final long startNanos = System.nanoTime();
        private final long deadlineNanos;
        private final CompletableFuture<WorkflowResult> done = new CompletableFuture<>();
        private final WorkflowCall statusCall;
        private String lastState;
        private int polls;

        StateWait(WorkflowCall call, int commandAttempts) {
            this.call = call;
            this.commandAttempts = commandAttempts;
            this.deadlineNanos = startNanos + await.timeout().toNanos();
            this.statusCall = statusCall(call.workflowId());
        }

        CompletableFuture<WorkflowResult> start() {
            // Campaign saves a command and applies it later: the first look is one interval after the acceptance
            schedulePoll(Math.min(await.interval().toNanos(), deadlineNanos - System.nanoTime()));
            return done;
        }

        private void schedulePoll(long delayNanos) {
            try {
                scheduler.schedule(this::poll, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                done.completeExceptionally(new IllegalStateException(
                        "Cannot wait for workflow " + call.workflowId() + ": the component is stopping", e));
            }
        }

        private void poll() {
            polls++;
            execute(statusCall).whenComplete((status, failure) -> {
                if (failure != null) {
                    done.completeExceptionally(failure instanceof CompletionException c ? c.getCause() : failure);
                } else if (!status.isSuccess()) {
                    done.complete(status.withAttempts(commandAttempts));
                } else if (await.isReachedBy(status.state())) {
                    LOG.debug("Workflow {} reached {} after {} poll(s)", call.workflowId(), status.state(), polls);
                    done.complete(status.withAttempts(commandAttempts));
                } else {
                    lastState = status.state() != null ? status.state() : lastState;
                    long remaining = deadlineNanos - System.nanoTime();
                    if (remaining <= 0) {
                        done.completeExceptionally(new AdobeWorkflowAwaitTimeoutException(
                                call.workflowId(), call.command().word(), await.states(), lastState,
                                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos), polls));
                    } else {
                        schedulePoll(Math.min(await.interval().toNanos(), remaining));
                    }
                }
            });
        }
    }
}
