package io.fmscope.sdk.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CostCalculatorTest {

    private static final String SONNET_3 = "anthropic.claude-3-sonnet-20240229-v1:0";
    private static final String HAIKU_3 = "anthropic.claude-3-haiku-20240307-v1:0";
    private static final double EXACT = 1e-15;

    private final CostCalculator calc = new CostCalculator(PricingCatalog.builtIn());

    @Test
    void claude3SonnetAtTheSeedsPrices() {
        // 1,200 x $3/1M = 0.0036; 350 x $15/1M = 0.00525
        CostBreakdown c = calc.cost(SONNET_3, TokenUsage.of(1_200, 350));

        assertThat(c.inputCostUsd()).isCloseTo(0.0036, within(EXACT));
        assertThat(c.outputCostUsd()).isCloseTo(0.00525, within(EXACT));
        assertThat(c.totalCostUsd()).isCloseTo(0.00885, within(EXACT));
        assertThat(c.modelPricingTier()).isEqualTo("anthropic.claude-3-sonnet");
        assertThat(c.wasCached()).isFalse();
        assertThat(c.cacheHitSavingsUsd()).isZero();
        assertThat(c.pricingUnknown()).isFalse();
        assertThat(c.issues()).isEmpty();
    }

    @Test
    void claude3HaikuAtTheSeedsPrices() {
        // 2,000 x $0.25/1M = 0.0005; 400 x $1.25/1M = 0.0005
        CostBreakdown c = calc.cost(HAIKU_3, TokenUsage.of(2_000, 400));

        assertThat(c.inputCostUsd()).isCloseTo(0.0005, within(EXACT));
        assertThat(c.outputCostUsd()).isCloseTo(0.0005, within(EXACT));
        assertThat(c.totalCostUsd()).isCloseTo(0.001, within(EXACT));
        assertThat(c.modelPricingTier()).isEqualTo("anthropic.claude-3-haiku");
    }

    @Test
    void tinyCallsKeepFullPrecisionInsteadOfRoundingToEightDigits() {
        // One Nova Micro input token costs $0.035/1M = 3.5e-8; the seed's round(x, 8) would log 4e-8.
        CostBreakdown c = calc.cost("amazon.nova-micro-v1:0", TokenUsage.of(1, 0));

        assertThat(c.totalCostUsd()).isCloseTo(3.5e-8, within(1e-22));
    }

    @Test
    void promptCacheTokensArePricedAtCachePricesOnClaude37Sonnet() {
        // input 500 x 3 = 0.0015; output 800 x 15 = 0.012; read 10,000 x 0.30 = 0.003; write 2,000 x 3.75 = 0.0075
        var usage = new TokenUsage(500, 800, 10_000, 2_000);
        CostBreakdown c = calc.cost("us.anthropic.claude-3-7-sonnet-20250219-v1:0", usage);

        assertThat(c.inputCostUsd()).isCloseTo(0.0015, within(EXACT));
        assertThat(c.outputCostUsd()).isCloseTo(0.012, within(EXACT));
        assertThat(c.cacheReadCostUsd()).isCloseTo(0.003, within(EXACT));
        assertThat(c.cacheWriteCostUsd()).isCloseTo(0.0075, within(EXACT));
        assertThat(c.totalCostUsd()).isCloseTo(0.024, within(EXACT));
        // the 10,000 read tokens at the input price would be 0.03; they cost 0.003
        assertThat(c.promptCacheSavingsUsd()).isCloseTo(0.027, within(EXACT));
        assertThat(c.wasCached()).isFalse();
        assertThat(c.cacheHitSavingsUsd()).isZero();
        assertThat(c.pricingUnknown()).isFalse();
    }

    @Test
    void responseCacheHitCostsNothingAndSavesWhatTheCallWouldHaveCost() {
        CostBreakdown c = calc.responseCacheHit(SONNET_3, TokenUsage.of(1_200, 350));

        assertThat(List.of(c.inputCostUsd(), c.outputCostUsd(), c.cacheReadCostUsd(), c.cacheWriteCostUsd(),
                c.totalCostUsd(), c.promptCacheSavingsUsd())).containsOnly(0.0);
        assertThat(c.wasCached()).isTrue();
        assertThat(c.cacheHitSavingsUsd()).isCloseTo(0.00885, within(EXACT));
        assertThat(c.modelPricingTier()).isEqualTo("anthropic.claude-3-sonnet");
        assertThat(c.pricingUnknown()).isFalse();
    }

    @Test
    void unknownModelIsFlaggedAndNeverPricedAsAnotherModel() {
        CostBreakdown c = calc.cost("cohere.command-r-plus-v1:0", TokenUsage.of(10_000, 1_000));

        assertThat(c.pricingUnknown()).isTrue();
        assertThat(c.modelPricingTier()).isEqualTo("unknown");
        assertThat(c.totalCostUsd()).isZero();
        assertThat(c.inputCostUsd()).isZero();
        assertThat(c.issues()).containsExactly(CostIssue.UNKNOWN_MODEL);
    }

    @Test
    void responseCacheHitOnUnknownModelClaimsNoSavings() {
        CostBreakdown c = calc.responseCacheHit("acme.model-x", TokenUsage.of(10_000, 1_000));

        assertThat(c.wasCached()).isTrue();
        assertThat(c.pricingUnknown()).isTrue();
        assertThat(c.cacheHitSavingsUsd()).isZero();
    }

    @Test
    void cacheTokensOnAModelWithoutPromptCachingAreFlaggedNotFree() {
        CostBreakdown c = calc.cost(HAIKU_3, new TokenUsage(2_000, 400, 5_000, 1_000));

        assertThat(c.inputCostUsd()).isCloseTo(0.0005, within(EXACT));
        assertThat(c.cacheReadCostUsd()).isZero();
        assertThat(c.cacheWriteCostUsd()).isZero();
        assertThat(c.promptCacheSavingsUsd()).isZero();
        assertThat(c.pricingUnknown()).isTrue();
        assertThat(c.issues()).containsExactlyInAnyOrder(CostIssue.NO_CACHE_READ_PRICE,
                CostIssue.NO_CACHE_WRITE_PRICE);
        assertThat(c.modelPricingTier()).isEqualTo("anthropic.claude-3-haiku");
    }

    @Test
    void negativeCountsCountAsZeroAndAreFlagged() {
        CostBreakdown c = calc.cost(SONNET_3, new TokenUsage(-5, 1_000, 0, 0));

        assertThat(c.inputCostUsd()).isZero();
        assertThat(c.outputCostUsd()).isCloseTo(0.015, within(EXACT));
        assertThat(c.issues()).containsExactly(CostIssue.NEGATIVE_TOKEN_COUNT);
        assertThat(c.pricingUnknown()).isFalse();
    }

    @Test
    void nullInputsGiveAFlaggedBreakdownInsteadOfThrowing() {
        assertThat(calc.cost(null, TokenUsage.of(1, 1)).pricingUnknown()).isTrue();
        assertThat(calc.cost(SONNET_3, null).totalCostUsd()).isZero();
        assertThat(calc.cost(SONNET_3, null).pricingUnknown()).isFalse();
        assertThat(calc.responseCacheHit(null, null).wasCached()).isTrue();
    }

    @Test
    void totalInputFactorySubtractsCacheTokens() {
        TokenUsage u = TokenUsage.ofTotalInput(12_500, 800, 10_000, 2_000);

        assertThat(u).isEqualTo(new TokenUsage(500, 800, 10_000, 2_000));
        assertThat(u.totalInputTokens()).isEqualTo(12_500);
        assertThat(TokenUsage.ofTotalInput(100, 0, 300, 0).inputTokens()).isZero();
    }

    @Test
    void fieldsUseTheSeedNamesInAStableOrder() {
        var fields = calc.cost(HAIKU_3, new TokenUsage(2_000, 400, 1, 0)).toFields();

        assertThat(fields.keySet()).containsExactly("input_cost_usd", "output_cost_usd", "cache_read_cost_usd",
                "cache_write_cost_usd", "total_cost_usd", "model_pricing_tier", "was_cached",
                "cache_hit_savings_usd", "prompt_cache_savings_usd", "pricing_unknown", "cost_issues");
        assertThat(fields).containsEntry("model_pricing_tier", "anthropic.claude-3-haiku")
                .containsEntry("pricing_unknown", true)
                .containsEntry("cost_issues", List.of("NO_CACHE_READ_PRICE"));
        assertThat(calc.cost(HAIKU_3, TokenUsage.of(1, 1)).toFields()).doesNotContainKey("cost_issues");
    }
}
