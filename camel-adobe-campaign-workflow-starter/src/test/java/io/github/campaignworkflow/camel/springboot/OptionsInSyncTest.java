package io.github.campaignworkflow.camel.springboot;

import java.beans.PropertyDescriptor;
import java.io.InputStream;
import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
 * with a description and that default. A new component option without a property fails this test.
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

        // this module's own metadata, not that of another jar on the classpath
        URL classes = AdobeWorkflowComponentConfiguration.class.getProtectionDomain().getCodeSource().getLocation();
        metadata = new LinkedHashMap<>();
        try (InputStream in = new URL(classes, "META-INF/spring-configuration-metadata.json").openStream()) {
            for (JsonNode property : JSON.readTree(in).get("properties")) {
                metadata.put(property.get("name").asText(), property);
            }
        }
        starterDefaults = PropertyAccessorFactory.forBeanPropertyAccess(new AdobeWorkflowComponentConfiguration());
    }

    @Test
    void everyComponentOptionHasAProperty() {
        assertThat(componentOptions).as("options in " + COMPONENT_JSON).hasSizeGreaterThan(30);
        assertThat(starterProperties()).as("starter properties").containsAll(componentOptions.keySet());
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
            assertThat(described.path("description").asText()).as("description of " + option).isNotBlank();
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
        URL classes = AdobeWorkflowComponentConfiguration.class.getProtectionDomain().getCodeSource().getLocation();
        try (InputStream in = new URL(classes, "META-INF/spring-configuration-metadata.json").openStream()) {
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
