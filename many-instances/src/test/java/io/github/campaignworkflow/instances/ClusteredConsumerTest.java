package io.github.campaignworkflow.instances;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.campaignworkflow.camel.AdobeWorkflowConstants;
import io.github.campaignworkflow.simulator.AdobeCampaignSimulatorExtension;
import io.github.campaignworkflow.simulator.WorkflowSpec;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three CamelContexts, each with a {@link FileLockClusterService} on one shared directory, run the consumer of one
 * workflow under {@link ClusteredRoutePolicy}. The workflow goes edited → started → paused; the leader is stopped;
 * the workflow is resumed and finishes by itself. With a shared state repository every state is emitted exactly once
 * in total, each by the leader of the moment, the last two by the second leader; without it (the control run) the
 * second leader emits {@code paused} again on its first poll.
 */
class ClusteredConsumerTest {

    static final String WORKFLOW = "WKF-CLUSTER";
    static final String SECRET = "cluster-test-secret";
    static final List<String> MEMBERS = List.of("member-1", "member-2", "member-3");

    @RegisterExtension
    static final AdobeCampaignSimulatorExtension CAMPAIGN = AdobeCampaignSimulatorExtension.create(sim -> {
        sim.commandDelay(Duration.ZERO).workflow(WorkflowSpec.named(WORKFLOW).runFor(Duration.ofSeconds(4)));
        MEMBERS.forEach(member -> sim.client(member, SECRET, AdobeCampaignSimulatorExtension.DEFAULT_SCOPE));
        sim.client("operator", SECRET, AdobeCampaignSimulatorExtension.DEFAULT_SCOPE);
    });

    @TempDir
    Path lockDirectory;

    final List<Member> members = new ArrayList<>();
    final List<Emission> emissions = new CopyOnWriteArrayList<>();
    CamelContext operator;

    record Emission(String member, String state, boolean leaderAtTheTime) {
    }

    record Member(String name, CamelContext context, ClusteredRoutePolicy policy) {
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (Member member : members) {
            member.context().close();
        }
        if (operator != null) {
            operator.close();
        }
    }

    @Test
    void withASharedStateRepositoryEachStateIsEmittedOnceAcrossTheFailover() throws Exception {
        Failover failover = runScenario(new MemoryStateRepository());

        assertThat(emissions).extracting(Emission::state)
                .containsExactly("edited", "started", "paused", "started", "finished");
        assertThat(emissions).extracting(Emission::member).containsExactly(
                failover.first, failover.first, failover.first, failover.second, failover.second);
        assertThat(emissions).allMatch(Emission::leaderAtTheTime);
        assertOnlyTheLeadersPolled(failover);
    }

    @Test
    void withoutTheRepositoryTheSecondLeaderEmitsTheLastStateAgain() throws Exception {
        Failover failover = runScenario(null);

        assertThat(emissions).extracting(Emission::state)
                .containsExactly("edited", "started", "paused", "paused", "started", "finished");
        assertThat(emissions).extracting(Emission::member).containsExactly(
                failover.first, failover.first, failover.first, failover.second, failover.second, failover.second);
        assertThat(emissions).allMatch(Emission::leaderAtTheTime);
        assertOnlyTheLeadersPolled(failover);
    }

    record Failover(String first, String second, Instant at) {
    }

    private Failover runScenario(StateRepository<String, String> sharedStates) throws Exception {
        for (String name : MEMBERS) {
            members.add(startMember(name, sharedStates));
        }
        operator = new DefaultCamelContext();
        operator.addComponent("adobe-workflow", access("operator").newComponent());
        operator.start();
        ProducerTemplate commands = operator.createProducerTemplate();

        Member first = awaitSingleLeader(members);
        awaitEmitted("edited");
        commands.sendBody("adobe-workflow:" + WORKFLOW + "?command=start", null);
        awaitEmitted("started");
        commands.sendBody("adobe-workflow:" + WORKFLOW + "?command=pause", null);
        awaitEmitted("paused");

        Instant stoppedAt = Instant.now();
        first.context().stop();
        List<Member> rest = members.stream().filter(member -> member != first).toList();
        Member second = awaitSingleLeader(rest);
        // the second leader has polled twice since it took over: whatever its first poll emits has been emitted
        await().atMost(20, TimeUnit.SECONDS).until(() -> statusReadsBy(second.name()).size() >= 2);
        commands.sendBody("adobe-workflow:" + WORKFLOW + "?command=resume", null);
        await().atMost(20, TimeUnit.SECONDS).until(() -> emissions.stream().anyMatch(e -> e.state().equals("finished")));
        // and nothing more arrives
        int emitted = emissions.size();
        await().during(500, TimeUnit.MILLISECONDS).atMost(5, TimeUnit.SECONDS).until(() -> emissions.size() == emitted);
        return new Failover(first.name(), second.name(), stoppedAt);
    }

    private Member startMember(String name, StateRepository<String, String> sharedStates) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(lockDirectory.toString());
        cluster.setAcquireLockDelay(100, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(200, TimeUnit.MILLISECONDS);
        context.addService(cluster);
        context.addComponent("adobe-workflow", access(name).newComponent());
        String uri = "adobe-workflow:" + WORKFLOW + "?delay=100&initialDelay=0";
        if (sharedStates != null) {
            context.getRegistry().bind("workflowStates", sharedStates);
            uri += "&stateRepository=#workflowStates";
        }
        ClusteredRoutePolicy policy = ClusteredRoutePolicy.forNamespace(context, "adobe-workflow-" + WORKFLOW);
        String from = uri;
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(from).routeId("watch-" + WORKFLOW).routePolicy(policy)
                        .process(exchange -> emissions.add(new Emission(name,
                                exchange.getMessage().getHeader(AdobeWorkflowConstants.STATE, String.class),
                                policy.isLeader())));
            }
        });
        context.start();
        Member member = new Member(name, context, policy);
        return member;
    }

    private static Member awaitSingleLeader(List<Member> candidates) {
        await().atMost(20, TimeUnit.SECONDS)
                .until(() -> candidates.stream().filter(member -> member.policy().isLeader()).count() == 1);
        return candidates.stream().filter(member -> member.policy().isLeader()).findFirst().orElseThrow();
    }

    private void awaitEmitted(String state) {
        await().atMost(20, TimeUnit.SECONDS).until(() -> emissions.stream().anyMatch(e -> e.state().equals(state)));
    }

    /** The first leader polled until it stopped, the second only after, the third never. */
    private void assertOnlyTheLeadersPolled(Failover failover) {
        assertThat(statusReadsBy(failover.first())).isNotEmpty()
                .allMatch(read -> read.getLoggedDate().before(Date.from(failover.at())));
        assertThat(statusReadsBy(failover.second())).isNotEmpty()
                .allMatch(read -> !read.getLoggedDate().before(Date.from(failover.at())));
        MEMBERS.stream().filter(name -> !name.equals(failover.first()) && !name.equals(failover.second()))
                .forEach(third -> assertThat(statusReadsBy(third)).as(third).isEmpty());
    }

    private static List<LoggedRequest> statusReadsBy(String member) {
        return CAMPAIGN.simulator().receivedRequests().stream()
                .filter(request -> "GET".equals(request.getMethod().getName()))
                .filter(request -> member.equals(request.getHeader("X-Api-Key")))
                .toList();
    }

    private static CampaignAccess access(String clientId) {
        Map<String, String> options = CAMPAIGN.simulator().componentOptions();
        return CampaignAccess.of(options, clientId, SECRET);
    }
}
