package io.github.campaignworkflow.camel.springboot;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.camel.util.TimeUtils;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;

/**
 * Binds the durations of {@link AdobeWorkflowComponentConfiguration} from text: Spring's forms ({@code 20s},
 * {@code 2m}, {@code 500ms}, {@code PT20S}), a number of milliseconds ({@code 1500}) and Camel's compound form
 * ({@code 1m30s}, {@code 1h2m3s}). Anything else fails the binding with a message that shows the accepted forms
 * (Camel's own parser would read it as 0).
 */
@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesBinding
public class AdobeWorkflowComponentDurationConverter implements ConditionalGenericConverter {

    /** Camel's compound form, which Spring does not read; lower case only, as Camel reads it. */
    private static final Pattern CAMEL_FORM = Pattern.compile("(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?");

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, Duration.class));
    }

    @Override
    public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
        return targetType.hasAnnotation(CamelDuration.class);
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        return source == null ? null : parse(source.toString());
    }

    static Duration parse(String value) {
        String text = value.trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return DurationStyle.detectAndParse(text, ChronoUnit.MILLIS);
        } catch (IllegalArgumentException notSpringsForm) {
            if (CAMEL_FORM.matcher(text).matches()) {
                return Duration.ofMillis(TimeUtils.toMilliSeconds(text));
            }
            throw new IllegalArgumentException("'" + text + "' is not a duration: write it as 20s, 2m, 1m30s, PT20S"
                                               + " or a number of milliseconds such as 1500");
        }
    }
}
