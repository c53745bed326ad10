package io.github.campaignworkflow.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.campaignworkflow.camel.AdobeWorkflowConstants;
import io.github.campaignworkflow.simulator.AdobeCampaignSimulator;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * The scripted demo against the simulator: it drives every example route in turn and prints each command it causes
 * and each state it sees. It fails (throws) when a step does not end as expected within its deadline. A step that
 * changes the mail workflow's state ends only once the watching consumer (route f) has logged that state too, so each
 * of its lines shows under the step that caused it; it polls on its own schedule and would otherwise lag behind.
 */
final class DemoScenario {

    private static final Duration STEP_DEADLINE = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WorkflowDemo demo;
    private final AdobeCampaignSimulator campaign;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String mail;
    private final String nightly;
    private final String signal;
    private final AdobeCampaignSimulator v8;
    private final String newsletter;

    DemoScenario(WorkflowDemo demo, PrintStream out) {
        this.demo = demo;
        this.campaign = demo.simulator();
        this.out = out;
        this.mail = demo.property("demo.workflow.mail");
        this.nightly = demo.property("demo.workflow.nightly");
        this.signal = demo.property("demo.workflow.signal");
        this.v8 = demo.v8();
        this.newsletter = demo.property("demo.workflow.v8");
    }

    void run() throws Exception {
        long start = System.nanoTime();
        step("(f) watch  the consumer polls " + mail + " and logs each state it moves to, from its first poll");
        awaitWatched(campaign.state(mail));

        step("(a) file   drop " + mail + ".start into inbox/");
        dropFile("inbox", mail + ".start");
        awaitState(mail, "started");

        step("(b) jms    send {CamelAdobeWorkflowId=" + mail + ", CamelAdobeWorkflowCommand=pause} to campaign.commands");
        try (ProducerTemplate producer = demo.camel().createProducerTemplate()) {
            producer.sendBodyAndHeaders(JmsCommandRoute.QUEUE, "",
                    Map.of(AdobeWorkflowConstants.WORKFLOW_ID, mail, AdobeWorkflowConstants.COMMAND, "pause"));
            awaitState(mail, "paused");

            step("(b) jms    send an unknown command 'restart': it must end on the dead-letter queue");
            producer.sendBodyAndHeaders(JmsCommandRoute.QUEUE, "",
                    Map.of(AdobeWorkflowConstants.WORKFLOW_ID, mail, AdobeWorkflowConstants.COMMAND, "restart"));
        }
        try (ConsumerTemplate consumer = demo.camel().createConsumerTemplate()) {
            Exchange letter = consumer.receive(JmsCommandRoute.DEAD_LETTERS, STEP_DEADLINE.toMillis());
            require(letter != null, "no dead letter arrived for the unknown command");
            see("dead letter: " + letter.getMessage().getHeader("AdobeWorkflowFailure"));
        }

        step("(d) rest   POST /workflows/" + mail + "/resume");
        see(call("POST", "/workflows/" + mail + "/resume", null, 200));
        awaitState(mail, "started");
        step("(d) rest   POST /workflows/" + mail + "/resume again: Campaign refuses it in state started");
        see(call("POST", "/workflows/" + mail + "/resume", null, 409));
        step("(d) rest   GET /workflows/" + mail);
        String workflow = call("GET", "/workflows/" + mail, null, 200);
        require(workflow.contains("\"state\":\"started\""), "GET did not show the state started: " + workflow);
        see(workflow);
        step("(d) rest   POST /workflows/" + signal + "/signal/signal1 {\"contentURL\":...,\"count\":3}");
        see(call("POST", "/workflows/" + signal + "/signal/signal1",
                "{\"contentURL\":\"https://example.com/black-friday\",\"count\":3}", 200));
        require(!campaign.signals(signal).isEmpty(), "the simulator received no signal");
        see(signal + " received " + campaign.signals(signal).get(0));

        step("(e) yaml   drop " + mail + ".stop into inbox-yaml/");
        dropFile("inbox-yaml", mail + ".stop");
        awaitState(mail, "stopped");

        step("(c) timer  the nightly route started " + nightly + " at start-up and waits until it is finished");
        awaitState(nightly, "finished");
        await(() -> demo.camel().getInflightRepository().size("nightly") == 0, "the nightly route did not complete");
        see("the nightly route completed");

        step("(g) v8     drop " + newsletter + ".start into inbox-v8/: Campaign v8 over SOAP, as an operator");
        dropFile("inbox-v8", newsletter + ".start");
        await(() -> "started".equals(v8.state(newsletter)), newsletter + " did not start on the v8 instance");
        see(newsletter + " is started (" + v8.soapCalls(newsletter) + ")");
        step("(g) v8     drop " + newsletter + ".status: xtk:queryDef#ExecuteQuery, Campaign's state 11 read as a word");
        dropFile("inbox-v8", newsletter + ".status");
        await(() -> v8.soapCalls(newsletter).contains("xtk:queryDef#ExecuteQuery"),
                "the v8 instance got no status query");
        step("(g) v8     drop " + newsletter + ".stop");
        dropFile("inbox-v8", newsletter + ".stop");
        await(() -> "stopped".equals(v8.state(newsletter)), newsletter + " did not stop on the v8 instance");
        see(newsletter + " is stopped; operator Logons to the v8 instance: " + v8.logons());

        step("(f) watch  states the consumer saw on " + mail);
        see(String.join(" -> ", demo.stateHistory().states()));

        step("health     GET /observe/health (the adobe-workflow producer checks hold an IMS token)");
        see(healthSummary(call("GET", "/observe/health", null, 200)));

        out.println();
        out.printf("Demo complete in %.1f s. Commands Adobe Campaign applied: %s=%s, %s=%s; signals: %d;"
                   + " IMS tokens issued: %d. On the v8 instance over SOAP: %s=%s, operator Logons: %d%n",
                (System.nanoTime() - start) / 1e9, mail, campaign.commands(mail), nightly, campaign.commands(nightly),
                campaign.signals(signal).size(), campaign.tokensIssued(), newsletter, v8.commands(newsletter),
                v8.logons());
    }

    private void step(String text) {
        out.println();
        out.println(">>> " + text);
    }

    private void see(String text) {
        out.println("    " + text);
    }

    /** Writes the file under a dot-name first, which the file consumer ignores, then renames it into place. */
    private void dropFile(String folder, String name) throws IOException {
        Path directory = Files.createDirectories(demo.workDir().resolve(folder));
        Path partial = Files.writeString(directory.resolve("." + name), "");
        Files.move(partial, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private void awaitState(String workflowId, String state) throws InterruptedException {
        await(() -> state.equals(campaign.state(workflowId)),
                workflowId + " did not become " + state + " (it is " + campaign.state(workflowId) + ")");
        if (workflowId.equals(mail)) {
            awaitWatched(state);
        } else {
            see(workflowId + " is " + state);
        }
    }

    /** Until the watching consumer has logged the mail workflow in this state (it logs, then records). */
    private void awaitWatched(String state) throws InterruptedException {
        await(() -> state.equals(demo.stateHistory().last()),
                "the watching consumer did not see " + mail + " " + state + " (it saw " + demo.stateHistory().states() + ")");
        see(mail + " is " + state);
    }

    private static void await(BooleanSupplier condition, String failure) throws InterruptedException {
        long deadline = System.nanoTime() + STEP_DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Demo step failed: " + failure);
            }
            Thread.sleep(50);
        }
    }

    private String call(String method, String path, String json, int expectedStatus) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + demo.httpPort() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic ZGVtbzpub3QtZm9yLWFkb2Jl"); // the caller's own: never forwarded
        if (method.equals("POST")) {
            request.header("Content-Type", "application/json")
                    .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.GET();
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        require(response.statusCode() == expectedStatus,
                method + " " + path + " answered " + response.statusCode() + ", expected " + expectedStatus + ": "
                                                         + response.body());
        return response.statusCode() + " " + response.body();
    }

    /** {@code UP; producer:adobe-workflow-...=UP, ...}: the overall status and this component's checks. */
    private static String healthSummary(String answer) throws IOException {
        JsonNode health = JSON.readTree(answer.substring(answer.indexOf(' ') + 1));
        StringBuilder summary = new StringBuilder(health.path("status").asText());
        String separator = "; ";
        for (Map.Entry<String, JsonNode> check : health.path("checks").properties()) {
            if (check.getKey().startsWith("producer:adobe-workflow")) {
                summary.append(separator).append(check.getKey()).append('=').append(check.getValue().path("state").asText());
                separator = ", ";
            }
        }
        return summary.toString();
    }

    private static void require(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException("Demo step failed: " + failure);
        }
    }
}
