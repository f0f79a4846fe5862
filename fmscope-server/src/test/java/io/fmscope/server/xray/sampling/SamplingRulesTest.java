package io.fmscope.server.xray.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fmscope.server.xray.XRayException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplingRulesTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private SamplingRules defaults() {
        return new SamplingRules(RulesFile.defaults(), "us-east-1", "000000000000", clock);
    }

    @Test void wildcardsAreCaseInsensitive() {
        assertThat(Wildcard.matches("/health*", "/HEALTHZ")).isTrue();
        assertThat(Wildcard.matches("a?c", "abc")).isTrue();
        assertThat(Wildcard.matches("a?c", "abbc")).isFalse();
        assertThat(Wildcard.matches("*b*d", "abcd")).isTrue();
        assertThat(Wildcard.matches("x", "y")).isFalse();
        assertThat(Wildcard.matches("x", null)).isTrue();
    }

    @Test void lowestPriorityMatchWinsAndDefaultCatchesTheRest() {
        SamplingRules rules = defaults();
        assertThat(rules.match("chatbot", null, "h", "GET", "/health/live").ruleName()).isEqualTo("health-checks");
        assertThat(rules.match("chatbot", null, "h", "POST", "/health").ruleName()).isEqualTo("Default");
        assertThat(rules.list().getLast().rule().fixedRate()).isEqualTo(1.0);
    }

    @Test void rulesFileInYamlOrJsonNeedsADefault(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("rules.json");
        Files.writeString(json, """
            {"rules":[{"RuleName":"Default","Priority":10000,"FixedRate":0.01,"ReservoirSize":0,"ServiceName":"*",
              "ServiceType":"*","Host":"*","HTTPMethod":"*","URLPath":"*","ResourceARN":"*","Version":1}]}""");
        SamplingRules rules = new SamplingRules(RulesFile.load(json), "r", "a", clock);
        assertThat(rules.list()).singleElement().satisfies(r -> assertThat(r.rule().ruleArn())
                .isEqualTo("arn:aws:xray:r:a:sampling-rule/Default"));
        List<SamplingRule> noDefault = RulesFile.defaults().subList(0, 1);
        assertThatThrownBy(() -> new SamplingRules(noDefault, "r", "a", clock))
                .hasMessageContaining("Default");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "rules:\n  - RuleName: x\n    Unknown: 1\n");
        assertThatThrownBy(() -> RulesFile.load(bad)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test void ruleLimitAndDuplicates() {
        SamplingRules rules = defaults();
        for (int i = 0; i < SamplingRules.MAX_RULES - 1; i++) {
            rules.create(rule("r" + i));
        }
        assertThatThrownBy(() -> rules.create(rule("one-too-many"))).isInstanceOf(XRayException.class)
                .extracting(e -> ((XRayException) e).code()).isEqualTo("RuleLimitExceededException");
        assertThatThrownBy(() -> rules.create(rule("r1"))).hasMessageContaining("already exists");
    }

    @Test void reservoirIsSplitAmongActiveClients() {
        SamplingRules rules = defaults();
        rules.create(new SamplingRule("shared", null, "*", 5, 0.1, 5, "*", "*", "*", "*", "*", 1, null));
        SamplingTargets targets = new SamplingTargets(rules, clock);
        var a = new SamplingTargets.Statistics("shared", "aaaaaaaaaaaaaaaaaaaaaaaa", 1.0, 10L, 3L, 1L);
        var b = new SamplingTargets.Statistics("shared", "bbbbbbbbbbbbbbbbbbbbbbbb", 1.0, 4L, 1L, 0L);
        targets.targets(List.of(a));
        var result = targets.targets(List.of(a, b,
                new SamplingTargets.Statistics("nope", "cccccccccccccccccccccccc", 1.0, 1L, 1L, 0L)));
        assertThat(result.targets()).extracting(SamplingTargets.Target::reservoirQuota).containsExactly(3, 2);
        assertThat(result.unprocessed()).singleElement().satisfies(u -> assertThat(u.ruleName()).isEqualTo("nope"));
        assertThat(targets.totals().get("shared")).isEqualTo(new SamplingTargets.Totals(24, 7, 2));
    }

    private static SamplingRule rule(String name) {
        return new SamplingRule(name, null, "*", 10, 0.5, 1, "*", "*", "*", "*", "*", 1, null);
    }
}
