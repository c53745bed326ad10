package io.github.campaignworkflow.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.campaignworkflow.camel.auth.AccessToken;
import io.github.campaignworkflow.camel.auth.ImsTokenCache;
import io.github.campaignworkflow.camel.auth.StaticAccessTokenProvider;
import io.github.campaignworkflow.camel.http.Secret;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The steady-state cost of the token on every attempt: the cached OAuth token of
 * {@link ImsTokenCache} against the fixed one of {@link StaticAccessTokenProvider}, the floor.
 * Run it with {@code -t 8} too to see the lookup under contention.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TokenLookupBenchmark {

    private final AtomicInteger fetches = new AtomicInteger();
    private ImsTokenCache cachedToken;
    private StaticAccessTokenProvider staticToken;

    @Setup
    public void setUp() {
        Clock clock = Clock.systemUTC();
        cachedToken = new ImsTokenCache(() -> {
            fetches.incrementAndGet();
            return CompletableFuture.completedFuture(AccessToken.issued(Secret.ofNullable(ConstantAnswerAdobe.ACCESS_TOKEN),
                    clock.millis(), Duration.ofSeconds(86399), Duration.ofMinutes(5)));
        }, "bench-client-id", clock);
        cachedToken.current().join(); // only the steady state is measured: the token is cached before
        staticToken = new StaticAccessTokenProvider(Secret.ofNullable(ConstantAnswerAdobe.ACCESS_TOKEN));
    }

    @TearDown
    public void checkSingleFetch() {
        if (fetches.get() != 1) {
            throw new IllegalStateException("The cached token was fetched " + fetches.get() + " times, expected once");
        }
    }

    @Benchmark
    public String cachedClientCredentialsToken() {
        return cachedToken.current().join();
    }

    @Benchmark
    public String staticAccessToken() {
        return staticToken.getAccessToken();
    }
}
