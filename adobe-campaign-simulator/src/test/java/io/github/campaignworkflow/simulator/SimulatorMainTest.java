package io.github.campaignworkflow.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The standalone command line: options, defaults, refusals, and a simulator on the port and credential given. */
class SimulatorMainTest {

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void startsOnTheGivenPortWithTheGivenCredentialAndWorkflows() throws Exception {
        int port = freePort();
        ByteArrayOutputStream banner = new ByteArrayOutputStream();
        String[] args = {"--port", Integer.toString(port), "--organization", "acme-mkt-stage",
            "--client-id", "cli-client", "--client-secret", "cli-secret", "--scope", "openid,campaign_sdk",
            "--workflow", "WKF12", "--workflow", "WKF-SIGNAL:started", "--signal", "WKF-SIGNAL:signal1:contentURL,count",
            "--workflow", "WKF-NIGHTLY:edited:runFor=2s", "--command-delay=10ms",
            "--operator", "ops:pass:with:colons", "--operator", "second:pw2"};

        try (AdobeCampaignSimulator sim = SimulatorMain.start(args, new PrintStream(banner, true, StandardCharsets.UTF_8))) {
            assertThat(sim.port()).isEqualTo(port);
            assertThat(sim.componentOptions()).containsEntry("organization", "acme-mkt-stage")
                    .containsEntry("clientId", "cli-client").containsEntry("clientSecret", "cli-secret")
                    .containsEntry("scope", "openid,campaign_sdk");
            assertThat(sim.state("WKF12")).isEqualTo("edited");
            assertThat(sim.state("WKF-SIGNAL")).isEqualTo("started");
            assertThat(sim.configuredWorkflows()).extracting(WorkflowSpec::runDuration)
                    .containsExactly(null, null, Duration.ofSeconds(2));

            assertThat(tokenRequest(sim, "cli-client", "cli-secret").statusCode()).isEqualTo(200);
            assertThat(tokenRequest(sim, "cli-client", "wrong").statusCode()).isEqualTo(401);
            assertThat(sim.soapOperatorComponentOptions()).containsEntry("username", "ops")
                    .containsEntry("password", "pass:with:colons");
            new SoapTestClient(sim).logon("second", "pw2");

            String out = banner.toString(StandardCharsets.UTF_8);
            assertThat(out).contains("Adobe Campaign simulator on http://127.0.0.1:" + port)
                    .contains("camel.component.adobe-workflow.base-url=http://127.0.0.1:" + port)
                    .contains("camel.component.adobe-workflow.client-id=cli-client")
                    .contains("camel.component.adobe-workflow.client-secret=********")
                    .contains("WKF12 (edited; id 1001), WKF-SIGNAL (started; id 1002; signal1[contentURL, count])")
                    .contains("SOAP router   : http://127.0.0.1:" + port + "/nl/jsp/soaprouter.jsp")
                    .contains("operators     : ops, second")
                    .contains("camel.component.adobe-workflow.api=soap")
                    .contains("camel.component.adobe-workflow.username=ops")
                    .contains("camel.component.adobe-workflow.password=********")
                    .doesNotContain("cli-secret").doesNotContain("pass:with").doesNotContain("pw2");
        }
    }

    @Test
    void hasDefaultsForAllButTheCredential() throws Exception {
        AdobeCampaignSimulator.Builder builder = SimulatorMain.parse(new String[] {"--client-id", "a", "--client-secret", "b"});
        try (AdobeCampaignSimulator sim = builder.port(0).build()) {
            assertThat(sim.organization()).isEqualTo("acme");
            assertThat(sim.scope()).isEqualTo("AdobeID,openid,campaign_sdk");
            assertThat(sim.configuredWorkflows()).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--port 8090                                            | --client-id and --client-secret are required",
        "--client-id a --client-secret b --colour red           | Unknown option --colour",
        "--client-id a --client-secret b extra                  | Unexpected argument 'extra'",
        "--client-id a --client-secret b --port                 | --port needs a value",
        "--client-id a --client-secret b --port eighty          | --port needs a number: 'eighty'",
        "--client-id a --client-secret b --port 70000           | port must be 0..65535: 70000",
        "--client-id a --client-id c --client-secret b          | --client-id is given twice",
        "--client-id a --client-secret b --command-delay soon   | --command-delay needs a duration",
        "--client-id a --client-secret b --workflow W:running   | Unknown workflow state 'running'",
        "--client-id a --client-secret b --workflow W --workflow W | --workflow W is given twice",
        "--client-id a --client-secret b --signal W:s1          | --signal W:s1: no --workflow W",
        "--client-id a --client-secret b --workflow W --signal W | --signal needs WORKFLOW:ACTIVITY",
        "--client-id a --client-secret b --operator ops         | --operator needs LOGIN:PASSWORD",
        "--client-id a --client-secret b --operator :pw         | --operator needs LOGIN:PASSWORD",
        "--client-id a --client-secret b --operator o:1 --operator o:2 | Operator 'o' is configured twice",
    })
    void refusesACommandLineItCannotUnderstand(String commandLine, String message) {
        assertThatThrownBy(() -> SimulatorMain.parse(commandLine.trim().split("\\s+")))
                .isInstanceOf(SimulatorMain.UsageException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource({"500ms, PT0.5S", "2s, PT2S", "5m, PT5M", "1h, PT1H", "PT3S, PT3S", "0s, PT0S"})
    void readsDurations(String text, String expected) throws Exception {
        assertThat(SimulatorMain.duration(text, "--x")).isEqualTo(Duration.parse(expected));
    }

    private static HttpResponse<String> tokenRequest(AdobeCampaignSimulator sim, String clientId, String secret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", secret);
        return SimulatorHttp.send(HttpRequest.newBuilder(URI.create(sim.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(SimulatorHttp.formEncode(form))));
    }
}
