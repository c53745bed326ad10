package io.github.campaignworkflow.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** README's first command runs WorkflowDemo.main: it must run the scripted scenario to completion. */
class WorkflowDemoMainTest {

    private static final Pattern STEP = Pattern.compile(">>> (\\S+\\s+\\S+).*");
    private static final Pattern WATCHED = Pattern.compile("watch WKF-MAIL is now (\\w+)");
    private static final Pattern SEEN = Pattern.compile(" {4}WKF-MAIL is (\\w+)");

    @TempDir
    Path workDir;
    private final PrintStream originalOut = System.out;

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.clearProperty("demo.http.port");
        System.clearProperty("demo.work-dir");
    }

    @Test
    void theDemoRunsTheScriptedScenarioToCompletionWithTheConsumersLinesInStep() throws Exception {
        System.setProperty("demo.http.port", "0");
        System.setProperty("demo.work-dir", workDir.toString());
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream console = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(console);

        try (AutoCloseable watchLines = logWatchLinesTo(console)) {
            WorkflowDemo.main(new String[0]);
        }

        String out = captured.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("Adobe Campaign : the embedded Adobe Campaign simulator")
                .contains(">>> (a) file", ">>> (b) jms", ">>> (c) timer", ">>> (d) rest", ">>> (e) yaml", ">>> (f) watch")
                .contains("WKF-MAIL is started", "WKF-MAIL is paused", "WKF-MAIL is stopped", "WKF-NIGHTLY is finished")
                .contains("dead letter: Unknown workflow command 'restart'")
                .contains("edited -> started -> paused -> started -> stopped")
                .contains("Demo complete in ")
                .contains("WKF-MAIL=[start, pause, resume, stop], WKF-NIGHTLY=[start]; signals: 1; IMS tokens issued: 1."
                          + " On the v8 instance over SOAP: WKF-V8-NEWSLETTER=[start, stop], operator Logons: 1")
                .contains("Campaign v8    : a simulated Campaign v8 instance at http://127.0.0.1:")
                .contains("WKF-V8-NEWSLETTER is started ([xtk:workflow#Start])");
        // each line of the watching consumer shows under the step that caused it: the steps, the consumer's lines
        // (watch X) and the scenario's own (is X), in the order they were printed
        assertThat(events(out)).containsExactly(
                ">>> (f) watch", "watch edited", "is edited",
                ">>> (a) file", "watch started", "is started",
                ">>> (b) jms", "watch paused", "is paused",
                ">>> (b) jms",
                ">>> (d) rest", "watch started", "is started",
                ">>> (d) rest", ">>> (d) rest", ">>> (d) rest",
                ">>> (e) yaml", "watch stopped", "is stopped",
                ">>> (c) timer", ">>> (g) v8", ">>> (g) v8", ">>> (g) v8", ">>> (f) watch", ">>> health GET");
    }

    private static List<String> events(String out) {
        return out.lines().map(line -> {
            Matcher step = STEP.matcher(line);
            Matcher watched = WATCHED.matcher(line);
            Matcher seen = SEEN.matcher(line);
            return step.matches() ? ">>> " + step.group(1).replaceAll("\\s+", " ")
                    : watched.find() ? "watch " + watched.group(1)
                    : seen.matches() ? "is " + seen.group(1) : null;
        }).filter(event -> event != null).toList();
    }

    /**
     * The watching route logs at INFO, which the tests' logging configuration hides: its lines go to the captured
     * console here, as they do in the demo, in the order they are written.
     */
    private static AutoCloseable logWatchLinesTo(PrintStream console) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%logger %msg%n");
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(console);
        appender.start();
        Logger watch = context.getLogger("watch-mail");
        watch.setLevel(Level.INFO);
        watch.setAdditive(false);
        watch.addAppender(appender);
        return () -> {
            watch.detachAppender(appender);
            watch.setLevel(null);
            watch.setAdditive(true);
        };
    }

    @ParameterizedTest(name = "another program listens on {0}")
    @ValueSource(strings = { "0.0.0.0", "127.0.0.1" })
    void aTakenPortStopsTheDemoAtOnceNamingTheOptionThatChangesIt(String address) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (ServerSocket otherProgram = new ServerSocket()) {
            otherProgram.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            int port = otherProgram.getLocalPort();
            System.setProperty("demo.http.port", String.valueOf(port));
            System.setProperty("demo.work-dir", workDir.toString());

            assertThatThrownBy(() -> WorkflowDemo.main(new String[0]))
                    .isInstanceOf(WorkflowDemo.PortTakenException.class)
                    .hasMessage("Port " + port + " is already in use by another program, so the demo cannot serve its"
                                + " REST API there. Start it on a free port with -Ddemo.http.port=9090 (0 picks any free"
                                + " port)");
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).as("nothing of the demo ran").isEmpty();
    }

    @Test
    void realCredentialsSwitchTheSimulatorOff() {
        System.setProperty("adobe.client-id", "real-client");
        try (CampaignTarget target = CampaignTarget.choose(java.util.Map.of())) {
            assertThat(target.isSimulated()).isFalse();
            assertThat(target.overrides()).isEmpty();
        } finally {
            System.clearProperty("adobe.client-id");
        }
    }
}
