package io.github.campaignworkflow.examples.springboot;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** README's command runs SpringBootDemoApplication: it must start, run the scripted scenario to its end and exit 0. */
class SpringBootDemoApplicationTest {

    @Test
    void theDemoRunsTheScenarioAgainstTheSimulatorAndExits() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream console = System.out;
        int exitCode;
        System.setOut(new PrintStream(output, true, StandardCharsets.UTF_8)); // what the demo prints, kept from the build log
        try {
            exitCode = SpringBootDemoApplication.run(
                    // the same scenario, faster: the simulator applies commands sooner, the nightly run is shorter
                    "--demo.simulator.command-delay=50ms", "--demo.simulator.nightly-run=300ms",
                    "--demo.watch.delay=50", "--camel.component.adobe-workflow.await-interval=50ms");
        } finally {
            System.setOut(console);
        }

        assertThat(exitCode).isZero();
        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("against the embedded simulator at http://127.0.0.1:")
                .contains("WKF-MAIL start  -> started", "WKF-MAIL pause  -> paused", "WKF-MAIL resume -> started",
                        "WKF-MAIL stop   -> stopped")
                .contains("watch: WKF-MAIL is edited", "watch: WKF-MAIL is stopped")
                .contains("WKF-SIGNAL signal signal1 -> HTTP 200", "parameters={contentURL=https://example.com/black-friday")
                .contains("WKF-NIGHTLY -> finished")
                .containsPattern("health of the adobe-workflow producers: producer:\\S+=UP")
                .contains("Commands Adobe Campaign applied: WKF-MAIL=[start, pause, resume, stop], WKF-NIGHTLY=[start];"
                          + " signals: 1; IMS tokens issued: 1")
                .doesNotContain("SECURITY WARNING", "ERROR");

        // nothing the demo started keeps the JVM alive: Camel, the HTTP clients and the simulator are stopped
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(nonDaemonThreadsBesides(before)).isEmpty());
    }

    @Test
    void aConfiguredCredentialLeavesTheSimulatorOff() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application",
                Map.of("camel.component.adobe-workflow.client-id", "real-client")));

        new EmbeddedCampaign().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
                new SpringApplication(), new String[0], environment));

        assertThat(environment.getPropertySources().contains(EmbeddedCampaign.PROPERTY_SOURCE)).isFalse();
    }

    private static Set<String> nonDaemonThreadsBesides(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && !thread.isDaemon() && !before.contains(thread))
                .map(Thread::getName)
                .collect(Collectors.toSet());
    }
}
