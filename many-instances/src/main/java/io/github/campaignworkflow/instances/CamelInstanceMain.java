package io.github.campaignworkflow.instances;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A {@link CamelInstance} as its own process, the one the crash runs kill:
 * {@code CamelInstanceMain <readyFile> <brokerUrl> <queue> <delivery> <consumers> <h2File> <organization> <baseUrl>
 * <tokenUrl> <clientId> <scope>}, the client secret in {@value CampaignAccess#SECRET_VARIABLE}. Ready once its route
 * consumes; SIGTERM stops it cleanly, SIGKILL is the crash.
 */
public final class CamelInstanceMain {

    private CamelInstanceMain() {
    }

    public static void main(String[] args) throws Exception {
        CampaignAccess campaign = new CampaignAccess(args[6], args[7], args[8], args[9],
                System.getenv(CampaignAccess.SECRET_VARIABLE), args[10]);
        CamelInstance instance = CamelInstance.start("camel-" + ProcessHandle.current().pid(), args[1], args[2],
                Delivery.valueOf(args[3]), Integer.parseInt(args[4]), args[5], campaign);
        Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "camel-stop"));
        ReadyFile.write(Path.of(args[0]), Map.of("pid", Long.toString(ProcessHandle.current().pid())));
        new CountDownLatch(1).await();
    }
}
