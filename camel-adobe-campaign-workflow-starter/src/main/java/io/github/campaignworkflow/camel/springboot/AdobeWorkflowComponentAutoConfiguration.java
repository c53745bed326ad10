package io.github.campaignworkflow.camel.springboot;

import java.beans.PropertyDescriptor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.github.campaignworkflow.camel.AdobeWorkflowComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.support.service.ServiceHelper;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * Applies the {@code camel.component.adobe-workflow.*} properties to the {@code adobe-workflow} component through a
 * {@link ComponentCustomizer}, when Camel creates the component.
 * <p>
 * Off with {@code camel.component.adobe-workflow.enabled=false} (or {@code camel.component.enabled=false}); the
 * customizer alone is off with {@code camel.component.adobe-workflow.customizer.enabled=false} (or
 * {@code camel.component.customizer.enabled=false}).
 * <p>
 * Only the options that the application's configuration sets are applied, so that the component keeps its own
 * defaults and a {@code configuration} bean is not overwritten by defaults. An option the component does not know
 * fails the start-up with the property's name instead of being dropped.
 */
@AutoConfiguration(after = { CamelAutoConfiguration.class, AdobeWorkflowComponentConverter.class,
        AdobeWorkflowComponentDurationConverter.class })
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, AdobeWorkflowComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", AdobeWorkflowComponentAutoConfiguration.PREFIX })
public class AdobeWorkflowComponentAutoConfiguration {

    static final String PREFIX = "camel.component.adobe-workflow";

    /** Properties of the auto-configuration itself, not options of the component. */
    private static final Set<String> OWN_PROPERTIES = Set.of("class", "enabled", "customizer");

    private final ApplicationContext applicationContext;
    private final AdobeWorkflowComponentConfiguration configuration;

    public AdobeWorkflowComponentAutoConfiguration(ApplicationContext applicationContext,
                                                   AdobeWorkflowComponentConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.configuration = configuration;
    }

    @Lazy
    @Bean
    public ComponentCustomizer configureAdobeWorkflowComponent() {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                applyOptions(target.getCamelContext(), (AdobeWorkflowComponent) target,
                        configuredOptions(applicationContext.getEnvironment(), configuration));
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return target instanceof AdobeWorkflowComponent
                        && HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                                PREFIX + ".customizer");
            }
        };
    }

    /**
     * The options that the environment sets, by component option name, {@code configuration} first so that the other
     * options apply on top of it.
     */
    static Map<String, Object> configuredOptions(Environment environment,
                                                 AdobeWorkflowComponentConfiguration configuration) {
        Iterable<ConfigurationPropertySource> sources = ConfigurationPropertySources.get(environment);
        BeanWrapper properties = PropertyAccessorFactory.forBeanPropertyAccess(configuration);
        Map<String, Object> options = new LinkedHashMap<>();
        if (isConfigured(sources, "configuration") && configuration.getConfiguration() != null) {
            options.put("configuration", configuration.getConfiguration());
        }
        for (PropertyDescriptor property : properties.getPropertyDescriptors()) {
            String option = property.getName();
            if (OWN_PROPERTIES.contains(option) || options.containsKey(option) || property.getReadMethod() == null
                    || property.getWriteMethod() == null) {
                continue;
            }
            Object value = properties.getPropertyValue(option);
            if (value != null && isConfigured(sources, option)) {
                options.put(option, value);
            }
        }
        return options;
    }

    private static boolean isConfigured(Iterable<ConfigurationPropertySource> sources, String option) {
        ConfigurationPropertyName name = ConfigurationPropertyName.of(PREFIX + "."
                                                                      + DataObjectPropertyName.toDashedForm(option));
        for (ConfigurationPropertySource source : sources) {
            ConfigurationProperty property = source.getConfigurationProperty(name);
            if (property != null || source.containsDescendantOf(name) == ConfigurationPropertyState.PRESENT) {
                return true;
            }
        }
        return false;
    }

    /** Sets each option through the component's generated configurer; an option it does not know fails. */
    static void applyOptions(CamelContext camelContext, AdobeWorkflowComponent component, Map<String, Object> options) {
        // the component's configurer is resolved when the component is built
        ServiceHelper.initService(component);
        PropertyConfigurer configurer = component.getComponentPropertyConfigurer();
        options.forEach((option, value) -> {
            boolean set = PropertyBindingSupport.build().withConfigurer(configurer).withIgnoreCase(true)
                    .withReference(false).bind(camelContext, component, option, value);
            if (!set) {
                throw new IllegalArgumentException(PREFIX + "." + DataObjectPropertyName.toDashedForm(option)
                                                   + " is set, but this version of the adobe-workflow component"
                                                   + " has no option " + option);
            }
        });
    }
}
