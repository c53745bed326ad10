package io.github.campaignworkflow.instances;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The broker as its own process: {@code BrokerMain <readyFile> <dataDirectory>}. Ready file: {@code url} (the
 * broker), {@code admin} (GET {@code /queues}: messages per queue). Runs until SIGTERM, which stops it cleanly.
 */
public final class BrokerMain {

    private BrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        Broker broker = Broker.start(Path.of(args[1]));
        AdminEndpoint admin = AdminEndpoint.start().get("/queues", broker::messageCounts);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            admin.close();
            try {
                broker.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }, "broker-stop"));
        ReadyFile.write(Path.of(args[0]), Map.of("url", broker.url(), "admin", admin.url()));
        new CountDownLatch(1).await();
    }
}
