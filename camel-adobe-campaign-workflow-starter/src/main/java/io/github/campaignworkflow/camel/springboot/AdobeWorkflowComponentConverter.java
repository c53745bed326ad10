package io.github.campaignworkflow.camel.springboot;

import java.util.Set;
import java.util.stream.Collectors;

import io.github.campaignworkflow.camel.AdobeWorkflowConfiguration;
import io.github.campaignworkflow.camel.auth.AccessTokenProvider;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Binds the bean options of {@link AdobeWorkflowComponentConfiguration} from a reference to a Spring bean:
 * {@code camel.component.adobe-workflow.access-token-provider=#bean:vaultTokens} (also {@code #vaultTokens} or the
 * bare name, which IDEs complete). A name with no such bean fails the binding instead of leaving the option unset.
 */
@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesBinding
public class AdobeWorkflowComponentConverter implements GenericConverter {

    private static final Set<Class<?>> BEAN_TYPES = Set.of(AccessTokenProvider.class, HttpClientConfigurer.class,
            SSLContextParameters.class, AdobeWorkflowConfiguration.class, StateRepository.class);

    private final ApplicationContext applicationContext;

    public AdobeWorkflowComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return BEAN_TYPES.stream().map(type -> new ConvertiblePair(String.class, type))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String reference = source.toString().trim();
        if (reference.isEmpty()) {
            return null;
        }
        String name = reference.startsWith("#bean:") ? reference.substring("#bean:".length())
                : reference.startsWith("#") ? reference.substring(1) : reference;
        return applicationContext.getBean(name, targetType.getType());
    }
}
