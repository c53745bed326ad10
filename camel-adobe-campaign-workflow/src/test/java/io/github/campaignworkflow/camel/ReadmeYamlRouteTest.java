package io.github.campaignworkflow.camel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * README's YAML route, as printed, is safe to copy: when Campaign refuses the command, the file goes to .failed and
 * the start is posted once, not again on every poll of the folder.
 */
class ReadmeYamlRouteTest extends WorkflowTestSupport {

    @TempDir
    Path work;

    private static String readmeYaml() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int intro = readme.indexOf("YAML DSL: a file dropped");
        int start = readme.indexOf("```yaml\n", intro) + "```yaml\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    @Test
    void aRefusedCommandIsPostedOnceAndTheFileMovedAside() throws Exception {
        wireMock.stubFor(post(urlPathEqualTo(COMMANDS_PATH)).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":409,\"message\":\"XTK-170006 the workflow is already running\"}")));
        Path inbox = work.resolve("inbox");
        String yaml = readmeYaml();
        assertThat(yaml).contains("uri: file:inbox").contains("moveFailed");

        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("readme.yaml",
                yaml.replace("file:inbox", "file:" + inbox)
                        .replace("moveFailed: .failed", "moveFailed: .failed\n        initialDelay: 0\n        delay: 50")));
        Files.createDirectories(inbox);
        Files.writeString(inbox.resolve("WKF12"), "");

        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(inbox.resolve(".failed/WKF12")));
        // the folder is polled every 50 ms: a file left in place would have been posted again many times
        await().during(Duration.ofMillis(1000)).atMost(Duration.ofSeconds(3)).until(() -> requests().size() == 1);
        assertCommandRequest(requests().get(0), COMMANDS_PATH, "start");
    }
}
