package io.github.campaignworkflow.camel.springboot;

import java.beans.PropertyDescriptor;
import java.io.InputStream;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.campaignworkflow.camel.AdobeWorkflowComponent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.convert.DurationStyle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter must follow the component: every option in the component's JSON (read from the component jar on the
 * classpath) has a property here of the matching type and default, and the generated Spring Boot metadata lists it
 * with the component's description, word for word, and that default. A new component option without a property, or a
 * description changed on one side only, fails this test with the javadoc or field to write in
 * {@link AdobeWorkflowComponentConfiguration}. The auto-configuration's own switches ({@code enabled},
 * {@code customizer.enabled}) are not options and are exempt.
 * <p>
 * Durations: the component's default is a number of milliseconds ({@code "30000"}), Boot's metadata shows the
 * {@code Duration} field's default in Boot's form ({@code "30s"}); they are equal when Boot's own parser reads the
 * latter as that many milliseconds.
 */
class OptionsInSyncTest {

    private static final String COMPONENT_JSON = "META-INF/io/github/campaignworkflow/camel/adobe-workflow.json";
    private static final String PREFIX = "camel.component.adobe-workflow.";
    /** Properties of the auto-configuration itself, not options of the component. */
    private static final Set<String> OWN_PROPERTIES = Set.of("class", "enabled", "customizer");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, JsonNode> componentOptions;
    private static Map<String, JsonNode> metadata;
    private static BeanWrapper starterDefaults;

    @BeforeAll
    static void read() throws Exception {
        URL componentJson = AdobeWorkflowComponent.class.getClassLoader().getResource(COMPONENT_JSON);
        assertThat(componentJson).as(COMPONENT_JSON + " on the classpath").isNotNull();
        componentOptions = new LinkedHashMap<>();
        try (InputStream in = componentJson.openStream()) {
            JSON.readTree(in).get("componentProperties").properties()
                    .forEach(option -> componentOptions.put(option.getKey(), option.getValue()));
        }

        metadata = new LinkedHashMap<>();
        try (InputStream in = starterMetadata().openStream()) {
            for (JsonNode property : JSON.readTree(in).get("properties")) {
                metadata.put(property.get("name").asText(), property);
            }
        }
        starterDefaults = PropertyAccessorFactory.forBeanPropertyAccess(new AdobeWorkflowComponentConfiguration());
    }

    @Test
    void everyComponentOptionHasAProperty() {
        assertThat(componentOptions).as("options in " + COMPONENT_JSON).hasSizeGreaterThan(30);
        Set<String> properties = starterProperties();
        String missing = componentOptions.keySet().stream().filter(option -> !properties.contains(option))
                .map(option -> fieldToWrite(option, componentOptions.get(option)))
                .collect(Collectors.joining("\n"));
        assertThat(missing).as("component options without a property: add to "
                               + AdobeWorkflowComponentConfiguration.class.getSimpleName()
                               + ", with a getter and a setter").isEmpty();
    }

    @Test
    void descriptionsAreTheComponentsWordForWord() {
        List<String> differences = new ArrayList<>();
        componentOptions.forEach((option, json) -> {
            JsonNode described = metadata.get(PREFIX + DataObjectPropertyName.toDashedForm(option));
            if (described == null) {
                return; // reported by everyComponentOptionHasAProperty
            }
            String expected = json.path("description").asText();
            String actual = described.path("description").asText(null);
            if (!expected.equals(actual)) {
                differences.add(option + " (" + described.get("name").asText() + "): " + difference(expected, actual)
                                + "\n  component: " + expected + "\n  starter:   " + actual
                                + "\n  javadoc to write on the field " + option + ":\n" + javadoc(expected));
            }
        });
        assertThat(differences).as("descriptions in the starter's metadata that are not the component's")
                .isEmpty();
    }

    @Test
    void everyPropertyIsAComponentOption() {
        assertThat(componentOptions.keySet()).as("options in " + COMPONENT_JSON).containsAll(starterProperties());
    }

    @Test
    void typesFollowTheComponent() {
        componentOptions.forEach((option, json) -> {
            if (!starterDefaults.isReadableProperty(option)) {
                return; // reported by everyComponentOptionHasAProperty
            }
            assertThat(starterDefaults.getPropertyType(option)).as("type of " + option)
                    .isEqualTo(expectedType(json));
        });
    }

    @Test
    void defaultsFollowTheComponent() {
        componentOptions.forEach((option, json) -> {
            if (!starterDefaults.isReadableProperty(option)) {
                return;
            }
            Object expected = componentDefault(json);
            assertThat(plain(starterDefaults.getPropertyValue(option))).as("default of " + option).isEqualTo(expected);

            JsonNode described = metadata.get(PREFIX + DataObjectPropertyName.toDashedForm(option));
            assertThat(described).as("metadata of " + option).isNotNull();
            JsonNode metadataDefault = described.get("defaultValue");
            Object documented = metadataDefault == null ? null
                    : "duration".equals(json.get("type").asText())
                            ? DurationStyle.detectAndParse(metadataDefault.asText()).toMillis()
                    : metadataDefault.isNumber() ? metadataDefault.asLong()
                    : metadataDefault.isBoolean() ? metadataDefault.asBoolean() : metadataDefault.asText();
            assertThat(documented).as("documented default of " + option).isEqualTo(expected);
        });
    }

    @Test
    void metadataHasTheSwitchesAndValueHints() throws Exception {
        assertThat(metadata).containsKeys(PREFIX + "enabled", PREFIX + "customizer.enabled");
        try (InputStream in = starterMetadata().openStream()) {
            Map<String, Set<String>> hints = new LinkedHashMap<>();
            for (JsonNode hint : JSON.readTree(in).get("hints")) {
                Set<String> values = new TreeSet<>();
                hint.path("values").forEach(value -> values.add(value.get("value").asText()));
                hints.put(hint.get("name").asText(), values);
            }
            assertThat(hints.get(PREFIX + "command")).isEqualTo(enumValues("command"));
            assertThat(hints.get(PREFIX + "proxy-protocol")).isEqualTo(enumValues("proxyProtocol"));
        }
    }

    /**
     * This module's own metadata, not that of another jar on the classpath: in target/classes here, in the starter's
     * jar where examples/spring-boot-3.5 runs these tests.
     */
    private static URL starterMetadata() throws Exception {
        URL classes = AdobeWorkflowComponentConfiguration.class.getProtectionDomain().getCodeSource().getLocation();
        return classes.getPath().endsWith(".jar")
                ? new URL("jar:" + classes + "!/META-INF/spring-configuration-metadata.json")
                : new URL(classes, "META-INF/spring-configuration-metadata.json");
    }

    /** Where two descriptions part: the first differing character, with a little context on each side. */
    private static String difference(String expected, String actual) {
        if (actual == null) {
            return "the starter's metadata has no description";
        }
        int at = 0;
        while (at < expected.length() && at < actual.length() && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        return "they differ from character " + at + ": component '" + excerpt(expected, at) + "', starter '"
               + excerpt(actual, at) + "'";
    }

    private static String excerpt(String text, int at) {
        return at >= text.length() ? "(ends)" : text.substring(at, Math.min(text.length(), at + 40)) + "...";
    }

    /** The field's javadoc as Boot's annotation processor reads it back into exactly this description. */
    private static String javadoc(String description) {
        StringBuilder doc = new StringBuilder("    /**\n");
        StringBuilder line = new StringBuilder();
        for (String word : description.split(" ")) {
            if (line.length() > 0 && 7 + line.length() + 1 + word.length() > 120) {
                doc.append("     * ").append(line).append('\n');
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        return doc.append("     * ").append(line).append("\n     */").toString();
    }

    /** The field a new component option needs, with its description and default. */
    private static String fieldToWrite(String option, JsonNode json) {
        Class<?> type = expectedType(json);
        Object value = componentDefault(json);
        String initializer = value == null ? ""
                : type == Duration.class ? " = Duration.ofMillis(" + value + ")"
                : type == String.class ? " = \"" + value + "\""
                : type == Long.class ? " = " + value + "L"
                : " = " + value;
        String generic = json.get("javaType").asText().contains("<")
                ? json.get("javaType").asText().substring(json.get("javaType").asText().indexOf('<')) : "";
        return javadoc(json.path("description").asText()) + "\n" + (type == Duration.class ? "    @CamelDuration\n" : "")
               + "    private " + type.getSimpleName() + generic + " " + option + initializer + ";";
    }

    private static Set<String> enumValues(String option) {
        Set<String> values = new TreeSet<>();
        componentOptions.get(option).get("enum").forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Set<String> starterProperties() {
        Set<String> names = new TreeSet<>();
        for (PropertyDescriptor property : starterDefaults.getPropertyDescriptors()) {
            if (!OWN_PROPERTIES.contains(property.getName()) && property.getWriteMethod() != null) {
                names.add(property.getName());
            }
        }
        return names;
    }

    /** The Spring type that binds an option of the component: boxed, and Duration for Camel's durations. */
    private static Class<?> expectedType(JsonNode json) {
        String javaType = json.get("javaType").asText();
        switch (json.get("type").asText()) {
            case "duration":
                return Duration.class;
            case "boolean":
                return Boolean.class;
            case "integer":
                return javaType.equals("long") || javaType.equals("java.lang.Long") ? Long.class : Integer.class;
            case "string":
            case "enum":
                return String.class;
            default:
                try {
                    // a generic type (StateRepository<String, String>) is compared by its raw class
                    int generic = javaType.indexOf('<');
                    return Class.forName(generic < 0 ? javaType : javaType.substring(0, generic));
                } catch (ClassNotFoundException e) {
                    throw new AssertionError("the component's " + javaType + " is not on the classpath", e);
                }
        }
    }

    private static Object componentDefault(JsonNode json) {
        JsonNode value = json.get("defaultValue");
        if (value == null) {
            return null;
        }
        switch (json.get("type").asText()) {
            case "duration":
            case "integer":
                return Long.parseLong(value.asText());
            case "boolean":
                return Boolean.parseBoolean(value.asText());
            default:
                return value.asText();
        }
    }

    /** A starter value in the form of the component JSON's defaults: durations and numbers as long. */
    private static Object plain(Object value) {
        if (value instanceof Duration duration) {
            return duration.toMillis();
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        return value;
    }
}
