package io.fmscope.query.mining;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.patterns.Template;
import io.fmscope.patterns.TemplateMiner;
import org.junit.jupiter.api.Test;

/** The severity rules of docs/query/commands/pattern.md, one case each. */
class SeverityTest {

    private static String of(String line) {
        TemplateMiner miner = new TemplateMiner();
        Template t = miner.template(miner.add(line).templateId()).orElseThrow();
        return Severity.of(t);
    }

    @Test
    void aLevelTokenDecidesFirst() {
        assertThat(of("[ERROR] cache warmed in 12 ms")).isEqualTo("Error");
        assertThat(of("2024-05-01 10:00:00 WARN disk at 91%")).isEqualTo("Warning");
        assertThat(of("level=info msg=retrying request 7")).as("level before the retry word").isEqualTo("Info");
        assertThat(of("DEBUG: failed lookups 3")).as("level before the error word").isEqualTo("Debug");
        assertThat(of("<trace> entering handler")).isEqualTo("Debug");
        assertThat(of("crit: disk failure")).isEqualTo("Error");
    }

    @Test
    void thenErrorWordsThenWarningWords() {
        assertThat(of("redis.exceptions.ConnectionError: Error 111 connecting")).isEqualTo("Error");
        assertThat(of("An error occurred (ThrottlingException) when calling InvokeModel")).isEqualTo("Error");
        assertThat(of("upload FAILED for part 3")).isEqualTo("Error");
        assertThat(of("Bedrock throttled request, retrying in 200 ms")).isEqualTo("Warning");
        assertThat(of("this API is deprecated since v2")).isEqualTo("Warning");
        assertThat(of("GET /api/recommend 200 in 12 ms")).isEqualTo("Unknown");
    }

    @Test
    void variableTokensDoNotCount() {
        assertThat(of("user error-42 logged in")).as("error-42 is masked as an ID").isEqualTo("Unknown");
        assertThat(of("terror mirror")).as("no camel-case suffix").isEqualTo("Unknown");
    }
}
