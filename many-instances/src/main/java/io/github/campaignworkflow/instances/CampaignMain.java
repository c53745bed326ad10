package io.github.campaignworkflow.instances;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.campaignworkflow.simulator.AdobeCampaignSimulator;

/**
 * Adobe Campaign (the simulator) as its own process: {@code CampaignMain <readyFile> <clientId>...}, the shared client
 * secret in {@value CampaignAccess#SECRET_VARIABLE}. Commands apply at once (no command delay, no throttling).
 * Ready file: {@code baseUrl}, {@code tokenUrl}, {@code organization}, {@code scope} and {@code admin}, whose
 * {@code POST /workflows {"prefix":"B1","count":200}} adds workflows {@code B1-0} to {@code B1-199},
 * {@code POST /reset} forgets everything received, and {@code GET /posts} counts what Campaign received.
 */
public final class CampaignMain {

    private CampaignMain() {
    }

    public static void main(String[] args) throws Exception {
        String secret = System.getenv(CampaignAccess.SECRET_VARIABLE);
        AdobeCampaignSimulator.Builder builder = AdobeCampaignSimulator.builder().organization("acme")
                .commandDelay(Duration.ZERO);
        for (int i = 1; i < args.length; i++) {
            builder.client(args[i], secret, "AdobeID,openid,campaign_sdk");
        }
        AdobeCampaignSimulator campaign = builder.build().start();
        AdminEndpoint admin = AdminEndpoint.start()
                .post("/workflows", body -> addWorkflows(campaign, (String) body.get("prefix"),
                        ((Number) body.get("count")).intValue()))
                .post("/reset", body -> campaign.reset())
                .get("/posts", () -> commandPosts(campaign));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            admin.close();
            campaign.close();
        }, "campaign-stop"));
        Map<String, String> options = campaign.componentOptions();
        ReadyFile.write(Path.of(args[0]), Map.of("baseUrl", options.get("baseUrl"), "tokenUrl",
                options.get("tokenUrl"), "organization", options.get("organization"), "scope", options.get("scope"),
                "admin", admin.url()));
        new CountDownLatch(1).await();
    }

    public static String workflowId(String prefix, int index) {
        return prefix + "-" + index;
    }

    static void addWorkflows(AdobeCampaignSimulator campaign, String prefix, int count) {
        for (int i = 0; i < count; i++) {
            campaign.addWorkflow(workflowId(prefix, i));
        }
    }

    /** Command POSTs Campaign received (accepted or refused), by workflow and by API key (= instance). */
    public static Map<String, Map<String, Integer>> commandPosts(AdobeCampaignSimulator campaign) {
        Map<String, Integer> byWorkflow = new TreeMap<>();
        Map<String, Integer> byApiKey = new TreeMap<>();
        for (LoggedRequest request : campaign.receivedRequests()) {
            String[] path = request.getUrl().split("/");
            if ("POST".equals(request.getMethod().getName()) && path.length >= 2
                && "commands".equals(path[path.length - 1])) {
                byWorkflow.merge(path[path.length - 2], 1, Integer::sum);
                byApiKey.merge(String.valueOf(request.getHeader("X-Api-Key")), 1, Integer::sum);
            }
        }
        return Map.of("byWorkflow", byWorkflow, "byApiKey", byApiKey);
    }
}
