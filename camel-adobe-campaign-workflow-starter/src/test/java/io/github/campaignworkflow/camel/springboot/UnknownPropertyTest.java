package io.github.campaignworkflow.camel.springboot;

import java.util.List;
import java.util.Set;

import io.github.campaignworkflow.camel.AdobeWorkflowComponent;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A {@code camel.component.adobe-workflow.*} property that is no option fails the start-up, and what Boot prints (its
 * failure analysis) names the property, where it was set and the closest option; nothing reaches Adobe. A file of
 * real options and the auto-configuration's switches still starts.
 */
class UnknownPropertyTest {

    private static final String P = "camel.component.adobe-workflow.";

    private static StubAdobe adobe;

    @BeforeAll
    static void startStub() {
        adobe = new StubAdobe().start();
    }

    @AfterAll
    static void stopStub() {
        adobe.stop();
    }

    @BeforeEach
    void clear() {
        RecordedFailureAnalyses.clear();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "organisation=acme          | camel.component.adobe-workflow.organisation  | did you mean camel.component.adobe-workflow.organization?",
            "await-timout=2m            | camel.component.adobe-workflow.await-timout  | did you mean camel.component.adobe-workflow.await-timeout?",
            "awaitTimout=2m             | camel.component.adobe-workflow.awaittimout   | did you mean camel.component.adobe-workflow.await-timeout?",
            "client-secet=s3cr3t-f00    | camel.component.adobe-workflow.client-secet  | did you mean camel.component.adobe-workflow.client-secret?",
            "enable=false               | camel.component.adobe-workflow.enable        | did you mean camel.component.adobe-workflow.enabled?",
            "colour=blue                | camel.component.adobe-workflow.colour        | matches no option of the component" })
    void anUnknownPropertyFailsTheStartNamingItAndTheClosestOption(String setting, String named, String hint) {
        assertThatThrownBy(() -> start("--" + P + setting).close())
                .hasRootCauseInstanceOf(UnboundConfigurationPropertiesException.class);

        assertThat(RecordedFailureAnalyses.reported()).hasSize(1);
        FailureAnalysis analysis = RecordedFailureAnalyses.reported().get(0);
        assertThat(analysis.getDescription()).isEqualTo("""
                The adobe-workflow component has no option for this property:

                    %s
                        set in "%s" from property source "commandLineArgs"
                        %s""".formatted(named, P + setting.substring(0, setting.indexOf('=')), hint));
        assertThat(analysis.getAction()).startsWith("Correct the name of the property, or remove it.");
        assertThat(analysis.getDescription() + analysis.getAction()).as("the value is never shown")
                .doesNotContain(setting.substring(setting.indexOf('=') + 1));
        assertThat(adobe.requests()).isEmpty();
    }

    @Test
    void aMisspeltPropertyInAFileIsShownWithItsLine() {
        assertThatThrownBy(() -> start("--spring.config.location=classpath:/unknown-property/").close())
                .hasRootCauseInstanceOf(UnboundConfigurationPropertiesException.class);

        assertThat(RecordedFailureAnalyses.reported()).hasSize(1);
        List<String> lines = RecordedFailureAnalyses.reported().get(0).getDescription().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.subList(0, 3)).containsExactly("The adobe-workflow component has no option for this property:",
                "", "    camel.component.adobe-workflow.organisation");
        // Boot names the jar too when the file is in one (the starter's test-jar, where the Boot 3.5 module runs this)
        assertThat(lines.get(3)).startsWith("        set in class path resource [unknown-property/application.properties]")
                .endsWith(" - 2:47");
        assertThat(lines.get(4)).isEqualTo("        did you mean camel.component.adobe-workflow.organization?");
    }

    @Test
    void everyUnknownPropertyIsNamed() {
        assertThatThrownBy(() -> start("--" + P + "organisation=acme", "--" + P + "max-retrys=1").close())
                .hasRootCauseInstanceOf(UnboundConfigurationPropertiesException.class);

        assertThat(RecordedFailureAnalyses.reported()).singleElement().extracting(FailureAnalysis::getDescription)
                .asString()
                .startsWith("The adobe-workflow component has no option for these properties:")
                .contains(P + "max-retrys", "did you mean " + P + "max-retries?")
                .contains(P + "organisation", "did you mean " + P + "organization?");
    }

    @Test
    void unknownPropertiesUnderOtherPrefixesAreLeftToSpringBoot() {
        ConfigurationProperty elsewhere = new ConfigurationProperty(
                ConfigurationPropertyName.of("camel.component.http.organisation"), "acme", null);
        assertThat(new UnknownPropertyFailureAnalyzer()
                .analyze(new UnboundConfigurationPropertiesException(Set.of(elsewhere)))).isNull();
    }

    @Test
    void theSwitchesAndRealOptionsInEveryFormStillStart() {
        try (ConfigurableApplicationContext context = start("--" + P + "enabled=true",
                "--" + P + "customizer.enabled=true", "--" + P + "organization=acme", "--" + P + "awaitTimeout=2m",
                "--" + P + "MAX_RETRIES=5", "--" + P + "retry-max-delay=1m30s", "--camel.component.enabled=true")) {
            AdobeWorkflowComponent component = context.getBean(CamelContext.class)
                    .getComponent("adobe-workflow", AdobeWorkflowComponent.class);
            assertThat(component.getConfiguration().getOrganization()).isEqualTo("acme");
            assertThat(component.getConfiguration().getAwaitTimeout()).isEqualTo(120000);
            assertThat(component.getConfiguration().getMaxRetries()).isEqualTo(5);
            assertThat(component.getConfiguration().getRetryMaxDelay()).isEqualTo(90000);
        }
        assertThat(RecordedFailureAnalyses.reported()).isEmpty();
    }

    /** The application as a user starts it, with the settings as command-line arguments (they win over files). */
    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--" + P + "base-url=" + adobe.baseUrl();
        System.arraycopy(args, 0, all, 1, args.length);
        return new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE).run(all);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {
    }
}
