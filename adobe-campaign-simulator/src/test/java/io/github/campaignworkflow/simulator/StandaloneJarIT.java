package io.github.campaignworkflow.simulator;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The -standalone jar as README shows it: {@code java -jar ... --port N --client-id ... --client-secret ...}. */
class StandaloneJarIT {

    @TempDir
    Path folder;
    private Process process;

    @AfterEach
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private Process javaJar(String... args) throws IOException {
        String jar = System.getProperty("standalone.jar");
        assertThat(jar).as("the failsafe configuration names the jar").isNotBlank();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectOutput(folder.resolve("out.txt").toFile())
                .redirectError(folder.resolve("err.txt").toFile())
                .start();
    }

    private String read(String file) {
        try {
            return Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void servesOnTheFixedPortWithTheCredentialOfTheCommandLineUntilStopped() throws Exception {
        int port = SimulatorMainTest.freePort();
        process = javaJar("--port", Integer.toString(port), "--client-id", "jar-client", "--client-secret", "jar-secret",
                "--workflow", "WKF12", "--command-delay", "10ms");
        Awaitility.await("the banner").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> read("out.txt").contains("Adobe Campaign simulator on http://127.0.0.1:" + port) || !process.isAlive());
        assertThat(process.isAlive()).as(read("err.txt")).isTrue();

        String base = "http://127.0.0.1:" + port;
        HttpResponse<String> token = SimulatorHttp.send(HttpRequest.newBuilder(URI.create(base + "/ims/token/v3"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=jar-client&client_secret=jar-secret&scope=openid")));
        assertThat(token.statusCode()).isEqualTo(200);
        String accessToken = SimulatorHttp.json(token).get("access_token").textValue();
        HttpResponse<String> workflow = SimulatorHttp.send(HttpRequest.newBuilder(URI.create(base + "/acme/campaign/workflow/execution/WKF12"))
                .header("Authorization", "Bearer " + accessToken).header("X-Api-Key", "jar-client").GET());
        assertThat(workflow.statusCode()).isEqualTo(200);
        assertThat(SimulatorHttp.json(workflow).get("state").textValue()).isEqualTo("edited");

        process.destroy(); // SIGTERM: the shutdown hook closes the simulator
        assertThat(process.waitFor(15, TimeUnit.SECONDS)).isTrue();
        assertThat(read("err.txt")).isEmpty();
    }

    @Test
    void aWrongCommandLineExitsWith2AndTheUsage() throws Exception {
        process = javaJar("--port", "8090");

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(read("err.txt")).contains("--client-id and --client-secret are required").contains("Usage: java -jar");
    }
}
