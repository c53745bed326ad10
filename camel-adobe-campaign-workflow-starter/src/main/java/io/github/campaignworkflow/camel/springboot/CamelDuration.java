package io.github.campaignworkflow.camel.springboot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link java.time.Duration} property of {@link AdobeWorkflowComponentConfiguration} that binds from Camel's
 * text forms ({@code 1m30s}) as well as Spring's ({@code 20s}, {@code PT20S}, milliseconds). Only properties so marked
 * are converted by {@link AdobeWorkflowComponentDurationConverter}: every other Duration of the application keeps
 * Spring's own conversion.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@interface CamelDuration {
}
