package io.github.campaignworkflow.camel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The option and header tables of the component's adoc, written from the generated component JSON between the markers
 * Camel's own docs use ({@code // component options: START} ... {@code END}). Camel's {@code update-readme} goal writes
 * {@code include::partial$...} lines there, which only Apache's website build resolves; these tables render on GitHub
 * and in an IDE as they are. Columns as in Camel's reference: name (group), description, default, type.
 */
final class AdocReferenceTables {

    /** Run from the repository root: regenerates the JSON (process-classes) and then these tables. */
    static final String UPDATE_COMMAND =
            "mvn -B -q -pl camel-adobe-campaign-workflow test -Dtest=AdocReferenceTablesTest -Dadoc.update=true";

    /** The regions of the adoc this class writes, each between its START and END marker. */
    enum Region {
        COMPONENT_OPTIONS("component options"),
        ENDPOINT_OPTIONS("endpoint options"),
        HEADERS("component headers");

        private final String marker;

        Region(String marker) {
            this.marker = marker;
        }

        String start() {
            return "// " + marker + ": START";
        }

        String end() {
            return "// " + marker + ": END";
        }
    }

    private static final String TABLE_START = "[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n"
                                              + "| Name | Description | Default | Type\n";
    private static final String TABLE_END = "|===\n";

    /** Text Asciidoctor would format (bold, italics, attributes, replacements such as -- or ->): passed through as is. */
    private static final Pattern FORMATTING = Pattern.compile("[*_`#^~{}\\[\\]<>+\\\\|]|--|\\.\\.\\.|->|=>|<-|\\((?:C|R|TM)\\)");

    private AdocReferenceTables() {
    }

    /** The content of each region, from the component JSON. */
    static Map<Region, String> generate(JsonNode json) {
        String title = json.path("component").path("title").asText();
        Map<Region, String> regions = new EnumMap<>(Region.class);

        List<JsonNode> componentOptions = values(json.path("componentProperties"));
        regions.put(Region.COMPONENT_OPTIONS, "=== Component Options\n\n"
                + "The " + title + " component supports " + count(componentOptions.size(), "option")
                + listedBelow(componentOptions.size()) + table(json.path("componentProperties"), false));

        List<JsonNode> path = new ArrayList<>();
        List<JsonNode> query = new ArrayList<>();
        values(json.path("properties")).forEach(p -> ("path".equals(p.path("kind").asText()) ? path : query).add(p));
        regions.put(Region.ENDPOINT_OPTIONS, "=== Endpoint Options\n\n"
                + "The " + title + " endpoint is configured using URI syntax `" + json.path("component").path("syntax").asText()
                + "`, with the following path and query parameters.\n\n"
                + "==== Path Parameters (" + count(path.size(), "parameter") + ")\n\n"
                + table(json.path("properties"), "path", false)
                + "\n==== Query Parameters (" + count(query.size(), "parameter") + ")\n\n"
                + table(json.path("properties"), "parameter", false));

        regions.put(Region.HEADERS, "== Message Headers\n\n"
                + "The " + title + " component supports " + count(json.path("headers").size(), "message header")
                + listedBelow(json.path("headers").size()) + table(json.path("headers"), true));
        return regions;
    }

    /** The adoc with each region's content replaced; fails when a marker is missing, repeated or out of order. */
    static String splice(String adoc, Map<Region, String> regions) {
        String text = adoc;
        for (Map.Entry<Region, String> region : regions.entrySet()) {
            int[] bounds = bounds(text, region.getKey());
            text = text.substring(0, bounds[0]) + "\n" + region.getValue() + text.substring(bounds[1]);
        }
        return text;
    }

    /** The adoc's current content of each region (between the line after START and the line of END). */
    static Map<Region, String> read(String adoc) {
        Map<Region, String> regions = new EnumMap<>(Region.class);
        for (Region region : Region.values()) {
            int[] bounds = bounds(adoc, region);
            regions.put(region, adoc.substring(bounds[0] + 1, bounds[1]));
        }
        return regions;
    }

    /** The adoc without the generated regions' content: the hand-written text, markers kept. */
    static String handWritten(String adoc) {
        Map<Region, String> empty = new EnumMap<>(Region.class);
        for (Region region : Region.values()) {
            empty.put(region, "");
        }
        return splice(adoc, empty);
    }

    /** [end of the START line, start of the END line]. */
    private static int[] bounds(String adoc, Region region) {
        int start = adoc.indexOf(region.start() + "\n");
        int end = adoc.indexOf(region.end() + "\n");
        if (start < 0 || end < start || adoc.indexOf(region.start() + "\n", start + 1) >= 0
            || adoc.indexOf(region.end() + "\n", end + 1) >= 0) {
            throw new IllegalArgumentException("The adoc must hold the line '" + region.start() + "' once, followed by '"
                                               + region.end() + "' once");
        }
        return new int[] { start + region.start().length(), end };
    }

    private static String table(JsonNode options, boolean headers) {
        return table(options, null, headers);
    }

    private static String table(JsonNode options, String kind, boolean headers) {
        StringBuilder table = new StringBuilder(TABLE_START);
        for (JsonNode option : values(options)) {
            if (kind == null || kind.equals(option.path("kind").asText())) {
                table.append(row(option, headers));
            }
        }
        return table.append(TABLE_END).toString();
    }

    private static String row(JsonNode option, boolean header) {
        String name = "*" + option.path("name").asText() + "* (" + option.path("group").asText() + ")";
        if (header && option.hasNonNull("constantName")) {
            String constant = option.path("constantName").asText();
            name += " +\nConstant: `" + simpleName(constant.substring(0, constant.indexOf('#'))) + "."
                    + constant.substring(constant.indexOf('#') + 1) + "`";
        }
        StringBuilder description = new StringBuilder();
        for (String flag : List.of("required", "deprecated", "autowired")) {
            if (option.path(flag).asBoolean()) {
                description.append('*').append(Character.toUpperCase(flag.charAt(0))).append(flag.substring(1)).append("* ");
            }
        }
        String text = option.path("description").asText();
        if (option.has("enum")) {
            List<String> values = new ArrayList<>();
            option.path("enum").forEach(value -> values.add(value.asText()));
            text += " Enum values: " + String.join(", ", values) + ".";
        }
        description.append(literal(text));
        String defaultValue = option.hasNonNull("defaultValue") ? literal(option.path("defaultValue").asText()) : "";
        return "| " + name + " | " + description.toString().strip() + " | " + defaultValue + " | "
               + simpleName(option.path("javaType").asText()) + "\n";
    }

    /** Text as the reader should see it: plain, or in a passthrough when Asciidoctor would format it. */
    static String literal(String text) {
        if (text.isEmpty() || !FORMATTING.matcher(text).find()) {
            return text;
        }
        if (text.contains("++")) {
            throw new IllegalArgumentException("Cannot write '" + text + "' in a table cell: it holds '++'");
        }
        return "++" + text.replace("|", "\\|") + "++";
    }

    /** {@code java.util.Map<java.lang.String, java.lang.Object>} as {@code Map}. */
    static String simpleName(String javaType) {
        int generics = javaType.indexOf('<');
        String raw = generics < 0 ? javaType : javaType.substring(0, generics);
        return raw.substring(raw.lastIndexOf('.') + 1);
    }

    private static String listedBelow(int n) {
        return (n == 1 ? ", which is" : ", which are") + " listed below.\n\n";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The options of a JSON object ("name" added to each), in the JSON's order. */
    private static List<JsonNode> values(JsonNode object) {
        List<JsonNode> values = new ArrayList<>();
        object.properties().forEach(entry -> values.add(((ObjectNode) entry.getValue().deepCopy()).put("name", entry.getKey())));
        return values;
    }
}
