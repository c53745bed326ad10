package io.github.campaignworkflow.camel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.campaignworkflow.camel.AdocReferenceTables.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The adoc's option and header tables are those of the generated component JSON. When an option or a header changes,
 * the test names the one command that writes them again: {@link AdocReferenceTables#UPDATE_COMMAND}.
 */
class AdocReferenceTablesTest {

    private static final Path ADOC = Path.of("src", "main", "docs", "adobe-workflow-component.adoc");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json;

    @BeforeAll
    static void readJson() throws Exception {
        json = MAPPER.readTree(AdocReferenceTablesTest.class.getResourceAsStream(
                "/META-INF/io/github/campaignworkflow/camel/adobe-workflow.json"));
    }

    private static List<Region> stale(String adoc, JsonNode component) {
        Map<Region, String> written = AdocReferenceTables.read(adoc);
        Map<Region, String> generated = AdocReferenceTables.generate(component);
        return Stream.of(Region.values()).filter(region -> !written.get(region).equals(generated.get(region))).toList();
    }

    @Test
    void theAdocsTablesAreThoseOfTheComponentJson() throws Exception {
        String adoc = Files.readString(ADOC);
        if (Boolean.getBoolean("adoc.update")) {
            Files.writeString(ADOC, AdocReferenceTables.splice(adoc, AdocReferenceTables.generate(json)));
            adoc = Files.readString(ADOC);
        }

        assertThat(stale(adoc, json))
                .as("The option and header tables of %s differ from the component JSON. Write them again, from the"
                    + " repository root, with:%n    %s%n", ADOC, AdocReferenceTables.UPDATE_COMMAND)
                .isEmpty();
    }

    @Test
    void everyOptionAndHeaderOfTheJsonHasOneRow() {
        Map<Region, String> tables = AdocReferenceTables.generate(json);

        assertThat(rows(tables.get(Region.COMPONENT_OPTIONS))).hasSize(json.get("componentProperties").size())
                .contains("| *organization* (common) | " + cell("/componentProperties/organization/description") + " |  | String");
        assertThat(rows(tables.get(Region.ENDPOINT_OPTIONS))).hasSize(json.get("properties").size())
                .contains("| *maxRetries* (retry) | " + cell("/properties/maxRetries/description") + " | 3 | int");
        assertThat(rows(tables.get(Region.HEADERS))).hasSize(json.get("headers").size())
                .anySatisfy(row -> assertThat(row).startsWith("| *CamelAdobeWorkflowState* (common) +"));
        assertThat(tables.get(Region.ENDPOINT_OPTIONS)).contains("==== Path Parameters (1 parameter)",
                "| *workflowId* (common) | ");
    }

    private static String cell(String pointer) {
        return AdocReferenceTables.literal(json.at(pointer).asText());
    }

    private static List<String> rows(String table) {
        return table.lines().filter(line -> line.startsWith("| *")).toList();
    }

    @Test
    void aRowShowsFlagsEnumValuesDefaultTypeAndTheHeadersConstant() {
        ObjectNode component = MAPPER.createObjectNode();
        component.putObject("component").put("title", "Demo").put("syntax", "demo:id");
        ObjectNode command = component.putObject("componentProperties").putObject("command");
        command.put("kind", "property").put("group", "producer").put("required", true).put("javaType", "java.lang.String")
                .put("defaultValue", "start").put("description", "What to send.");
        command.putArray("enum").add("start").add("stop");
        component.putObject("properties").putObject("repository").put("kind", "parameter").put("group", "consumer")
                .put("javaType", "org.apache.camel.spi.StateRepository<java.lang.String, java.lang.String>")
                .put("description", "Where states are kept (e.g. #myRepository).");
        component.putObject("headers").putObject("CamelDemoId").put("kind", "header").put("group", "common")
                .put("javaType", "String").put("description", "The ID.")
                .put("constantName", "org.example.DemoConstants#ID");

        Map<Region, String> tables = AdocReferenceTables.generate(component);

        assertThat(rows(tables.get(Region.COMPONENT_OPTIONS)))
                .containsExactly("| *command* (producer) | *Required* What to send. Enum values: start, stop. | start | String");
        assertThat(rows(tables.get(Region.ENDPOINT_OPTIONS)))
                .containsExactly("| *repository* (consumer) | ++Where states are kept (e.g. #myRepository).++ |  | StateRepository");
        assertThat(tables.get(Region.HEADERS)).contains("| *CamelDemoId* (common) +\nConstant: `DemoConstants.ID` | The ID. |  | String\n")
                .startsWith("== Message Headers\n\nThe Demo component supports 1 message header, which is listed below.");
        assertThat(tables.get(Region.ENDPOINT_OPTIONS)).contains("URI syntax `demo:id`", "(0 parameters)", "(1 parameter)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            plain words, numbers 20 and URLs (https://mc.adobe.io); plain words, numbers 20 and URLs (https://mc.adobe.io)
            one xtk:session#Logon per operator;                     ++one xtk:session#Logon per operator++
            a *bold* or _italic_ word;                              ++a *bold* or _italic_ word++
            an {attribute} reference;                               ++an {attribute} reference++
            a | cell separator;                                     ++a \\| cell separator++
            10 -- 20 and 1 -> 2 and so on...;                       ++10 -- 20 and 1 -> 2 and so on...++
            """)
    void aCellShowsTheTextAsWrittenWhateverAsciidoctorWouldFormat(String text, String cell) {
        assertThat(AdocReferenceTables.literal(text)).isEqualTo(cell);
    }

    @Test
    void textThatCannotBePassedThroughIsRefused() {
        assertThatThrownBy(() -> AdocReferenceTables.literal("C++ and a + b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'++'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            java.lang.String;                                                         String
            long;                                                                     long
            org.apache.camel.spi.StateRepository<java.lang.String, java.lang.String>; StateRepository
            io.github.campaignworkflow.camel.auth.AccessTokenProvider;                AccessTokenProvider
            """)
    void theTypeColumnShowsTheSimpleJavaType(String javaType, String shown) {
        assertThat(AdocReferenceTables.simpleName(javaType)).isEqualTo(shown);
    }

    @Test
    void aChangedOptionOrHeaderMakesItsTablesStale() throws Exception {
        String adoc = AdocReferenceTables.splice(Files.readString(ADOC), AdocReferenceTables.generate(json));
        ObjectNode changedOption = json.deepCopy();
        ((ObjectNode) changedOption.at("/properties/maxRetries")).put("defaultValue", 5);
        ObjectNode changedHeader = json.deepCopy();
        ((ObjectNode) changedHeader.at("/headers/CamelAdobeWorkflowState")).put("description", "Another text.");
        ObjectNode newComponentOption = json.deepCopy();
        ((ObjectNode) newComponentOption.get("componentProperties")).putObject("colour").put("kind", "property")
                .put("group", "common").put("javaType", "java.lang.String").put("description", "A new option.");

        assertThat(stale(adoc, json)).isEmpty();
        assertThat(stale(adoc, changedOption)).containsExactly(Region.ENDPOINT_OPTIONS);
        assertThat(stale(adoc, changedHeader)).containsExactly(Region.HEADERS);
        assertThat(stale(adoc, newComponentOption)).containsExactly(Region.COMPONENT_OPTIONS);
    }

    @Test
    void writingTheTablesKeepsTheHandWrittenTextAndIsStable() throws Exception {
        String adoc = Files.readString(ADOC);
        String written = AdocReferenceTables.splice(adoc, AdocReferenceTables.generate(json));

        assertThat(AdocReferenceTables.handWritten(written)).isEqualTo(AdocReferenceTables.handWritten(adoc));
        assertThat(AdocReferenceTables.splice(written, AdocReferenceTables.generate(json))).isEqualTo(written);
        assertThat(AdocReferenceTables.handWritten(adoc)).doesNotContain("| Name | Description | Default | Type").contains(
                "// component options: START\n// component options: END\n",
                "// component headers: START\n// component headers: END\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            no markers;              text without markers\\n
            END before START;        // component options: END\\n// component options: START\\n
            START twice;             // component options: START\\n// component options: START\\n// component options: END\\n
            """)
    void anAdocWithoutItsMarkersOnceInOrderIsRefused(String row, String text) {
        assertThatThrownBy(() -> AdocReferenceTables.read(text.replace("\\n", "\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The adoc must hold the line '// component options: START' once, followed by"
                            + " '// component options: END' once");
    }
}
