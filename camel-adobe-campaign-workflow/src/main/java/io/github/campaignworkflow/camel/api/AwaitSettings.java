package io.github.campaignworkflow.camel.api;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Waiting for a command to take effect: poll the status every {@code interval} until the state is one of
 * {@code states}, for at most {@code timeout}.
 *
 * @param states   the awaited states, lowercase
 * @param timeout  the longest wait
 * @param interval the time between two polls
 */
public record AwaitSettings(List<String> states, Duration timeout, Duration interval) {

    public AwaitSettings {
        states = List.copyOf(states);
        if (states.isEmpty()) {
            throw new IllegalArgumentException("awaitState needs at least one state");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("awaitTimeout must be positive, was " + timeout.toMillis() + " ms");
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("awaitInterval must be positive, was " + interval.toMillis() + " ms");
        }
    }

    /**
     * @param  states comma-separated states, e.g. {@code finished,stopped}
     * @return        the settings, or {@code null} when {@code states} is {@code null} or blank: do not wait
     */
    public static AwaitSettings parse(String states, long timeoutMillis, long intervalMillis) {
        if (states == null || states.isBlank()) {
            return null;
        }
        List<String> list = Arrays.stream(states.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).distinct().toList();
        return new AwaitSettings(list, Duration.ofMillis(timeoutMillis), Duration.ofMillis(intervalMillis));
    }

    public boolean isReachedBy(String state) {
        return state != null && states.contains(state.toLowerCase(Locale.ROOT));
    }
}
