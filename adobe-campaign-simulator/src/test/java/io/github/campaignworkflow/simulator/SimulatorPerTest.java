package io.github.campaignworkflow.simulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A test class whose every test has its own running simulator, as a user gets it: an
 * {@link AdobeCampaignSimulatorExtension} in an instance field starts it before each test and closes it after. The
 * subclass says in {@link #configure} what it adds to {@link SimulatorHttp#usual the usual settings}; before each test
 * {@link #sim}, {@link #http} and {@link #token} (issued by the simulator directly, so IMS has counted no token yet)
 * are ready.
 */
abstract class SimulatorPerTest {

    @RegisterExtension
    final AdobeCampaignSimulatorExtension adobe = AdobeCampaignSimulatorExtension.create(
            builder -> configure(SimulatorHttp.usual(builder)));

    AdobeCampaignSimulator sim;
    SimulatorHttp http;
    String token;

    /** The workflows and settings of this class's simulator, on top of (or replacing) the usual ones. */
    abstract void configure(AdobeCampaignSimulator.Builder simulator);

    @BeforeEach
    void connect() {
        sim = adobe.simulator();
        http = new SimulatorHttp(sim);
        token = sim.issueToken();
    }
}
