package io.github.campaignworkflow.simulator;

import io.github.campaignworkflow.simulator.SoapTestClient.Arg;
import io.github.campaignworkflow.simulator.SoapTestClient.Auth;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.Map;

import static io.github.campaignworkflow.simulator.SoapWorkflowTest.workflowAttributes;
import static org.assertj.core.api.Assertions.assertThat;

/** Campaign's numeric @state and @failed for every simulated state, and the "requested" states while a command waits. */
class SoapStatesTest {

    // Commands wait an hour: a test sees the requested state, never the applied one.
    @RegisterExtension
    static final AdobeCampaignSimulatorExtension ADOBE = AdobeCampaignSimulatorExtension.create(sim -> SimulatorHttp.usual(sim)
            .commandDelay(Duration.ofHours(1))
            .workflow(WorkflowSpec.named("WKF-EDITED"))
            .workflow(WorkflowSpec.named("WKF-STARTED").initialState("started"))
            .workflow(WorkflowSpec.named("WKF-PAUSED").initialState("paused"))
            .workflow(WorkflowSpec.named("WKF-STOPPED").initialState("stopped"))
            .workflow(WorkflowSpec.named("WKF-FINISHED").initialState("finished"))
            .workflow(WorkflowSpec.named("WKF-ERROR").initialState("error")));

    @ParameterizedTest
    @CsvSource({
        "WKF-EDITED,   0,  0",
        "WKF-STARTED,  11, 0",
        "WKF-PAUSED,   13, 0",
        "WKF-STOPPED,  20, 0",
        "WKF-FINISHED, 20, 0",
        "WKF-ERROR,    13, 1",
    })
    void showsEachStateAsCampaignsNumber(String workflowId, String state, String failed) {
        assertThat(read(workflowId)).containsEntry("state", state).containsEntry("failed", failed);
    }

    @ParameterizedTest
    @CsvSource({
        "WKF-EDITED,  Start, 10",
        "WKF-STARTED, Pause, 12",
        "WKF-PAUSED,  Start, 14",
        "WKF-STARTED, Stop,  15",
        "WKF-PAUSED,  Stop,  15",
        "WKF-ERROR,   Stop,  15",
    })
    void showsTheRequestedStateWhileACommandWaits(String workflowId, String method, String requested) {
        AdobeCampaignSimulator sim = ADOBE.simulator();
        new SoapTestClient(sim).call("xtk:workflow", method, Auth.bearer(sim.issueToken()), Arg.string("workflowId", workflowId));

        assertThat(read(workflowId)).containsEntry("state", requested);
    }

    private static Map<String, String> read(String workflowId) {
        AdobeCampaignSimulator sim = ADOBE.simulator();
        return workflowAttributes(new SoapTestClient(sim).call("xtk:queryDef", "ExecuteQuery", Auth.bearer(sim.issueToken()),
                Arg.queryDef("get", "@internalName='" + workflowId + "'")));
    }
}
