package io.github.campaignworkflow.camel.client;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Times the waits of the component (a retry's back-off, the interval between two state polls) and knows every wait
 * in progress, so that a stop fails them all at once. The timer thread only times: when a wait is over, its task is
 * handed to the executor that performs the I/O.
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
        Wait wait = new Wait(executor, task, onStop);
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
        private final Runnable task;
        private final Runnable onStop;
        private final AtomicBoolean ended = new AtomicBoolean();
        private volatile ScheduledFuture<?> timer;

        Wait(Executor executor, Runnable task, Runnable onStop) {
            this.executor = executor;
            this.task = task;
            this.onStop = onStop;
        }

        /** On the timer thread: hand the task over, never run it here. */
        void due() {
            if (!ended.compareAndSet(false, true)) {
                return;
            }
            waiting.remove(this);
            try {
                executor.execute(task);
            } catch (RejectedExecutionException e) {
                onStop.run();
            }
        }

        void stop() {
            if (!ended.compareAndSet(false, true)) {
                return;
            }
            waiting.remove(this);
            ScheduledFuture<?> scheduled = timer;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
            onStop.run();
        }
    }
}
