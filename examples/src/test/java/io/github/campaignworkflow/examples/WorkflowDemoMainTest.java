package io.github.campaignworkflow.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** README's first command runs WorkflowDemo.main: it must run the scripted scenario to completion. */
class WorkflowDemoMainTest {

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
    void theDemoRunsTheScriptedScenarioToCompletion() throws Exception {
        System.setProperty("demo.http.port", "0");
        System.setProperty("demo.work-dir", workDir.toString());
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));

        WorkflowDemo.main(new String[0]);

        String out = captured.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("Adobe Campaign : the embedded Adobe Campaign simulator")
                .contains(">>> (a) file", ">>> (b) jms", ">>> (c) timer", ">>> (d) rest", ">>> (e) yaml", ">>> (f) watch")
                .contains("WKF-MAIL is started", "WKF-MAIL is paused", "WKF-MAIL is stopped", "WKF-NIGHTLY is finished")
                .contains("dead letter: Unknown workflow command 'restart'")
                .contains("edited -> started -> paused -> started -> stopped")
                .contains("Demo complete in ")
                .contains("WKF-MAIL=[start, pause, resume, stop], WKF-NIGHTLY=[start]; signals: 1; IMS tokens issued: 1");
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
