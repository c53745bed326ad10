package io.github.campaignworkflow.simulator;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The READMEs' Java snippets are the consumer projects' files, which {@code mvn verify} builds and runs: a snippet
 * marked {@code <!-- snippet: PATH -->} must be that file, to the character. Surefire runs in the module's folder. The
 * repository's README has one copy of nothing: it links this module's README.
 */
class ReadmeSnippetsTest {

    private static final Pattern SNIPPET = Pattern.compile("<!-- snippet: (\\S+) -->\\n```java\\n(.*?)\\n```\\n", Pattern.DOTALL);

    @Test
    void everySnippetOfThisModulesReadmeIsTheFileItNames() throws IOException {
        assertThat(checkSnippets(Path.of("README.md"), Path.of("."), "")).as("snippets in README.md").isEqualTo(3);
    }

    @Test
    void theRepositoryReadmePointsAtThisModulesReadmeInsteadOfRepeatingIt() throws IOException {
        Path readme = Path.of("..", "README.md");
        assertThat(readme).exists();
        assertThat(checkSnippets(readme, Path.of(".."), "")).as("snippets copied into the repository's README").isZero();
        assertThat(Files.readString(readme, StandardCharsets.UTF_8)).contains("(adobe-campaign-simulator/README.md)");
    }

    /** Checks the snippets whose path starts with {@code prefix}; returns how many there were. */
    private static int checkSnippets(Path readme, Path root, String prefix) throws IOException {
        Matcher snippet = SNIPPET.matcher(Files.readString(readme, StandardCharsets.UTF_8));
        int found = 0;
        while (snippet.find()) {
            if (!snippet.group(1).startsWith(prefix)) {
                continue;
            }
            found++;
            String file = Files.readString(root.resolve(snippet.group(1)), StandardCharsets.UTF_8).stripTrailing();
            assertThat(snippet.group(2)).as(readme + ": " + snippet.group(1)).isEqualTo(file);
        }
        return found;
    }
}
