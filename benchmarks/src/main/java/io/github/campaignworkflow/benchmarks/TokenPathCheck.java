package io.github.campaignworkflow.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Token path, first sends: for each trial a fresh CamelContext and a fresh adobe-workflow component with an OAuth
 * client credential; 64 sends are released at once by a latch before any token exists. IMS must be asked exactly once
 * per trial (single flight); otherwise the check exits with 1.
 * <p>
 * Arguments: {@code [trials, default 20] [concurrent sends, default 64]}. The loopback IMS answers after 50 ms so
 * that all sends surely arrive while the first fetch is in flight.
 */
public final class TokenPathCheck {

    private static final Duration IMS_DELAY = Duration.ofMillis(50);

    private TokenPathCheck() {
    }

    public static void main(String[] args) throws Exception {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int sends = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        boolean allSingle = true;
        ExecutorService senders = Executors.newFixedThreadPool(sends);
        try (ConstantAnswerAdobe server = ConstantAnswerAdobe.start(IMS_DELAY)) {
            for (int trial = 1; trial <= trials; trial++) {
                server.resetImsRequests();
                int answered = runTrial(server, senders, sends);
                int imsRequests = server.imsRequests();
                boolean ok = imsRequests == 1 && answered == sends;
                allSingle &= ok;
                System.out.printf("trial %2d: %d concurrent first sends, %d answered 200, IMS requests: %d%s%n",
                        trial, sends, answered, imsRequests, ok ? "" : "   <-- FAILED (expected 1 and all 200)");
            }
        } finally {
            senders.shutdownNow();
        }
        System.out.println(allSingle ? "OK: one IMS request per trial" : "FAILED: see the trials marked above");
        System.exit(allSingle ? 0 : 1);
    }

    /** Returns how many of the sends were answered 200. */
    private static int runTrial(ConstantAnswerAdobe server, ExecutorService senders, int sends) throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addComponent("adobe-workflow", BenchCamel.clientCredentialsComponent(server, sends));
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            CountDownLatch ready = new CountDownLatch(sends);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> outcomes = new ArrayList<>(sends);
            for (int i = 0; i < sends; i++) {
                outcomes.add(senders.submit(() -> {
                    ready.countDown();
                    go.await();
                    // the URI, not a resolved endpoint: endpoint creation is part of a first send
                    return isOk(() -> BenchCamel.requireOk(template.request(BenchCamel.START_URI, BenchCamel.NO_CHANGE)));
                }));
            }
            ready.await();
            go.countDown();
            int answered = 0;
            for (Future<Boolean> outcome : outcomes) {
                if (outcome.get(60, TimeUnit.SECONDS)) {
                    answered++;
                }
            }
            return answered;
        }
    }

    private static boolean isOk(Runnable send) {
        try {
            send.run();
            return true;
        } catch (RuntimeException e) {
            System.out.println("  a send failed: " + e.getMessage());
            return false;
        }
    }
}
