package io.github.campaignworkflow.camel.send;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Times the waits of the component (a retry's back-off, the interval between two state polls, the longest wait for a
 * credential) and knows every wait in progress, so that a stop fails them all at once. The timer thread only times:
 * when a wait is over, its task is handed to the executor that performs the I/O.
 */
public final class WaitScheduler {

    private final ScheduledExecutorService timer;
    private final Set<Wait> waiting = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    public WaitScheduler(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /**
     * Runs {@code task} on {@code executor} once {@code delay} has passed, unless the component stops first: then
     * {@code onStop} runs instead, at once. Exactly one of the two runs.
     */
    public void after(Duration delay, Executor executor, Runnable task, Runnable onStop) {
        schedule(new Wait(executor, task, onStop), delay);
    }

    /**
     * Runs {@code onReady} on {@code executor} when {@code future} completes, unless {@code limit} passes first
     * ({@code onLate} runs on the executor) or the component stops ({@code onStop} runs at once). Exactly one of the
     * three runs; the future itself is left alone, for others who wait for it.
     */
    public void race(CompletableFuture<?> future, Duration limit, Executor executor, Runnable onReady, Runnable onLate,
                     Runnable onStop) {
        Wait wait = new Wait(executor, onLate, onStop);
        schedule(wait, limit);
        future.whenComplete((value, failure) -> wait.preempt(onReady));
    }

    private void schedule(Wait wait, Duration delay) {
        waiting.add(wait);
        if (stopping) {
            wait.stop();
            return;
        }
        try {
            wait.timer = timer.schedule(wait::due, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            wait.stop();
        }
    }

    /** Whether the component is stopping: nothing may be sent any more. */
    public boolean isStopping() {
        return stopping;
    }

    /** Fails every wait in progress, and every wait asked for from now on. */
    public void stop() {
        stopping = true;
        waiting.forEach(Wait::stop);
    }

    /** How many waits are in progress. */
    public int size() {
        return waiting.size();
    }

    private final class Wait {
        private final Executor executor;
        private final Runnable due;
        private final Runnable onStop;
        private final AtomicBoolean ended = new AtomicBoolean();
        private volatile ScheduledFuture<?> timer;

        Wait(Executor executor, Runnable due, Runnable onStop) {
            this.executor = executor;
            this.due = due;
            this.onStop = onStop;
        }

        /** On the timer thread: hand the task over, never run it here. */
        void due() {
            if (end()) {
                hand(due);
            }
        }

        /** What the wait was for came before the time was up. */
        void preempt(Runnable task) {
            if (end()) {
                hand(task);
            }
        }

        void stop() {
            if (end()) {
                onStop.run();
            }
        }

        /** Claims the wait's one outcome: false when another one already had it. */
        private boolean end() {
            if (!ended.compareAndSet(false, true)) {
                return false;
            }
            waiting.remove(this);
            ScheduledFuture<?> scheduled = timer;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
            return true;
        }

        private void hand(Runnable task) {
            try {
                executor.execute(task);
            } catch (RejectedExecutionException e) {
                onStop.run();
            }
        }
    }
}
