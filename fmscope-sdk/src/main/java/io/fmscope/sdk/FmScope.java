package io.fmscope.sdk;

import io.fmscope.errors.Categories;
import io.fmscope.errors.classify.ErrorClassifier;
import io.fmscope.errors.classify.ErrorInput;
import io.fmscope.errors.classify.PatternMatch;
import io.fmscope.model.fmcall.CostMetrics;
import io.fmscope.model.fmcall.ErrorDetails;
import io.fmscope.model.fmcall.ErrorSeverity;
import io.fmscope.model.fmcall.ResilienceDetails;
import io.fmscope.sdk.cost.CostBreakdown;
import io.fmscope.sdk.cost.CostCalculator;
import io.fmscope.sdk.cost.TokenUsage;
import io.fmscope.sdk.log.CostModel;
import io.fmscope.sdk.log.ErrorEnricher;
import io.fmscope.sdk.log.FmCallLoggerBuilder;
import io.fmscope.sdk.log.FmCallLogger;
import io.fmscope.sdk.resilience.ResilienceOutcome;
import io.fmscope.sdk.trace.FmTracer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place where the SDK's parts are wired together: the logger's cost hook gets the pricing
 * catalog, its error hook gets the error catalog's classifier, its trace-id source the tracer's
 * current span, and a resilience outcome becomes the record's {@code resilience} section. The logger
 * itself depends on none of them, so an application may wire its own.
 */
public final class FmScope {
    private FmScope() {}

    /** A logger builder wired with the built-in (plus environment) pricing and error catalogs and the tracer. */
    public static FmCallLoggerBuilder loggerBuilder() {
        return FmCallLogger.builder()
                .costModel(costModel(CostCalculator.fromEnvironment()))
                .errorEnricher(errorEnricher(ErrorClassifier.withDefaults()))
                .traceIdSource(() -> FmTracer.currentTraceId().orElse(null));
    }

    /**
     * Prices calls with the catalog as Bedrock bills them: a response-cache hit costs nothing and records what it
     * saved; a failed call that produced no output (throttled, rejected, timed out before answering) is not billed
     * and costs 0 at its model's tier. A failure after output was streamed is billed for its tokens.
     */
    public static CostModel costModel(CostCalculator calculator) {
        return request -> {
            TokenUsage usage = new TokenUsage(request.inputTokens(), request.outputTokens(),
                    request.cacheReadInputTokens(), request.cacheWriteInputTokens());
            CostBreakdown b = request.responseCacheHit()
                    ? calculator.responseCacheHit(request.modelId(), usage)
                    : calculator.cost(request.modelId(), usage);
            if (request.failed() && !request.responseCacheHit() && request.outputTokens() == 0) {
                return new CostMetrics(0, 0, 0, b.modelPricingTier(), false, 0, 0, 0, 0, b.pricingUnknown());
            }
            return new CostMetrics(b.inputCostUsd(), b.outputCostUsd(), b.totalCostUsd(), b.modelPricingTier(),
                    b.wasCached(), b.cacheHitSavingsUsd(), b.cacheReadCostUsd(), b.cacheWriteCostUsd(),
                    b.promptCacheSavingsUsd(), b.pricingUnknown());
        };
    }

    /**
     * Fills severity, {@code is_retryable} and {@code root_cause_category} from the catalog's best match
     * (transient entries are retryable); an error the catalog does not know is {@code UNKNOWN}, medium.
     */
    public static ErrorEnricher errorEnricher(ErrorClassifier classifier) {
        // Errors repeat (a throttling burst is thousands of identical messages): remember the verdict per
        // distinct error so the classifier's regexes run once per kind, and keep the trend counts exact.
        Map<ErrorKey, Verdict> seen = new ConcurrentHashMap<>();
        return raw -> {
            ErrorKey key = new ErrorKey(raw.errorType(), raw.errorCode(), raw.errorMessage(), raw.upstreamService());
            Verdict v = seen.get(key);
            if (v == null) {
                v = classify(classifier, raw.errorType(), raw.errorCode(), raw.errorMessage(), raw.upstreamService());
                if (seen.size() >= VERDICT_CACHE_SIZE) seen.clear();
                seen.put(key, v);
            } else if (v.matched()) {
                classifier.stats().record(v.category(), null, null);
            }
            return new ErrorDetails(raw.errorType(), raw.errorCode(), raw.errorMessage(), v.severity(),
                    raw.retryCount(), v.retryable(), v.category(), raw.stackTraceHash(), raw.upstreamService());
        };
    }

    static final int VERDICT_CACHE_SIZE = 4_096;

    private record ErrorKey(String type, String code, String message, String service) {}

    private record Verdict(boolean matched, String category, ErrorSeverity severity, boolean retryable) {}

    /** Classifies (and counts) one error: the catalog's best match, or UNKNOWN. */
    private static Verdict classify(ErrorClassifier classifier, String type, String code, String message,
                                    String service) {
        ErrorInput.Builder in = ErrorInput.builder(message == null ? "" : message);
        // "UNKNOWN" is the seed's placeholder for a missing code, not a code to match on.
        if (code != null && !code.isEmpty() && !"UNKNOWN".equals(code)) in.code(code);
        else if (type != null) in.code(type);
        if (service != null && !service.isEmpty()) in.service(service);
        List<PatternMatch> matches = classifier.classify(in.build());
        if (matches.isEmpty()) return new Verdict(false, Categories.UNKNOWN, ErrorSeverity.MEDIUM, false);
        PatternMatch top = matches.getFirst();
        return new Verdict(true, top.category(), severity(top.pattern().severity()), top.pattern().transientError());
    }

    /** The record's {@code resilience} section for what the invoker did. */
    public static ResilienceDetails resilienceDetails(ResilienceOutcome o) {
        String breaker = o.circuitBreakerState() == null || o.circuitBreakerState().isEmpty()
                ? null : o.circuitBreakerState();
        return new ResilienceDetails(o.retryCount(), o.fallbackUsed(), o.fallbackUsed() ? o.originalModelId() : null,
                o.truncationApplied(), o.tokensTruncated(), o.historyTurnsDropped(), o.ragChunksDropped(), breaker);
    }

    private static ErrorSeverity severity(String s) {
        try {
            return s == null ? ErrorSeverity.MEDIUM : ErrorSeverity.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ErrorSeverity.MEDIUM;
        }
    }
}
