/**
 * Prices foundation-model calls: a pricing catalog kept as data ({@code bedrock-pricing.yaml} plus an optional
 * user file), model-id resolution (Bedrock ids, cross-Region inference profiles, ARNs), and the per-call
 * {@link io.fmscope.sdk.cost.CostBreakdown}.
 *
 * <p>Entry points: {@link io.fmscope.sdk.cost.PricingCatalog#fromEnvironment()} once at start-up, then
 * {@link io.fmscope.sdk.cost.CostCalculator#cost} (or {@code responseCacheHit}) on every logged call. The
 * calculator never throws; only loading a broken user pricing file does, at start-up.
 */
package io.fmscope.sdk.cost;
