package io.fmscope.sdk.cost;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one FM call cost, in USD, at full double precision (no rounding, so sub-cent calls keep their value).
 *
 * <p>{@code totalCostUsd} = input + output + cache read + cache write costs. For a response-cache hit
 * ({@code wasCached}) no model was called: every cost is 0 and {@code cacheHitSavingsUsd} is what the call
 * would have cost. {@code promptCacheSavingsUsd} is what the cache-read tokens would have cost at the input
 * price minus what they cost at the cache-read price. {@code pricingUnknown} is true when the total is not a
 * complete price: the model is unknown, or some tokens had no price ({@link #issues()} says which).
 */
public record CostBreakdown(double inputCostUsd, double outputCostUsd, double cacheReadCostUsd,
                            double cacheWriteCostUsd, double totalCostUsd, String modelPricingTier,
                            boolean wasCached, double cacheHitSavingsUsd, double promptCacheSavingsUsd,
                            boolean pricingUnknown, Set<CostIssue> issues) {

    /** The tier logged when no catalog entry matches. */
    public static final String UNKNOWN_TIER = "unknown";

    public CostBreakdown {
        modelPricingTier = modelPricingTier == null ? UNKNOWN_TIER : modelPricingTier;
        issues = issues == null || issues.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(issues));
    }

    /** The breakdown of a call whose model has no catalog tier. */
    static CostBreakdown unknownModel(boolean wasCached, Set<CostIssue> more) {
        EnumSet<CostIssue> all = EnumSet.of(CostIssue.UNKNOWN_MODEL);
        all.addAll(more);
        return new CostBreakdown(0, 0, 0, 0, 0, UNKNOWN_TIER, wasCached, 0, 0, true, all);
    }

    /**
     * The breakdown as log fields with the seed's snake_case names, in a stable order: {@code input_cost_usd},
     * {@code output_cost_usd}, {@code cache_read_cost_usd}, {@code cache_write_cost_usd}, {@code total_cost_usd},
     * {@code model_pricing_tier}, {@code was_cached}, {@code cache_hit_savings_usd},
     * {@code prompt_cache_savings_usd}, {@code pricing_unknown}, and {@code cost_issues} (names, only when any).
     */
    public Map<String, Object> toFields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("input_cost_usd", inputCostUsd);
        f.put("output_cost_usd", outputCostUsd);
        f.put("cache_read_cost_usd", cacheReadCostUsd);
        f.put("cache_write_cost_usd", cacheWriteCostUsd);
        f.put("total_cost_usd", totalCostUsd);
        f.put("model_pricing_tier", modelPricingTier);
        f.put("was_cached", wasCached);
        f.put("cache_hit_savings_usd", cacheHitSavingsUsd);
        f.put("prompt_cache_savings_usd", promptCacheSavingsUsd);
        f.put("pricing_unknown", pricingUnknown);
        if (!issues.isEmpty()) {
            List<String> names = EnumSet.copyOf(issues).stream().map(Enum::name).toList();
            f.put("cost_issues", names);
        }
        return f;
    }
}
