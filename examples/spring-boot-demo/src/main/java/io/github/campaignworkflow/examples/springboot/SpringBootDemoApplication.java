package io.github.campaignworkflow.examples.springboot;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The demo on Spring Boot: the adobe-workflow component is configured by {@code application.properties} alone (through
 * camel-adobe-campaign-workflow-starter), the routes are in {@link WorkflowRoutes}. Without a credential in the
 * environment it starts the embedded Adobe Campaign simulator ({@link EmbeddedCampaign}), runs the scripted
 * {@link DemoScenario} and exits 0; {@code --keep-running} leaves it up until Ctrl-C.
 */
@SpringBootApplication
public class SpringBootDemoApplication {

    static final String KEEP_RUNNING = "--keep-running";

    public static void main(String[] args) throws InterruptedException {
        System.exit(run(args));
    }

    /**
     * Runs the demo and closes it: the exit code. With {@code --keep-running}, or against a real tenant, it returns
     * only once the context has been closed (Ctrl-C).
     */
    static int run(String... args) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SpringBootDemoApplication.class)
                .listeners(new EmbeddedCampaign())
                .listeners(event -> {
                    if (event instanceof ContextClosedEvent) {
                        closed.countDown();
                    }
                })
                .run(args);
        if (Arrays.asList(args).contains(KEEP_RUNNING) || !EmbeddedCampaign.isRunningIn(context)) {
            // Ctrl-C closes the context through Spring Boot's shutdown hook
            closed.await();
            return 0;
        }
        return SpringApplication.exit(context);
    }
}
