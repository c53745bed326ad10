package io.github.campaignworkflow.examples.springboot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.github.campaignworkflow.camel.AdobeWorkflowConstants;
import io.github.campaignworkflow.simulator.AdobeCampaignSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Predicate;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The scripted demo, run once the application has started: it sends messages to the routes of {@link WorkflowRoutes}
 * and prints what Adobe Campaign (the simulator) did. Against a real tenant it does nothing: the routes are there to
 * be used. A step that does not end as expected fails the start-up, so the demo exits non-zero.
 */
@Component
class DemoScenario implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowRoutes.LOG);
    private static final long STEP_DEADLINE_SECONDS = 30;

    private final CamelContext camel;
    private final ProducerTemplate producer;
    private final Environment environment;
    private final ObjectProvider<AdobeCampaignSimulator> simulator;

    DemoScenario(CamelContext camel, ProducerTemplate producer, Environment environment,
                 ObjectProvider<AdobeCampaignSimulator> simulator) {
        this.camel = camel;
        this.producer = producer;
        this.environment = environment;
        this.simulator = simulator;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        AdobeCampaignSimulator campaign = simulator.getIfAvailable();
        if (campaign == null) {
            LOG.info("A real Adobe Campaign tenant: the scripted demo is skipped, the routes are up (Ctrl-C stops).");
            return;
        }
        String mail = environment.getRequiredProperty("demo.workflow.mail");
        String nightly = environment.getRequiredProperty("demo.workflow.nightly");
        String signal = environment.getRequiredProperty("demo.workflow.signal");
        long start = System.nanoTime();
        LOG.info("");
        LOG.info("Adobe Campaign workflow demo on Spring Boot, against the embedded simulator at {} (organization {})",
                campaign.baseUrl(), campaign.organization());

        NotifyBuilder watcherSawStop = new NotifyBuilder(camel).fromRoute("watch-mail")
                .filter(header(AdobeWorkflowConstants.STATE, "stopped")).whenDone(1).create();
        LOG.info(">>> (d) the consumer polls {} and prints each state it moves to (the 'watch:' lines)", mail);

        LOG.info(">>> (c) start {}; the route goes on once it has finished, meanwhile the demo continues", nightly);
        CompletableFuture<Object> nightlyImport = producer.asyncRequestBody("direct:nightly-import", (Object) null);

        LOG.info(">>> (a) take {} through start, pause, resume and stop", mail);
        producer.requestBody("direct:mail-campaign", (Object) null);

        LOG.info(">>> (b) trigger signal1 of {} with contentURL and count", signal);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("contentURL", "https://example.com/black-friday");
        parameters.put("count", 3);
        producer.requestBody("direct:refresh-offer", parameters);
        LOG.info("    {} received {}", signal, campaign.signals(signal));

        LOG.info(">>> waiting for the consumer to see {} stopped and for {} to finish", mail, nightly);
        require(watcherSawStop.matches(STEP_DEADLINE_SECONDS, TimeUnit.SECONDS),
                "the consumer did not see " + mail + " stopped");
        nightlyImport.get(STEP_DEADLINE_SECONDS, TimeUnit.SECONDS);
        require("finished".equals(campaign.state(nightly)), nightly + " is " + campaign.state(nightly));

        LOG.info(">>> health of the adobe-workflow producers: {}", producerChecks());
        LOG.info("");
        LOG.info("Demo complete in {} s. Commands Adobe Campaign applied: {}={}, {}={}; signals: {}; IMS tokens issued: {}",
                String.format("%.1f", (System.nanoTime() - start) / 1e9), mail, campaign.commands(mail), nightly,
                campaign.commands(nightly), campaign.signals(signal).size(), campaign.tokensIssued());
    }

    /** Each producer health check of the component and its state, e.g. {@code producer:...=UP}. */
    private String producerChecks() {
        return HealthCheckRegistry.get(camel).getRepository("producers").stream()
                .flatMap(HealthCheckRepository::stream)
                .filter(check -> check.getClass().getName().startsWith("io.github.campaignworkflow."))
                .map(check -> check.getId() + "=" + check.call().getState())
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private static Predicate header(String name, String value) {
        return exchange -> value.equals(exchange.getMessage().getHeader(name, String.class));
    }

    private static void require(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException("Demo step failed: " + failure);
        }
    }
}
