package io.fmscope.simulator.orchestrator;

import io.fmscope.model.fmcall.CostMetrics;
import io.fmscope.sdk.cost.CostBreakdown;
import io.fmscope.sdk.cost.CostCalculator;
import io.fmscope.sdk.cost.TokenUsage;
import io.fmscope.sdk.log.CostModel;
import io.fmscope.sdk.log.CostRequest;

/**
 * Prices calls with the SDK's {@link CostCalculator} as Bedrock bills them: a call that produced no output
 * (throttled, timed out, rejected, refused before sending) is not billed and costs 0 at its model's tier;
 * a response-cache hit costs 0 and saves what the call would have cost.
 */
final class BillingCostModel implements CostModel {
  private final CostCalculator calculator;

  BillingCostModel(CostCalculator calculator) {
    this.calculator = calculator;
  }

  @Override
  public CostMetrics cost(CostRequest r) {
    TokenUsage usage = new TokenUsage(r.inputTokens(), r.outputTokens(), r.cacheReadInputTokens(),
        r.cacheWriteInputTokens());
    CostBreakdown b = r.responseCacheHit() ? calculator.responseCacheHit(r.modelId(), usage)
        : calculator.cost(r.modelId(), usage);
    if (!r.responseCacheHit() && r.outputTokens() == 0) {
      return new CostMetrics(0, 0, 0, b.modelPricingTier(), false, 0, 0, 0, 0, b.pricingUnknown());
    }
    return new CostMetrics(b.inputCostUsd(), b.outputCostUsd(), b.totalCostUsd(), b.modelPricingTier(),
        b.wasCached(), b.cacheHitSavingsUsd(), b.cacheReadCostUsd(), b.cacheWriteCostUsd(),
        b.promptCacheSavingsUsd(), b.pricingUnknown());
  }
}
