package io.fmscope.sdk.log;

import io.fmscope.model.fmcall.CostMetrics;
import io.fmscope.model.fmcall.DataQualityIssue;
import io.fmscope.model.fmcall.ErrorDetails;
import io.fmscope.model.fmcall.FmCallStatus;
import io.fmscope.model.fmcall.PromptMetrics;
import io.fmscope.model.fmcall.ResilienceDetails;
import io.fmscope.model.fmcall.ResponseMetrics;
import io.fmscope.sdk.log.FmCallBuilder.CallInputs;
import java.util.LinkedHashMap;
import java.util.Map;

/** The hook-driven and optional sections of an FM-call record: error, cost, tags, resilience. */
final class CallSections {
  /** At most this many tags per record. */
  static final int MAX_TAGS = 50;
  static final int MAX_TAG_KEY = 128;

  private final LoggerConfig config;
  private final Repairs fix;

  CallSections(LoggerConfig config, Repairs fix) {
    this.config = config;
    this.fix = fix;
  }

  /**
   * The error section: present when an error was given or the status is a failure. A failure
   * status without an error gets one named after the status (flagged, except for content filtering,
   * whose reason is the error).
   */
  ErrorDetails error(CallInputs in, FmCallStatus status) {
    boolean failure = status == FmCallStatus.ERROR || status == FmCallStatus.TIMEOUT
        || status == FmCallStatus.THROTTLED || status == FmCallStatus.CONTENT_FILTERED;
    if (!in.errorGiven && !failure) {
      return null;
    }
    RawError raw = ErrorInputs.raw(in, status, fix);
    ErrorDetails enriched = null;
    ErrorEnricher enricher = config.errorEnricher();
    if (enricher != null) {
      try {
        enriched = enricher.enrich(raw);
      } catch (RuntimeException e) {
        enriched = null;
      }
      if (enriched == null) {
        fix.hookFailed("error");
      }
    }
    if (enriched == null) {
      enriched = ErrorEnricher.seedDefaults().enrich(raw);
    }
    return ErrorInputs.finish(enriched, raw, in, fix);
  }

  /** Prices the call through the cost model; null (section omitted) without one. */
  CostMetrics cost(String modelId, PromptMetrics p, ResponseMetrics r, CallInputs in,
      FmCallStatus status) {
    CostModel model = config.costModel();
    if (model == null) {
      return null;
    }
    CostMetrics c;
    try {
      c = model.cost(new CostRequest(modelId, p.totalInputTokens(), r.outputTokenCount(),
          p.cacheReadInputTokens(), p.cacheWriteInputTokens(), in.responseCacheHit,
          status != FmCallStatus.SUCCESS));
    } catch (RuntimeException e) {
      fix.hookFailed("cost");
      return null;
    }
    if (c == null) {
      return null;
    }
    return new CostMetrics(usd(c.inputCostUsd(), "cost.input_cost_usd"),
        usd(c.outputCostUsd(), "cost.output_cost_usd"),
        usd(c.totalCostUsd(), "cost.total_cost_usd"),
        fix.required(c.modelPricingTier(), "unknown", "cost.model_pricing_tier"), c.wasCached(),
        usd(c.cacheHitSavingsUsd(), "cost.cache_hit_savings_usd"),
        usd(c.cacheReadCostUsd(), "cost.cache_read_cost_usd"),
        usd(c.cacheWriteCostUsd(), "cost.cache_write_cost_usd"),
        usd(c.promptCacheSavingsUsd(), "cost.prompt_cache_savings_usd"), c.pricingUnknown());
  }

  private double usd(double v, String path) {
    if (!Double.isFinite(v)) {
      fix.flag(DataQualityIssue.NON_FINITE_VALUE_DEFAULTED, path);
      return 0;
    }
    if (v < 0) {
      fix.flag(DataQualityIssue.NEGATIVE_VALUE_CLAMPED, path);
      return 0;
    }
    return v;
  }

  /** The logger's default tags, then the call's; cut, de-secreted, at most {@link #MAX_TAGS}. */
  Map<String, String> tags(CallInputs in) {
    if (config.defaultTags().isEmpty() && in.tags.isEmpty()) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    config.defaultTags().forEach((k, v) -> tag(k, v, out));
    in.tags.forEach((k, v) -> tag(k, v, out));
    return out;
  }

  private void tag(String key, String value, Map<String, String> out) {
    if (key == null || value == null || key.isEmpty()) {
      fix.flag(DataQualityIssue.INVALID_VALUE_REJECTED, "tags");
      return;
    }
    String k = fix.cut(key, MAX_TAG_KEY, "tags");
    if (!out.containsKey(k) && out.size() >= MAX_TAGS) {
      fix.flag(DataQualityIssue.LIST_TRUNCATED, "tags");
      return;
    }
    if (SecretRedactor.isSecretKeyNameRepeated(k)) {
      fix.flag(DataQualityIssue.SECRET_REDACTED, "tags." + k);
      out.put(k, SecretRedactor.REDACTED);
      return;
    }
    String v = SecretRedactor.redactRepeated(value);
    if (v != value && !v.equals(value)) {
      fix.flag(DataQualityIssue.SECRET_REDACTED, "tags." + k);
    }
    out.put(k, fix.cut(v, Repairs.MAX_SHORT_STRING, "tags." + k));
  }

  /** The resilience section as given, with its counts clamped; null when none was given. */
  ResilienceDetails resilience(CallInputs in) {
    ResilienceDetails r = in.resilience;
    if (r == null) {
      return null;
    }
    return new ResilienceDetails(fix.count(r.retryCount(), "resilience.retry_count"),
        r.fallbackUsed(), fix.optional(r.originalModelId(), "resilience.original_model_id"),
        r.truncationApplied(), fix.count(r.tokensTruncated(), "resilience.tokens_truncated"),
        fix.count(r.historyTurnsDropped(), "resilience.history_turns_dropped"),
        fix.count(r.ragChunksDropped(), "resilience.rag_chunks_dropped"),
        fix.optional(r.circuitBreakerState(), "resilience.circuit_breaker_state"));
  }
}
