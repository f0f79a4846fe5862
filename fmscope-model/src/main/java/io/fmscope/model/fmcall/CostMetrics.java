package io.fmscope.model.fmcall;

/**
 * JSON object {@code cost}: what one call cost in US dollars. The first six components are the
 * seed's; the rest are extensions for prompt caching and unknown prices.
 *
 * @param inputCostUsd {@code input_cost_usd}
 * @param outputCostUsd {@code output_cost_usd}
 * @param totalCostUsd {@code total_cost_usd}: what was actually paid
 * @param modelPricingTier {@code model_pricing_tier}: the price-table key used
 * @param wasCached {@code was_cached}: the answer came from the response cache
 * @param cacheHitSavingsUsd {@code cache_hit_savings_usd}: saved by the response cache
 * @param cacheReadCostUsd extension {@code cache_read_cost_usd}: prompt-cache reads
 * @param cacheWriteCostUsd extension {@code cache_write_cost_usd}: prompt-cache writes
 * @param promptCacheSavingsUsd extension {@code prompt_cache_savings_usd}: saved by prompt-cache
 *     reads compared with full-price input
 * @param pricingUnknown extension {@code pricing_unknown}: no price was known for the model, so
 *     the amounts are zero rather than another model's price
 */
public record CostMetrics(
    double inputCostUsd,
    double outputCostUsd,
    double totalCostUsd,
    String modelPricingTier,
    boolean wasCached,
    double cacheHitSavingsUsd,
    double cacheReadCostUsd,
    double cacheWriteCostUsd,
    double promptCacheSavingsUsd,
    boolean pricingUnknown) {

  /** The cost record for a model without a known price: all amounts zero, flagged unknown. */
  public static CostMetrics unknownPricing(boolean wasCached) {
    return new CostMetrics(0, 0, 0, "unknown", wasCached, 0, 0, 0, 0, true);
  }
}
