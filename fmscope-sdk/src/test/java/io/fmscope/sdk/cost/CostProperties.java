package io.fmscope.sdk.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CostProperties {

    private final CostCalculator calc = new CostCalculator(PricingCatalog.builtIn());

    @Property
    void costsAreNonNegativeAndAddUpToTheTotal(@ForAll("modelIds") String model, @ForAll("usages") TokenUsage u) {
        CostBreakdown c = calc.cost(model, u);

        assertThat(c.issues()).doesNotContain(CostIssue.UNKNOWN_MODEL, CostIssue.NEGATIVE_TOKEN_COUNT);
        assertThat(List.of(c.inputCostUsd(), c.outputCostUsd(), c.cacheReadCostUsd(), c.cacheWriteCostUsd(),
                c.totalCostUsd(), c.promptCacheSavingsUsd())).allSatisfy(v -> assertThat(v).isGreaterThanOrEqualTo(0));
        assertClose(c.totalCostUsd(),
                c.inputCostUsd() + c.outputCostUsd() + c.cacheReadCostUsd() + c.cacheWriteCostUsd());
    }

    @Property
    void costIsLinearInTheTokenCounts(@ForAll("modelIds") String model, @ForAll("usages") TokenUsage u,
                                      @ForAll @IntRange(min = 0, max = 1_000) int k) {
        var scaled = new TokenUsage(u.inputTokens() * k, u.outputTokens() * k, u.cacheReadInputTokens() * k,
                u.cacheWriteInputTokens() * k);

        assertClose(calc.cost(model, scaled).totalCostUsd(), k * calc.cost(model, u).totalCostUsd());
        assertClose(calc.cost(model, scaled).promptCacheSavingsUsd(), k * calc.cost(model, u).promptCacheSavingsUsd());
    }

    @Property
    void costIsAdditiveOverCalls(@ForAll("modelIds") String model, @ForAll("usages") TokenUsage a,
                                 @ForAll("usages") TokenUsage b) {
        var sum = new TokenUsage(a.inputTokens() + b.inputTokens(), a.outputTokens() + b.outputTokens(),
                a.cacheReadInputTokens() + b.cacheReadInputTokens(),
                a.cacheWriteInputTokens() + b.cacheWriteInputTokens());

        assertClose(calc.cost(model, sum).totalCostUsd(),
                calc.cost(model, a).totalCostUsd() + calc.cost(model, b).totalCostUsd());
    }

    @Property
    void aResponseCacheHitSavesExactlyWhatTheCallWouldCost(@ForAll("modelIds") String model,
                                                         @ForAll("usages") TokenUsage u) {
        CostBreakdown hit = calc.responseCacheHit(model, u);

        assertThat(hit.totalCostUsd()).isZero();
        assertThat(hit.cacheHitSavingsUsd()).isEqualTo(calc.cost(model, u).totalCostUsd());
    }

    @Provide
    Arbitrary<String> modelIds() {
        // Every catalog prefix, bare or behind a geographic profile scope, so every tier is exercised.
        Arbitrary<String> prefix = Arbitraries.of(PricingCatalog.builtIn().entries().stream()
                .flatMap(e -> e.match().stream()).toList());
        Arbitrary<String> scope = Arbitraries.of("", "us.", "eu.", "apac.");
        return Combinators.combine(scope, prefix, Arbitraries.of("", "-v1:0", "-20250101-v1:0"))
                .as((s, p, v) -> (p.startsWith("global.") ? "" : s) + p + v);
    }

    @Provide
    Arbitrary<TokenUsage> usages() {
        Arbitrary<Long> tokens = Arbitraries.longs().between(0, 5_000_000);
        return Combinators.combine(tokens, tokens, tokens, tokens)
                .as((in, out, read, write) -> new TokenUsage(in, out, read, write));
    }

    private static void assertClose(double actual, double expected) {
        assertThat(Math.abs(actual - expected)).isLessThanOrEqualTo(1e-12 * Math.max(1, Math.abs(expected)));
    }
}
