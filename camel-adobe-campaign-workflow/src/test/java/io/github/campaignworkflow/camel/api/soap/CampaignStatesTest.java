package io.github.campaignworkflow.camel.api.soap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Campaign's numeric states as the words of the headers, awaitState and the consumer: the contract's table. */
class CampaignStatesTest {

    @ParameterizedTest(name = "state={0} failed={1}: {2}")
    @CsvSource(nullValues = "null", value = {
            "0, 0, edited", "10, 0, starting", "11, 0, started", "12, 0, pausing", "13, 0, paused", "14, 0, resuming",
            "15, 0, stopping", "16, 0, stopping", "17, 0, restarting", "18, 0, restarting", "20, 0, finished",
            "13, 1, error", "11, 1, error", "20, 1, error", "null, 1, error", "' 13 ', null, paused",
            "20, null, finished", "19, 0, 19", "99, 0, 99", "null, 0, null", "'', null, null" })
    void theContractsTable(String state, String failed, String word) {
        assertThat(CampaignStates.of(state, failed)).isEqualTo(word);
    }

    @Test
    void xtkLiteralsEscapeQuotesAndBackslashes() {
        assertThat(XmlValues.xtkLiteral("WKF12")).isEqualTo("'WKF12'");
        assertThat(XmlValues.xtkLiteral("it's")).isEqualTo("'it\\'s'");
        assertThat(XmlValues.xtkLiteral("a\\b")).isEqualTo("'a\\\\b'");
        assertThat(XmlValues.xtkLiteral("\\'")).isEqualTo("'\\\\\\''");
        assertThat(XmlValues.xtkLiteral("<&\">]]>")).as("XML escaping is the writer's").isEqualTo("'<&\">]]>'");
    }
}
