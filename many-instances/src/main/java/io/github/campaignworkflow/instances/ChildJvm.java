package io.github.campaignworkflow.instances;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * One child JVM that a test or benchmark owns: started with the parent's class path, its output in
 * {@code <name>.log}, ready once it has written {@code <name>.ready} ({@link ReadyFile}), and ended by its process
 * ID: {@link #kill()} is SIGKILL ({@code kill -9}), {@link #stop(Duration)} SIGTERM and then SIGKILL, {@link #close()}
 * makes sure nothing outlives its owner.
 */
public final class ChildJvm implements AutoCloseable {

    private static final Duration READY_POLL = Duration.ofMillis(20);

    private final String name;
    private final Process process;
    private final Path readyFile;
    private final Path log;

    private ChildJvm(String name, Process process, Path readyFile, Path log) {
        this.name = name;
        this.process = process;
        this.readyFile = readyFile;
        this.log = log;
    }

    /** Runs {@code main(readyFile, args...)} of the class in a new JVM with a small heap. */
    public static ChildJvm start(String name, Path workDir, String classPath, Class<?> main,
                                 Map<String, String> environment, List<String> args) throws IOException {
        Path readyFile = workDir.resolve(name + ".ready");
        Path log = workDir.resolve(name + ".log");
        Files.deleteIfExists(readyFile);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", absolute(classPath), main.getName(),
                readyFile.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        return new ChildJvm(name, builder.start(), readyFile, log);
    }

    /** The child runs in the work directory: a relative class path entry ({@code java -cp x.jar}) must not break. */
    private static String absolute(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    public long pid() {
        return process.pid();
    }

    /** What the child wrote to its ready file; fails when it exits first or does not get ready in time. */
    public Properties awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Properties ready = ReadyFile.readIfPresent(readyFile);
            if (ready != null) {
                return ready;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " (pid " + pid() + ") exited with " + process.exitValue()
                                                + " before it was ready; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " (pid " + pid() + ") not ready after " + timeout + "; see " + log);
            }
            LockSupport.parkNanos(READY_POLL.toNanos());
        }
    }

    /** {@code kill -9}: the JVM gets no chance to commit, roll back or flush anything. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(10));
    }

    /** SIGTERM, so that its shutdown hook stops it cleanly; SIGKILL if it has not exited within the grace period. */
    public void stop(Duration grace) {
        process.destroy();
        if (!awaitExit(grace)) {
            kill();
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ")";
    }

    private boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return false;
        }
    }
}
