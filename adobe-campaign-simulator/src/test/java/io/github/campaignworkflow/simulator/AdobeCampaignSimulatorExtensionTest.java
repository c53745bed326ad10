package io.github.campaignworkflow.simulator;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * The extension's lifecycles, checked by running small test classes with JUnit's engine test kit. The classes below
 * are not run by Surefire on their own (nested classes are excluded); each records what it saw for the checks here.
 */
class AdobeCampaignSimulatorExtensionTest {

    /** What the sample tests saw: port, state of WKF12 at the test's start, commands at its start. */
    record Seen(int port, String state, List<String> commands) {
    }

    static final List<Seen> SEEN = new ArrayList<>();
    static final List<AdobeCampaignSimulator> SIMULATORS = new ArrayList<>();

    /** Starts WKF12 and waits until it runs; records what the test found first. */
    static void recordAndStart(AdobeCampaignSimulatorExtension adobe) {
        AdobeCampaignSimulator sim = adobe.simulator();
        SEEN.add(new Seen(sim.port(), sim.state("WKF12"), sim.commands("WKF12")));
        SIMULATORS.add(sim);
        SimulatorHttp http = new SimulatorHttp(sim);
        String token = http.fetchToken();
        if (sim.state("WKF12").equals("edited")) {
            assertThat(http.command("WKF12", token, "start").statusCode()).isEqualTo(200);
            SimulatorHttp.await("WKF12 started", Duration.ofSeconds(5), () -> sim.state("WKF12").equals("started"));
        }
    }

    /** The sample simulator: the test client, WKF12, commands applied at once. */
    static final Consumer<AdobeCampaignSimulator.Builder> SAMPLE = sim -> sim
            .client(SimulatorHttp.CLIENT_ID, SimulatorHttp.CLIENT_SECRET, SimulatorHttp.SCOPES)
            .workflow("WKF12").commandDelay(Duration.ZERO);

    /** Two tests in a fixed order, each recording what it saw; a subclass registers the extension one way. */
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    abstract static class TwoTests {
        abstract AdobeCampaignSimulatorExtension adobe();

        @Test
        @Order(1)
        void first() {
            recordAndStart(adobe());
        }

        @Test
        @Order(2)
        void second() {
            recordAndStart(adobe());
        }
    }

    static class PerClass extends TwoTests {
        @RegisterExtension
        static final AdobeCampaignSimulatorExtension ADOBE = AdobeCampaignSimulatorExtension.create(SAMPLE);

        @Override
        AdobeCampaignSimulatorExtension adobe() {
            return ADOBE;
        }
    }

    static class PerClassKeepingState extends TwoTests {
        @RegisterExtension
        static final AdobeCampaignSimulatorExtension ADOBE = AdobeCampaignSimulatorExtension.create(SAMPLE).keepStateBetweenTests();

        @Override
        AdobeCampaignSimulatorExtension adobe() {
            return ADOBE;
        }
    }

    static class PerTest extends TwoTests {
        @RegisterExtension
        final AdobeCampaignSimulatorExtension adobe = AdobeCampaignSimulatorExtension.create(SAMPLE);

        @Override
        AdobeCampaignSimulatorExtension adobe() {
            return adobe;
        }
    }

    static class PerClassWithNested {
        @RegisterExtension
        static final AdobeCampaignSimulatorExtension ADOBE = AdobeCampaignSimulatorExtension.create(SAMPLE);

        @Test
        void outer() {
            recordAndStart(ADOBE);
        }

        @Nested
        class Inner {
            @Test
            void inner() {
                recordAndStart(ADOBE);
            }
        }
    }

    private static void run(Class<?> testClass, int tests) {
        SEEN.clear();
        SIMULATORS.clear();
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute()
                .testEvents().assertStatistics(stats -> stats.started(tests).succeeded(tests));
    }

    private static void assertAllClosed() {
        for (AdobeCampaignSimulator sim : SIMULATORS) {
            assertThatThrownBy(sim::port).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void inAStaticFieldOneSimulatorServesTheClassAndIsResetBeforeEachTest() {
        run(PerClass.class, 2);

        assertThat(SEEN).containsExactly(
                new Seen(SEEN.get(0).port(), "edited", List.of()),
                new Seen(SEEN.get(0).port(), "edited", List.of()));
        assertThat(SIMULATORS.get(0)).isSameAs(SIMULATORS.get(1));
        assertAllClosed();
    }

    @Test
    void keepStateBetweenTestsLetsTheSecondTestSeeTheFirstOnesCommands() {
        run(PerClassKeepingState.class, 2);

        assertThat(SEEN).extracting(Seen::state).containsExactly("edited", "started");
        assertThat(SEEN.get(1).commands()).containsExactly("start");
        assertAllClosed();
    }

    @Test
    void inAnInstanceFieldEachTestHasItsOwnSimulator() {
        run(PerTest.class, 2);

        assertThat(SEEN).extracting(Seen::state).containsExactly("edited", "edited");
        assertThat(SIMULATORS.get(0)).isNotSameAs(SIMULATORS.get(1));
        assertAllClosed();
    }

    @Test
    void nestedClassesShareTheOuterSimulatorUntilTheOuterClassEnds() {
        run(PerClassWithNested.class, 2);

        assertThat(SIMULATORS.get(0)).isSameAs(SIMULATORS.get(1));
        assertThat(SEEN).extracting(Seen::state).containsExactly("edited", "edited");
        assertAllClosed();
    }

    @Test
    void outsideATestThereIsNoSimulator() {
        AdobeCampaignSimulatorExtension adobe = AdobeCampaignSimulatorExtension.create();

        assertThatThrownBy(adobe::simulator).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("@RegisterExtension");
    }

    /** The defaults, and the values the accessors hand out, on a per-test simulator started by hand. */
    @Test
    void givesTheDefaultCredentialAndTheComponentProperties() throws Exception {
        AdobeCampaignSimulatorExtension adobe = AdobeCampaignSimulatorExtension.create(sim -> sim.workflow("WKF12"));
        adobe.beforeEach(null);
        try {
            assertThat(adobe.organization()).isEqualTo("acme");
            assertThat(adobe.clientId()).isEqualTo(AdobeCampaignSimulatorExtension.DEFAULT_CLIENT_ID);
            assertThat(adobe.clientSecret()).isEqualTo(AdobeCampaignSimulatorExtension.DEFAULT_CLIENT_SECRET);
            assertThat(adobe.scope()).isEqualTo(AdobeCampaignSimulatorExtension.DEFAULT_SCOPE);
            assertThat(adobe.baseUrl()).isEqualTo(adobe.simulator().baseUrl());
            assertThat(adobe.tokenUrl()).isEqualTo(adobe.baseUrl() + "/ims/token/v3");
            assertThat(adobe.camelMainProperties()).isEqualTo(adobe.simulator().camelMainProperties());
            assertThat(adobe.componentOptions()).containsEntry("clientId", AdobeCampaignSimulatorExtension.DEFAULT_CLIENT_ID);
            assertThat(adobe.soapUrl()).isEqualTo(adobe.baseUrl() + "/nl/jsp/soaprouter.jsp");
            assertThat(adobe.soapCamelMainProperties()).isEqualTo(adobe.simulator().soapCamelMainProperties());
            assertThat(adobe.soapComponentOptions()).containsEntry("api", "soap");
            assertThat(adobe.soapOperatorCamelMainProperties()).isEqualTo(adobe.simulator().soapOperatorCamelMainProperties());
            assertThat(adobe.soapOperatorComponentOptions())
                    .containsEntry("username", AdobeCampaignSimulatorExtension.DEFAULT_OPERATOR_LOGIN)
                    .containsEntry("password", AdobeCampaignSimulatorExtension.DEFAULT_OPERATOR_PASSWORD);
            // the default operator logs on
            new SoapTestClient(adobe.simulator()).logon(AdobeCampaignSimulatorExtension.DEFAULT_OPERATOR_LOGIN,
                    AdobeCampaignSimulatorExtension.DEFAULT_OPERATOR_PASSWORD);
            assertThat(adobe.simulator().logons()).isEqualTo(1);

            // the default credential works at IMS
            Map<String, String> form = Map.of("grant_type", "client_credentials", "client_id", adobe.clientId(),
                    "client_secret", adobe.clientSecret(), "scope", adobe.scope());
            HttpResponse<String> token = SimulatorHttp.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(adobe.tokenUrl()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(SimulatorHttp.formEncode(form))));
            assertThat(token.statusCode()).isEqualTo(200);
        } finally {
            adobe.afterEach(null);
        }
        assertThatThrownBy(adobe::simulator).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aConfigurationMayReplaceTheDefaultOrganizationAndCredential() throws Exception {
        AdobeCampaignSimulatorExtension adobe = AdobeCampaignSimulatorExtension.create(sim -> sim
                .organization("acme-mkt-stage").client("my-id", "my-secret", "openid"));
        adobe.beforeEach(null);
        try {
            assertThat(adobe.componentOptions()).containsEntry("organization", "acme-mkt-stage")
                    .containsEntry("clientId", "my-id").containsEntry("clientSecret", "my-secret").containsEntry("scope", "openid");
            String baseUrl = adobe.baseUrl();
            adobe.afterEach(null);
            // stopped after the test: nothing listens any more
            assertThatThrownBy(() -> SimulatorHttp.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl)).GET()))
                    .hasCauseInstanceOf(ConnectException.class);
        } finally {
            adobe.afterEach(null);
        }
    }
}
