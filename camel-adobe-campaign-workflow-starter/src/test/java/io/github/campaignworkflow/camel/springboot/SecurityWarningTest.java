package io.github.campaignworkflow.camel.springboot;

import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.campaignworkflow.camel.AdobeWorkflowComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.security.CamelSecurityPolicyAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * camel-spring-boot 4.22's security policy ({@code CamelSecurityPolicyAutoConfiguration}, policy {@code warn} by
 * default) reads every {@code camel.*} property of the Spring environment <em>after</em> Spring resolved its
 * {@code ${...}} placeholders, then warns about each one whose name is on Camel's list of sensitive names (which holds
 * {@code clientid} as well as {@code clientsecret}) and whose value is not a Camel placeholder ({@code {{...}}},
 * {@code {{vault:...}}}, {@code ${env:...}}). So {@code client-secret=${ADOBE_CLIENT_SECRET}} is warned about, and
 * {@code client-secret={{env:ADOBE_CLIENT_SECRET}}}, which the starter has Camel resolve, is not. These rows are what
 * the starter README says. Boot 3.5's camel-spring-boot 4.17 has no such check (this test is not run there).
 */
class SecurityWarningTest {

    private static final String P = "camel.component.adobe-workflow.";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    CamelSecurityPolicyAutoConfiguration.class, AdobeWorkflowComponentConverter.class,
                    AdobeWorkflowComponentDurationConverter.class, AdobeWorkflowComponentAutoConfiguration.class))
            .withPropertyValues("adobe.client-id=client-7d41", "adobe.client-secret=secret-c0ffee");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "a literal secret                         | client-secret=secret-c0ffee                | -                                  | client-secret",
            "a Spring placeholder, resolved first     | client-secret=${adobe.client-secret}       | -                                  | client-secret",
            "a Spring placeholder of the environment  | client-secret=${ADOBE_TEST_CLIENT_SECRET}  | -                                  | client-secret",
            "a Camel placeholder of the environment   | client-secret={{env:ADOBE_TEST_CLIENT_SECRET}} | -                              | -",
            "${env:...}, which Spring resolves first  | client-secret=${env:ADOBE_TEST_CLIENT_SECRET}  | -                              | client-secret",
            "a Camel placeholder                      | client-secret={{adobe.client-secret}}      | -                                  | -",
            "a literal client ID (a sensitive name)   | client-id=client-7d41                      | -                                  | client-id",
            "a Camel placeholder for the client ID    | client-id={{adobe.client-id}}              | -                                  | -",
            "a Spring placeholder, allowed by name    | client-secret=${adobe.client-secret}       | camel.security.allowed-properties=" + P + "client-secret | -",
            "a literal, with the secret policy allow  | client-secret=secret-c0ffee                | camel.security.secret-policy=allow | -",
            "scope, not a sensitive name              | scope=AdobeID,openid                       | -                                  | -" })
    void warnsAboutAPlainTextValueOfASensitiveName(String row, String setting, String securitySetting, String warned) {
        ListAppender<ILoggingEvent> warnings = securityWarnings();
        ApplicationContextRunner configured = runner.withPropertyValues(P + setting);
        if (securitySetting != null) {
            configured = configured.withPropertyValues(securitySetting);
        }
        configured.run(context -> {
            assertThat(context).hasNotFailed();
            List<String> messages = warnings.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
            if (warned == null) {
                assertThat(messages).isEmpty();
            } else {
                assertThat(messages).containsExactly("SECURITY WARNING: [secret] Secret property is configured with"
                                                     + " plain-text value. Consider using {{vault:...}}, ${env:...},"
                                                     + " or {{...}} property placeholders [" + P + warned + "]");
            }
            assertThat(messages).as("the secret itself is never logged")
                    .noneMatch(message -> message.contains("secret-c0ffee") || message.contains("secret-from-the-environment"));
        });
    }

    @Test
    void anEnvironmentVariableIsNotScanned() {
        ListAppender<ILoggingEvent> warnings = securityWarnings();
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("CAMEL_COMPONENT_ADOBEWORKFLOW_CLIENTSECRET", "secret-c0ffee")))).run(context -> {
                            assertThat(context.getBean(CamelContext.class)
                                    .getComponent("adobe-workflow", AdobeWorkflowComponent.class).getConfiguration()
                                    .getClientSecret()).isEqualTo("secret-c0ffee");
                            assertThat(warnings.list).isEmpty();
                        });
    }

    /** The appender of logback-test.xml that takes camel-spring-boot's security warnings, emptied. */
    private static ListAppender<ILoggingEvent> securityWarnings() {
        Logger logger = (Logger) LoggerFactory.getLogger("org.apache.camel.spring.boot.security");
        ListAppender<ILoggingEvent> appender = (ListAppender<ILoggingEvent>) logger
                .getAppender("SECURITY_WARNINGS");
        assertThat(appender).as("logback-test.xml's SECURITY_WARNINGS appender").isNotNull();
        appender.list.clear();
        return appender;
    }
}
