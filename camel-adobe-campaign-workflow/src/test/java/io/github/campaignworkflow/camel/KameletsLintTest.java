package io.github.campaignworkflow.camel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.component.properties.DefaultPropertiesParser;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.RouteTemplateDefinition;
import org.apache.camel.model.RouteTemplateParameterDefinition;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The Kamelets of the jar ({@code kamelets/*.kamelet.yaml}) by the rules of Apache camel-kamelets' validator (name,
 * type label, title, description, icon, every property used and declared, {@code format: password} with the
 * credentials descriptor, unique titles and descriptions), plus this jar's own: the dependency names this jar by
 * {@code mvn:} coordinates, every endpoint parameter is an option of the component with the same name, a secret
 * option is a password property, and an optional property is an optional placeholder ({@code {{?name}}}), so the
 * Kamelet works when it is absent. The rules are checked by {@link #violations}, which the mutation table proves
 * bite. They run on the 4.18 line, against the simulator, in the module {@code kamelets-camel-4.18}.
 */
class KameletsLintTest {

    static final List<String> KAMELETS = List.of("adobe-workflow-sink", "adobe-workflow-source");
    static final String SUFFIX = ".kamelet.yaml";
    static final String CREDENTIALS = "urn:camel:group:credentials";
    static final Set<String> TYPES = Set.of("source", "sink", "action");
    static final Set<String> PROPERTY_TYPES = Set.of("string", "integer", "number", "boolean");
    static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "and", "by", "for", "in", "of", "on", "or", "the",
            "to", "with");
    static final String SCHEME = "adobe-workflow:";
    static final ObjectMapper JSON = new ObjectMapper();

    /** A YAML reader that refuses duplicate keys and never builds Java objects other than maps, lists and scalars. */
    static JsonNode readYaml(InputStream in) {
        Load yaml = new Load(LoadSettings.builder().setAllowDuplicateKeys(false).setMaxAliasesForCollections(0).build());
        return JSON.valueToTree(yaml.loadFromInputStream(in));
    }

    static JsonNode kamelet(String name) throws IOException {
        try (InputStream in = KameletsLintTest.class.getResourceAsStream("/kamelets/" + name + SUFFIX)) {
            assertThat(in).as(name + SUFFIX + " in the jar's kamelets/ folder").isNotNull();
            return readYaml(in);
        }
    }

    static JsonNode componentJson() throws IOException {
        try (InputStream in = KameletsLintTest.class
                .getResourceAsStream("/META-INF/io/github/campaignworkflow/camel/adobe-workflow.json")) {
            return JSON.readTree(in);
        }
    }

    /** groupId, artifactId and version of this jar, as the build filtered them into its component.properties. */
    static Properties coordinates() throws IOException {
        Properties coordinates = new Properties();
        try (InputStream in = KameletsLintTest.class
                .getResourceAsStream("/META-INF/services/org/apache/camel/component.properties")) {
            coordinates.load(in);
        }
        return coordinates;
    }

    static Stream<String> kamelets() {
        return KAMELETS.stream();
    }

    @Test
    void theJarShipsTheSinkAndTheSourceAndNothingElseInItsKameletFolder() throws IOException, URISyntaxException {
        Path folder = Path.of(KameletsLintTest.class.getResource("/kamelets").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("adobe-workflow-sink" + SUFFIX, "adobe-workflow-source" + SUFFIX);
        }
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void followsTheRules(String name) throws IOException {
        assertThat(violations(name + SUFFIX, kamelet(name), new Context())).isEmpty();
    }

    @Test
    void titlesAndDescriptionsAreUniqueAcrossTheKamelets() throws IOException {
        Set<String> titles = new HashSet<>();
        Set<String> descriptions = new HashSet<>();
        for (String name : KAMELETS) {
            JsonNode definition = kamelet(name).path("spec").path("definition");
            assertThat(titles.add(definition.path("title").asText())).as(name + " title").isTrue();
            assertThat(descriptions.add(definition.path("description").asText())).as(name + " description").isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void camelReadsItAsARouteTemplateWithOneParameterPerProperty(String name) throws Exception {
        JsonNode definition = kamelet(name).path("spec").path("definition");
        Set<String> required = texts(definition.path("required"));
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            // camel-yaml-dsl's Kamelet loader, as camel-kamelet calls it; camel-kamelet itself runs them in kamelets-camel-4.18
            PluginHelper.getRoutesLoader(camel)
                    .loadRoutes(ResourceHelper.resolveMandatoryResource(camel, "classpath:kamelets/" + name + SUFFIX));
            RouteTemplateDefinition template = camel.getRouteTemplateDefinition(name);
            assertThat(template).as("route template " + name).isNotNull();
            Map<String, RouteTemplateParameterDefinition> parameters = new LinkedHashMap<>();
            template.getTemplateParameters().forEach(parameter -> parameters.put(parameter.getName(), parameter));
            assertThat(parameters.keySet()).containsExactlyElementsOf(fieldNames(definition.path("properties")));
            parameters.forEach((parameter, definedAs) -> {
                JsonNode property = definition.path("properties").path(parameter);
                assertThat(definedAs.isRequired()).as(parameter + " required").isEqualTo(required.contains(parameter));
                assertThat(definedAs.getDefaultValue()).as(parameter + " default")
                        .isEqualTo(property.has("default") ? property.get("default").asText() : null);
            });
        }
    }

    static Stream<Arguments> brokenKamelets() {
        String sink = "adobe-workflow-sink";
        String source = "adobe-workflow-source";
        return Stream.of(
                broken(sink, "metadata.name is not the file name", "does not match the file name",
                        k -> obj(k, "/metadata").put("name", "adobe-workflow-command-sink")),
                broken(sink, "no type label", "camel.apache.org/kamelet.type",
                        k -> obj(k, "/metadata/labels").remove("camel.apache.org/kamelet.type")),
                broken(sink, "the name does not end with the type", "does not end with -action",
                        k -> obj(k, "/metadata/labels").put("camel.apache.org/kamelet.type", "action")),
                broken(sink, "the title does not end with the type", "does not end with Sink",
                        k -> obj(k, "/spec/definition").put("title", "Adobe Campaign Workflow")),
                broken(source, "no description", "no description",
                        k -> obj(k, "/spec/definition").remove("description")),
                broken(sink, "no icon", "camel.apache.org/kamelet.icon",
                        k -> obj(k, "/metadata/annotations").remove("camel.apache.org/kamelet.icon")),
                broken(sink, "an icon that is not an SVG", "not an SVG image",
                        k -> icon(k, "<html xmlns=\"http://www.w3.org/1999/xhtml\"/>")),
                broken(sink, "an icon with a DOCTYPE", "DOCTYPE",
                        k -> icon(k, "<!DOCTYPE svg [<!ENTITY x \"y\">]><svg xmlns=\"http://www.w3.org/2000/svg\"/>")),
                broken(sink, "an icon that is not XML", "not well-formed",
                        k -> icon(k, "<svg xmlns=\"http://www.w3.org/2000/svg\">")),
                broken(sink, "a catalog version that is not the jar's", "catalog.version",
                        k -> obj(k, "/metadata/annotations").put("camel.apache.org/catalog.version", "0.0.9")),
                broken(source, "a support level that is not the component's", "support.level",
                        k -> obj(k, "/metadata/annotations").put("camel.apache.org/kamelet.support.level", "Stable")),
                broken(sink, "no provider", "camel.apache.org/provider",
                        k -> obj(k, "/metadata/annotations").remove("camel.apache.org/provider")),
                broken(sink, "a required property that is not defined", "required property nope is not defined",
                        k -> arr(k, "/spec/definition/required").add("nope")),
                broken(sink, "a required property listed twice", "listed twice",
                        k -> arr(k, "/spec/definition/required").add("command")),
                broken(sink, "a property title starting with The", "starts with",
                        k -> obj(k, "/spec/definition/properties/workflowId").put("title", "The Workflow")),
                broken(source, "a property title in lower case", "lower-case word",
                        k -> obj(k, "/spec/definition/properties/delay").put("title", "poll delay")),
                broken(source, "a property without type", "property delay has no type",
                        k -> obj(k, "/spec/definition/properties/delay").remove("type")),
                broken(sink, "a property without description", "property scope has no description",
                        k -> obj(k, "/spec/definition/properties/scope").remove("description")),
                broken(sink, "a password without the credentials descriptor", CREDENTIALS,
                        k -> obj(k, "/spec/definition/properties/clientSecret").remove("x-descriptors")),
                broken(source, "a secret option that is not a password", "apiKey is a secret",
                        k -> obj(k, "/spec/definition/properties/apiKey").remove("format")),
                broken(sink, "a property never used", "property label is never used",
                        k -> obj(k, "/spec/definition/properties").set("label", obj(k, "/spec/definition/properties/scope"))),
                broken(sink, "a placeholder not declared", "{{campaign}} is not a property",
                        k -> obj(k, "/spec/template/from/steps/0/to").put("uri", SCHEME + "{{campaign}}")),
                broken(sink, "an optional property as a mandatory placeholder", "\"{{?awaitState}}\"",
                        k -> obj(k, "/spec/template/from/steps/0/to/parameters").put("awaitState", "{{awaitState}}")),
                broken(source, "a parameter that is not an option of the component", "wait is not an option",
                        k -> obj(k, "/spec/template/from/parameters").put("wait", "{{delay}}")),
                broken(sink, "a parameter set from another property", "\"{{?scope}}\"",
                        k -> obj(k, "/spec/template/from/steps/0/to/parameters").put("scope", "{{?clientId}}")),
                broken(sink, "a command the component does not know", "not a value of the option",
                        k -> arr(k, "/spec/definition/properties/command/enum").add("restart")),
                broken(sink, "no mvn: dependency on this jar", "mvn:io.github.campaignworkflow",
                        k -> ((ArrayNode) k.at("/spec/dependencies")).remove(1)),
                broken(sink, "no camel:kamelet dependency", "camel:kamelet",
                        k -> ((ArrayNode) k.at("/spec/dependencies")).remove(0)),
                broken(sink, "a sink that does not start from kamelet:source", "kamelet:source",
                        k -> obj(k, "/spec/template/from").put("uri", "direct:in")),
                broken(source, "a source that does not end in kamelet:sink", "kamelet:sink",
                        k -> obj(k, "/spec/template/from/steps/0/to").put("uri", "log:out")));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("brokenKamelets")
    void everyRuleCatchesWhatItIsAbout(String name, String what, String violation, Consumer<ObjectNode> breakIt)
            throws IOException {
        ObjectNode kamelet = (ObjectNode) kamelet(name);
        breakIt.accept(kamelet);

        assertThat(violations(name + SUFFIX, kamelet, new Context())).as(what).anyMatch(v -> v.contains(violation));
    }

    @Test
    void theYamlReaderRefusesDuplicateKeys() {
        String yaml = "metadata:\n  name: adobe-workflow-sink\n  name: adobe-workflow-source\n";

        assertThat(catchThrowable(() -> readYaml(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)))))
                .hasMessageContaining("duplicate key");
    }

    private static Arguments broken(String name, String what, String violation, Consumer<ObjectNode> breakIt) {
        return Arguments.of(name, what, violation, breakIt);
    }

    private static ObjectNode obj(JsonNode kamelet, String pointer) {
        return (ObjectNode) kamelet.at(pointer);
    }

    private static ArrayNode arr(JsonNode kamelet, String pointer) {
        return (ArrayNode) kamelet.at(pointer);
    }

    private static void icon(JsonNode kamelet, String svg) {
        obj(kamelet, "/metadata/annotations").put("camel.apache.org/kamelet.icon", "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** What the rules are checked against: this jar's coordinates and its component's options. */
    static final class Context {
        final Properties jar;
        final JsonNode options;
        final String supportLevel;

        Context() throws IOException {
            this.jar = coordinates();
            JsonNode component = componentJson();
            this.options = component.path("properties");
            this.supportLevel = component.path("component").path("supportLevel").asText();
        }

        String mavenDependency() {
            return "mvn:" + jar.getProperty("groupId") + ":" + jar.getProperty("artifactId") + ":"
                    + jar.getProperty("version");
        }
    }

    /** Every rule the Kamelet breaks, one line each; empty when it follows them all. */
    static List<String> violations(String fileName, JsonNode kamelet, Context context) {
        List<String> violations = new ArrayList<>();
        String name = kamelet.path("metadata").path("name").asText();
        JsonNode annotations = kamelet.path("metadata").path("annotations");
        JsonNode definition = kamelet.path("spec").path("definition");
        JsonNode properties = definition.path("properties");
        JsonNode template = kamelet.path("spec").path("template");

        if (!"camel.apache.org/v1".equals(kamelet.path("apiVersion").asText())
                || !"Kamelet".equals(kamelet.path("kind").asText())) {
            violations.add("not a camel.apache.org/v1 Kamelet");
        }
        if (!fileName.equals(name + SUFFIX)) {
            violations.add("metadata.name " + name + " does not match the file name " + fileName);
        }
        String type = kamelet.path("metadata").path("labels").path("camel.apache.org/kamelet.type").asText();
        String title = definition.path("title").asText();
        if (!TYPES.contains(type)) {
            violations.add("label camel.apache.org/kamelet.type is '" + type + "', not one of " + TYPES);
        } else {
            if (!name.endsWith("-" + type)) {
                violations.add("name " + name + " does not end with -" + type);
            }
            String suffix = Character.toUpperCase(type.charAt(0)) + type.substring(1);
            if (!title.endsWith(suffix)) {
                violations.add("title '" + title + "' does not end with " + suffix);
            }
        }
        if (title.isBlank()) {
            violations.add("no title");
        }
        if (definition.path("description").asText().isBlank()) {
            violations.add("no description");
        }
        if (!"object".equals(definition.path("type").asText())) {
            violations.add("the definition is not of type object");
        }
        annotations(annotations, context, violations);

        Set<String> required = new HashSet<>();
        for (JsonNode entry : definition.path("required")) {
            String property = entry.asText();
            if (!required.add(property)) {
                violations.add("required property " + property + " is listed twice");
            }
            if (!properties.has(property)) {
                violations.add("required property " + property + " is not defined");
            }
        }
        for (String property : fieldNames(properties)) {
            propertyDescription(property, properties.get(property), violations);
        }

        Set<String> used = placeholders(template);
        for (String property : fieldNames(properties)) {
            if (!used.contains(property)) {
                violations.add("property " + property + " is never used in the template");
            }
        }
        for (String placeholder : used) {
            if (!properties.has(placeholder)) {
                violations.add("placeholder {{" + placeholder + "}} is not a property of the Kamelet");
            }
        }

        Set<String> dependencies = texts(kamelet.path("spec").path("dependencies"));
        for (String dependency : List.of("camel:kamelet", context.mavenDependency())) {
            if (!dependencies.contains(dependency)) {
                violations.add("spec.dependencies lacks " + dependency);
            }
        }
        if ("sink".equals(type) && !"kamelet:source".equals(template.path("from").path("uri").asText())) {
            violations.add("a sink's template starts from kamelet:source");
        }
        if ("source".equals(type) && !endsInKameletSink(template.path("from").path("steps"))) {
            violations.add("a source's template ends in kamelet:sink");
        }
        endpoint(template, definition, context, violations);
        return violations;
    }

    private static void annotations(JsonNode annotations, Context context, List<String> violations) {
        icon(annotations.path("camel.apache.org/kamelet.icon").asText(), violations);
        String version = context.jar.getProperty("version");
        if (!version.equals(annotations.path("camel.apache.org/catalog.version").asText())) {
            violations.add("camel.apache.org/catalog.version is not the jar's version " + version);
        }
        if (!context.supportLevel.equals(annotations.path("camel.apache.org/kamelet.support.level").asText())) {
            violations.add("camel.apache.org/kamelet.support.level is not the component's " + context.supportLevel);
        }
        if (annotations.path("camel.apache.org/provider").asText().isBlank()) {
            violations.add("no camel.apache.org/provider annotation");
        }
    }

    /** The icon is an inline SVG document, read with DTDs and external entities refused. */
    private static void icon(String icon, List<String> violations) {
        String prefix = "data:image/svg+xml;base64,";
        if (!icon.startsWith(prefix)) {
            violations.add("camel.apache.org/kamelet.icon is not a " + prefix + " URI");
            return;
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            byte[] svg = Base64.getDecoder().decode(icon.substring(prefix.length()));
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(svg));
            String root = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    violations.add("the icon holds a DOCTYPE");
                    return;
                }
                if (event == XMLStreamConstants.START_ELEMENT && root == null) {
                    root = "{" + reader.getNamespaceURI() + "}" + reader.getLocalName();
                }
            }
            if (!"{http://www.w3.org/2000/svg}svg".equals(root)) {
                violations.add("the icon is not an SVG image: its root element is " + root);
            }
        } catch (IllegalArgumentException | XMLStreamException e) {
            violations.add("the icon is not well-formed base64 SVG: " + e.getMessage());
        }
    }

    private static void propertyDescription(String property, JsonNode definition, List<String> violations) {
        if (!PROPERTY_TYPES.contains(definition.path("type").asText())) {
            violations.add("property " + property + " has no type of " + PROPERTY_TYPES);
        }
        if (definition.path("description").asText().isBlank()) {
            violations.add("property " + property + " has no description");
        }
        String title = definition.path("title").asText();
        if (title.isBlank()) {
            violations.add("property " + property + " has no title");
        }
        for (String article : List.of("The ", "A ", "An ")) {
            if (title.startsWith(article)) {
                violations.add("property " + property + " has a title that starts with '" + article.trim() + "'");
            }
        }
        for (String word : title.split(" ")) {
            if (!word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !TITLE_SMALL_WORDS.contains(word)) {
                violations.add("property " + property + " has a lower-case word in its title: " + word);
            }
        }
        if ("password".equals(definition.path("format").asText())
                && !texts(definition.path("x-descriptors")).contains(CREDENTIALS)) {
            violations.add("property " + property + " has format password but not the descriptor " + CREDENTIALS);
        }
    }

    /**
     * The adobe-workflow endpoint of the template: its path is the workflow ID, each parameter is the component option
     * of the same name, set from the property of that name, optional ({@code {{?name}}}) unless the property is
     * required or has a default; a secret option is a password property; an enum property offers only values the
     * option accepts.
     */
    private static void endpoint(JsonNode template, JsonNode definition, Context context, List<String> violations) {
        List<JsonNode> endpoints = new ArrayList<>();
        collectEndpoints(template, endpoints);
        if (endpoints.size() != 1) {
            violations.add("the template has " + endpoints.size() + " adobe-workflow endpoints, not one");
            return;
        }
        JsonNode endpoint = endpoints.get(0);
        JsonNode properties = definition.path("properties");
        Set<String> required = texts(definition.path("required"));
        String path = SCHEME + "{{workflowId}}";
        if (!path.equals(endpoint.path("uri").asText())) {
            violations.add("the endpoint URI is not " + path);
        }
        for (String option : fieldNames(endpoint.path("parameters"))) {
            JsonNode described = context.options.path(option);
            if (described.isMissingNode() || !"parameter".equals(described.path("kind").asText())) {
                violations.add("endpoint parameter " + option + " is not an option of the adobe-workflow component");
                continue;
            }
            JsonNode property = properties.path(option);
            boolean mandatory = required.contains(option) || property.has("default");
            String expected = mandatory ? "{{" + option + "}}" : "{{?" + option + "}}";
            if (!expected.equals(endpoint.path("parameters").path(option).asText())) {
                violations.add("endpoint parameter " + option + " must be \"" + expected + "\"");
            }
            if (described.path("secret").asBoolean() && !"password".equals(property.path("format").asText())) {
                violations.add("option " + option + " is a secret: its property must have format password");
            }
            Set<String> accepted = texts(described.path("enum"));
            for (String value : texts(property.path("enum"))) {
                if (!accepted.contains(value)) {
                    violations.add("'" + value + "' of property " + option + " is not a value of the option " + accepted);
                }
            }
        }
    }

    private static void collectEndpoints(JsonNode node, List<JsonNode> endpoints) {
        if (node.isObject() && node.path("uri").asText().startsWith(SCHEME)) {
            endpoints.add(node);
        }
        node.forEach(child -> collectEndpoints(child, endpoints));
    }

    private static boolean endsInKameletSink(JsonNode steps) {
        if (!steps.isArray() || steps.isEmpty()) {
            return false;
        }
        JsonNode to = steps.get(steps.size() - 1).path("to");
        return "kamelet:sink".equals(to.isTextual() ? to.asText() : to.path("uri").asText());
    }

    /** The names of every property placeholder in the template's text, parsed by Camel's own placeholder parser. */
    private static Set<String> placeholders(JsonNode template) {
        Set<String> names = new LinkedHashSet<>();
        DefaultPropertiesParser parser = new DefaultPropertiesParser();
        collectTexts(template).forEach(text -> parser.parseUri(text, (key, defaultValue) -> {
            names.add(key);
            return "resolved";
        }, false, false, true));
        return names;
    }

    private static List<String> collectTexts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        node.forEach(child -> texts.addAll(collectTexts(child)));
        return texts;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new LinkedHashSet<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
