package io.fmscope.sdk.log;

import io.fmscope.model.fmcall.CostMetrics;

/**
 * Prices one call. The logger has no prices of its own: without a cost model the record's {@code
 * cost} section is omitted, so a call is never priced as some other model. An implementation that
 * does not know the model should return {@link CostMetrics#unknownPricing(boolean)}; returning
 * {@code null} also omits the section. A cost model that throws is counted in {@link
 * LoggerStats#hookFailures()} and flagged {@code hook_failed:cost}; the call is still logged.
 */
@FunctionalInterface
public interface CostModel {

  /** The cost section for one call, or {@code null} to omit it. */
  CostMetrics cost(CostRequest request);
}
