package io.github.campaignworkflow.camel.springboot;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.camel.util.StringHelper;
import org.springframework.beans.PropertyMatches;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * Explains a start-up that failed on a {@code camel.component.adobe-workflow.*} property the component does not have
 * (Boot refuses it because {@link AdobeWorkflowComponentConfiguration} does not ignore unknown fields): names each
 * such property, where it was set, and the closest option, as Camel Main does. Values are never shown: a misspelt
 * {@code client-secret} holds a secret.
 * <p>
 * Ordered first so that it speaks before Boot's generic analysis of the same exception; it stays silent for unbound
 * properties under any other prefix.
 */
public class UnknownPropertyFailureAnalyzer extends AbstractFailureAnalyzer<UnboundConfigurationPropertiesException>
        implements Ordered {

    private static final ConfigurationPropertyName PREFIX = ConfigurationPropertyName
            .of(AdobeWorkflowComponentAutoConfiguration.PREFIX);

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnboundConfigurationPropertiesException cause) {
        List<ConfigurationProperty> unknown = cause.getUnboundProperties().stream()
                .filter(property -> PREFIX.isAncestorOf(property.getName()))
                .sorted()
                .toList();
        if (unknown.isEmpty()) {
            return null;
        }
        StringBuilder description = new StringBuilder("The adobe-workflow component has no option for ");
        description.append(unknown.size() == 1 ? "this property:" : "these properties:");
        for (ConfigurationProperty property : unknown) {
            description.append("\n\n    ").append(property.getName());
            if (property.getOrigin() != null) {
                description.append("\n        set in ").append(property.getOrigin());
            }
            description.append("\n        ").append(suggestion(property.getName()));
        }
        return new FailureAnalysis(description.toString(),
                "Correct the name of the property, or remove it. Every option is listed with its description in the"
                                                          + " component's documentation and in the starter's"
                                                          + " META-INF/spring-configuration-metadata.json.",
                cause);
    }

    /**
     * "did you mean ...?" with the properties within Spring's usual edit distance of the unknown one (compared in
     * camel case, as Spring compares bean properties), or none.
     */
    static String suggestion(ConfigurationPropertyName name) {
        String option = StringHelper.dashToCamelCase(name.subName(PREFIX.getNumberOfElements()).toString());
        String[] matches = PropertyMatches.forProperty(option, AdobeWorkflowComponentConfiguration.class)
                .getPossibleMatches();
        if (matches.length == 0) {
            return "matches no option of the component";
        }
        return Arrays.stream(matches).map(match -> PREFIX + "." + DataObjectPropertyName.toDashedForm(match))
                .collect(Collectors.joining(" or ", "did you mean ", "?"));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
