package io.github.campaignworkflow.camel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's option and header tables name only what the generated component JSON has: the JSON (from the
 * {@code @UriParam} and {@code @Metadata} descriptions) is the source of truth, README must not drift from it.
 */
class ReadmeMatchesMetadataTest {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /** The back-ticked names in the first cell of each row of the table under {@code heading}. */
    private static List<String> firstColumn(String readme, String heading) {
        int start = readme.indexOf(heading);
        assertThat(start).as(heading).isNotNegative();
        int end = readme.indexOf("\n#", start + heading.length());
        List<String> names = new ArrayList<>();
        for (String line : readme.substring(start, end).split("\n")) {
            if (line.startsWith("| `")) {
                Matcher code = CODE.matcher(line.substring(0, line.indexOf(" |", 2)));
                while (code.find()) {
                    names.add(code.group(1));
                }
            }
        }
        return names;
    }

    @Test
    void everyOptionAndHeaderReadmeNamesIsInTheComponentJson() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        JsonNode json = new ObjectMapper().readTree(getClass().getResourceAsStream(
                "/META-INF/io/github/campaignworkflow/camel/adobe-workflow.json"));

        List<String> options = firstColumn(readme, "### Options");
        assertThat(options).as("README's options").hasSizeGreaterThan(20)
                .allSatisfy(option -> assertThat(json.get("properties").has(option)).as(option).isTrue());
        List<String> headers = firstColumn(readme, "### Message headers");
        assertThat(headers).as("README's headers").hasSize(json.get("headers").size())
                .allSatisfy(header -> assertThat(json.get("headers").has(header)).as(header).isTrue());
    }
}
