package io.github.campaignworkflow.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import io.github.campaignworkflow.camel.AdobeWorkflowComponent;
import io.github.campaignworkflow.simulator.AdobeCampaignSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * The demo application: Camel Main with the example routes (file drop, JMS queue, nightly timer, REST API, YAML file
 * drop, state watcher), an embedded ActiveMQ Artemis broker, and the embedded Adobe Campaign simulator unless a real
 * credential is given. Its {@link #main} runs the scripted {@link DemoScenario} against the simulator and exits;
 * {@code --keep-running} leaves it up for hand-made file drops and curl calls.
 */
public final class WorkflowDemo implements AutoCloseable {

    private final CampaignTarget campaign;
    private final Main main = new Main();
    private final StateHistory stateHistory = new StateHistory();
    private EmbeddedBroker broker;
    private VertxPlatformHttpServer httpServer;

    private WorkflowDemo(CampaignTarget campaign) {
        this.campaign = campaign;
    }

    public static void main(String[] args) throws Exception {
        boolean keepRunning = Arrays.asList(args).contains("--keep-running");
        WorkflowDemo demo = start(Map.of());
        try {
            demo.printWelcome(System.out);
            if (demo.isSimulated()) {
                new DemoScenario(demo, System.out).run();
            } else {
                System.out.println("A real tenant: the scripted scenario is skipped, the routes are up (Ctrl-C stops).");
            }
            if (keepRunning || !demo.isSimulated()) {
                demo.awaitShutdown();
            }
        } finally {
            demo.close();
        }
    }

    /**
     * Starts the application.
     *
     * @param properties overrides of {@code application.properties}, e.g. {@code demo.http.port=0} in tests
     */
    public static WorkflowDemo start(Map<String, String> properties) throws Exception {
        CampaignTarget campaign = CampaignTarget.choose(properties);
        WorkflowDemo demo = new WorkflowDemo(campaign);
        try {
            demo.startCamel(properties);
        } catch (Exception | Error e) {
            demo.close();
            throw e;
        }
        return demo;
    }

    private void startCamel(Map<String, String> properties) throws Exception {
        Map<String, String> overrides = new LinkedHashMap<>(campaign.overrides());
        overrides.putAll(properties);
        overrides.forEach(main::addOverrideProperty);
        main.bind(StateHistory.NAME, stateHistory);
        if (campaign.isSimulated()) {
            // the second tenant's component: the same class, its own options (camel.component.adobe-workflow-v8.*)
            main.bind(ClassicInstanceRoute.COMPONENT, new AdobeWorkflowComponent());
            main.configure().addRoutesBuilder(new ClassicInstanceRoute());
        }
        main.configure().addRoutesBuilder(new FileDropRoute());
        main.configure().addRoutesBuilder(new JmsCommandRoute());
        main.configure().addRoutesBuilder(new NightlyWorkflowRoute());
        main.configure().addRoutesBuilder(new WorkflowRestApi());
        main.configure().addRoutesBuilder(new StateWatchRoute());
        main.configure().addRoutesBuilder(new HealthEndpoint());
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport configured) {
                startInfrastructure(configured.getCamelContext());
            }
        });
        main.start();
    }

    /** The JMS broker and the HTTP server, in place before the routes start. */
    private void startInfrastructure(CamelContext camel) {
        try {
            broker = EmbeddedBroker.start(property(camel, "demo.jms.broker-url"));
            camel.getComponent("jms", JmsComponent.class).setConnectionFactory(broker.connectionFactory());
            int port = Integer.parseInt(property(camel, "demo.http.port"));
            requireFree(port);
            VertxPlatformHttpServerConfiguration http = new VertxPlatformHttpServerConfiguration();
            http.setBindPort(port);
            httpServer = new VertxPlatformHttpServer(http);
            camel.addService(httpServer);
        } catch (PortTakenException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the demo's broker or HTTP server: " + e.getMessage(), e);
        }
    }

    /**
     * Vert.x reports a port it cannot bind only as a WARN and serves nothing, so the demo would talk to whatever holds
     * the port: it is refused here, before any route starts. Probed on the wildcard address, where Vert.x binds.
     */
    private static void requireFree(int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new PortTakenException(port);
        }
    }

    /** The demo's HTTP port is held by another program. */
    static final class PortTakenException extends IllegalStateException {

        PortTakenException(int port) {
            super("Port " + port + " is already in use by another program, so the demo cannot serve its REST API there."
                  + " Start it on a free port with -Ddemo.http.port=9090 (0 picks any free port)");
        }
    }

    private static String property(CamelContext camel, String key) {
        return camel.getPropertiesComponent().resolveProperty(key).orElse("");
    }

    void printWelcome(PrintStream out) {
        out.println();
        out.println("Adobe Campaign workflow demo");
        out.println("  Adobe Campaign : " + campaign.description());
        if (campaign.v8Description() != null) {
            out.println("  Campaign v8    : " + campaign.v8Description() + ", file drops in "
                        + workDir().resolve("inbox-v8"));
        }
        out.println("  JMS            : " + broker.description() + ", queue campaign.commands");
        out.println("  REST           : http://localhost:" + httpPort() + "/workflows/{id}/{command}");
        out.println("  file drops     : " + workDir().resolve("inbox") + " and " + workDir().resolve("inbox-yaml"));
        out.println();
    }

    void awaitShutdown() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            close();
            stopped.countDown();
        }, "demo-shutdown"));
        stopped.await();
    }

    public boolean isSimulated() {
        return campaign.isSimulated();
    }

    public AdobeCampaignSimulator simulator() {
        return campaign.simulator();
    }

    /** The simulated Campaign v8 instance (the SOAP tenant), {@code null} for a real tenant. */
    public AdobeCampaignSimulator v8() {
        return campaign.v8();
    }

    public CamelContext camel() {
        return main.getCamelContext();
    }

    public StateHistory stateHistory() {
        return stateHistory;
    }

    public int httpPort() {
        return httpServer.getPort();
    }

    public Path workDir() {
        return Path.of(property(camel(), "demo.work-dir")).toAbsolutePath();
    }

    /** The value of a property of the running application. */
    public String property(String key) {
        return property(camel(), key);
    }

    @Override
    public synchronized void close() {
        try {
            if (main.isStarted()) {
                main.stop();
            }
        } finally {
            try {
                if (broker != null) {
                    broker.close();
                    broker = null;
                }
            } catch (Exception e) {
                System.err.println("Could not stop the JMS broker cleanly: " + e.getMessage());
            } finally {
                campaign.close();
            }
        }
    }
}
