package io.fmscope.traces.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplingRulesTest {

    @Test void builtInDefaultsAreTheSeedsIntent() {
        SamplingRules d = SamplingRules.defaults();
        assertThat(d.rules()).extracting(SamplingRule::name).containsExactly("errors", "slow", "default");
        assertThat(d.rules()).extracting(SamplingRule::fixedRate).containsExactly(1.0, 0.5, 0.01);
        assertThat(d.rules().get(1).match().minDurationNanos()).isEqualTo(3_000_000_000L);
        assertThat(d.rules().get(0).match().anyOutcome()).containsExactlyInAnyOrder(OutcomeFlag.values());
    }

    @Test void jsonAndYamlGiveTheSameRulesSortedByPriorityThenName() {
        String yaml = """
                rules:
                  - name: b
                    priority: 5
                    fixed_rate: 0.2
                    reservoir_per_second: 3
                    match: {service: "chat*", http_method: POST, url_path: /api/*, attributes: {gen_ai.request.model: "*haiku*"}}
                  - {name: a, priority: 5, fixed_rate: 0.1}
                  - {name: z, priority: 1, fixed_rate: 1, match: {outcome: [throttle], max_duration_ms: 100}}
                """;
        String json = """
                {"version": 1, "rules": [
                  {"name": "b", "priority": 5, "fixed_rate": 0.2, "reservoir_per_second": 3,
                   "match": {"service": "chat*", "http_method": "POST", "url_path": "/api/*",
                             "attributes": {"gen_ai.request.model": "*haiku*"}}},
                  {"name": "a", "priority": 5, "fixed_rate": 0.1},
                  {"name": "z", "priority": 1, "fixed_rate": 1, "match": {"outcome": ["throttle"], "max_duration_ms": 100}}]}
                """;
        SamplingRules fromYaml = SamplingRules.parse(yaml);
        assertThat(fromYaml.rules()).extracting(SamplingRule::name).containsExactly("z", "a", "b");
        assertThat(SamplingRules.parse(json).rules()).isEqualTo(fromYaml.rules());
        SamplingRule b = fromYaml.rules().get(2);
        assertThat(b.reservoirPerSecond()).isEqualTo(3);
        assertThat(b.match().attributes().get("gen_ai.request.model").matches("anthropic.claude-3-haiku")).isTrue();
        assertThat(fromYaml.rules().get(0).match().maxDurationNanos()).isEqualTo(100_000_000L);
    }

    @Test void loadsAFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("rules.yaml");
        Files.writeString(f, "rules: [{name: all, fixed_rate: 1}]");
        assertThat(SamplingRules.load(f).rules()).singleElement().extracting(SamplingRule::name).isEqualTo("all");
        assertThatThrownBy(() -> SamplingRules.load(dir.resolve("missing.yaml")))
                .isInstanceOf(SamplingRulesException.class).hasMessageContaining("missing.yaml");
    }

    @Test void badFilesSayWhereAndWhy() {
        assertThatThrownBy(() -> SamplingRules.parse("rules:\n  - name: x\n    fixed_rate: 0.5\n    fixd_rate: 1\n"))
                .isInstanceOf(SamplingRulesException.class).hasMessageContaining("rules[0].fixd_rate (line")
                .hasMessageContaining("unknown field 'fixd_rate'").hasMessageNotContaining("io.fmscope");
        assertThatThrownBy(() -> SamplingRules.parse("rules: [{name: x, fixed_rate: [1]}]")).hasMessageContaining("rules[0].fixed_rate");
        assertThatThrownBy(() -> SamplingRules.parse("rules: [{name: x, fixed_rate: 1.5}]"))
                .hasMessageContaining("rule 'x'").hasMessageContaining("fixed_rate must be in [0, 1]");
        assertThatThrownBy(() -> SamplingRules.parse("rules: [{fixed_rate: 1}]")).hasMessageContaining("rule #1: name is required");
        assertThatThrownBy(() -> SamplingRules.parse("rules: [{name: x}]")).hasMessageContaining("fixed_rate is required");
        assertThatThrownBy(() -> SamplingRules.parse("rules: [{name: x, fixed_rate: 1}, {name: x, fixed_rate: 0}]"))
                .hasMessageContaining("duplicate rule name 'x'");
        assertThatThrownBy(() -> SamplingRules.parse("rules: [{name: x, fixed_rate: 1, match: {outcome: [oops]}}]"))
                .hasMessageContaining("unknown outcome 'oops'");
        assertThatThrownBy(() -> SamplingRules.parse("rules: [{name: x, fixed_rate: 1, match: {min_duration_ms: 5, max_duration_ms: 5}}]"))
                .hasMessageContaining("max_duration_ms must exceed min_duration_ms");
        assertThatThrownBy(() -> SamplingRules.parse("rules: [{name: x, fixed_rate: 1, reservoir_per_second: -1}]"))
                .hasMessageContaining("reservoir_per_second must be >= 0");
        assertThatThrownBy(() -> SamplingRules.parse("version: 2\nrules: []")).hasMessageContaining("unsupported rules version 2");
        assertThatThrownBy(() -> SamplingRules.parse("{}")).hasMessageContaining("no 'rules' list");
    }

    @Test void wildcardsFollowXray() {
        assertThat(Wildcard.of("*").matches(null)).isTrue();
        assertThat(Wildcard.of("Manga*").matches("manga-assist")).isTrue();
        assertThat(Wildcard.of("GE?").matches("get")).isTrue();
        assertThat(Wildcard.of("GE?").matches("gets")).isFalse();
        assertThat(Wildcard.of("/api/*/chat").matches("/api/v1/chat")).isTrue();
        assertThat(Wildcard.of("a.b(c)").matches("a.b(c)")).isTrue();
        assertThat(Wildcard.of("a.b").matches("axb")).isFalse();
        assertThat(Wildcard.of("x").matches(null)).isFalse();
    }
}
