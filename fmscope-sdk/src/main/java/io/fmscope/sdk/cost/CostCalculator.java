package io.fmscope.sdk.cost;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Prices FM calls against a {@link PricingCatalog}. Thread-safe; never throws: a null or unknown model id, null
 * usage or negative counts give a breakdown flagged through {@link CostBreakdown#issues()}.
 *
 * <p>Per call: {@code input = inputTokens x input}, {@code output = outputTokens x output},
 * {@code cache read = cacheReadInputTokens x cache_read}, {@code cache write = cacheWriteInputTokens x
 * cache_write}, all prices per 1M tokens. An unknown model is never priced as another model.
 */
public final class CostCalculator {

    private static final double MILLION = 1_000_000.0;

    private final PricingCatalog catalog;

    public CostCalculator(PricingCatalog catalog) {
        this.catalog = catalog;
    }

    /** A calculator over {@link PricingCatalog#fromEnvironment()}. */
    public static CostCalculator fromEnvironment() {
        return new CostCalculator(PricingCatalog.fromEnvironment());
    }

    public PricingCatalog catalog() {
        return catalog;
    }

    /** The cost of a call that reached the model. */
    public CostBreakdown cost(String modelId, TokenUsage usage) {
        try {
            return price(modelId, usage);
        } catch (RuntimeException e) {
            return CostBreakdown.unknownModel(false, Set.of()); // defensive: pricing must not break logging
        }
    }

    /**
     * A response-cache hit: the answer came from the application's cache, no model was called. All costs are 0,
     * {@code wasCached} is true and {@code cacheHitSavingsUsd} is what {@code avoidedUsage} would have cost.
     */
    public CostBreakdown responseCacheHit(String modelId, TokenUsage avoidedUsage) {
        try {
            CostBreakdown avoided = price(modelId, avoidedUsage);
            return new CostBreakdown(0, 0, 0, 0, 0, avoided.modelPricingTier(), true, avoided.totalCostUsd(), 0,
                    avoided.pricingUnknown(), avoided.issues());
        } catch (RuntimeException e) {
            return CostBreakdown.unknownModel(true, Set.of());
        }
    }

    private CostBreakdown price(String modelId, TokenUsage usage) {
        TokenUsage u = usage == null ? TokenUsage.NONE : usage;
        EnumSet<CostIssue> issues = EnumSet.noneOf(CostIssue.class);
        long in = nonNegative(u.inputTokens(), issues);
        long out = nonNegative(u.outputTokens(), issues);
        long read = nonNegative(u.cacheReadInputTokens(), issues);
        long write = nonNegative(u.cacheWriteInputTokens(), issues);
        Optional<PricingEntry> entry = catalog.resolve(modelId);
        if (entry.isEmpty()) {
            return CostBreakdown.unknownModel(false, issues);
        }
        PriceSheet p = entry.get().prices();
        double inputCost = in * p.inputPerMillion() / MILLION;
        double outputCost = out * p.outputPerMillion() / MILLION;
        double readCost = 0;
        double savings = 0;
        if (read > 0 && p.cacheReadPerMillion().isEmpty()) {
            issues.add(CostIssue.NO_CACHE_READ_PRICE);
        } else if (read > 0) {
            readCost = read * p.cacheReadPerMillion().getAsDouble() / MILLION;
            savings = read * p.inputPerMillion() / MILLION - readCost;
        }
        double writeCost = 0;
        if (write > 0 && p.cacheWritePerMillion().isEmpty()) {
            issues.add(CostIssue.NO_CACHE_WRITE_PRICE);
        } else if (write > 0) {
            writeCost = write * p.cacheWritePerMillion().getAsDouble() / MILLION;
        }
        boolean incomplete = issues.contains(CostIssue.NO_CACHE_READ_PRICE)
                || issues.contains(CostIssue.NO_CACHE_WRITE_PRICE);
        return new CostBreakdown(inputCost, outputCost, readCost, writeCost,
                inputCost + outputCost + readCost + writeCost, entry.get().tier(), false, 0, savings,
                incomplete, issues);
    }

    private static long nonNegative(long count, Set<CostIssue> issues) {
        if (count < 0) {
            issues.add(CostIssue.NEGATIVE_TOKEN_COUNT);
            return 0;
        }
        return count;
    }
}
