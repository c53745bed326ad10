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
 * README's Java snippets are the consumer projects' files, which {@code mvn verify} builds and runs: a snippet marked
 * {@code <!-- snippet: PATH -->} must be that file, to the character. (Surefire runs in the module's folder.)
 */
class ReadmeSnippetsTest {

    private static final Pattern SNIPPET = Pattern.compile("<!-- snippet: (\\S+) -->\\n```java\\n(.*?)\\n```\\n", Pattern.DOTALL);

    @Test
    void everySnippetIsTheFileItNames() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher snippet = SNIPPET.matcher(readme);
        int found = 0;
        while (snippet.find()) {
            found++;
            String file = Files.readString(Path.of(snippet.group(1)), StandardCharsets.UTF_8).stripTrailing();
            assertThat(snippet.group(2)).as(snippet.group(1)).isEqualTo(file);
        }
        assertThat(found).as("snippets in README.md").isEqualTo(3);
    }
}
