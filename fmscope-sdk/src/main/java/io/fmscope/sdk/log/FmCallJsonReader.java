package io.fmscope.sdk.log;

import static io.fmscope.sdk.log.FmLogJsonReader.doubles;
import static io.fmscope.sdk.log.FmLogJsonReader.strings;
import static io.fmscope.sdk.log.FmLogJsonReader.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.fmscope.model.fmcall.CostMetrics;
import io.fmscope.model.fmcall.ErrorDetails;
import io.fmscope.model.fmcall.ErrorSeverity;
import io.fmscope.model.fmcall.FmCallMetadata;
import io.fmscope.model.fmcall.FmCallRecord;
import io.fmscope.model.fmcall.FmCallStatus;
import io.fmscope.model.fmcall.IsoTimestamps;
import io.fmscope.model.fmcall.LatencyBreakdown;
import io.fmscope.model.fmcall.LatencyComponent;
import io.fmscope.model.fmcall.PromptMetrics;
import io.fmscope.model.fmcall.ResilienceDetails;
import io.fmscope.model.fmcall.ResponseMetrics;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code FM_CALL} half of {@link FmLogJsonReader}: one method per section. */
final class FmCallJsonReader {
  private FmCallJsonReader() {}

  static FmCallRecord read(JsonNode n) {
    Map<String, String> tags = new LinkedHashMap<>();
    n.path("tags").properties().forEach(e -> tags.put(e.getKey(), e.getValue().asText()));
    return new FmCallRecord(
        section(n, "metadata") ? metadata(n.get("metadata")) : null,
        FmCallStatus.parse(text(n, "status")),
        section(n, "prompt_metrics") ? prompt(n.get("prompt_metrics")) : null,
        section(n, "response_metrics") ? response(n.get("response_metrics")) : null,
        section(n, "latency") ? latency(n.get("latency")) : null,
        section(n, "error") ? error(n.get("error")) : null,
        section(n, "cost") ? cost(n.get("cost")) : null,
        tags,
        section(n, "resilience") ? resilience(n.get("resilience")) : null,
        strings(n.path("data_quality")));
  }

  private static boolean section(JsonNode n, String name) {
    return n.path(name).isObject();
  }

  private static FmCallMetadata metadata(JsonNode m) {
    Instant ts = FmLogJsonReader.instant(m.path("timestamp_iso"));
    if (ts == null && m.path("timestamp_epoch_ms").canConvertToLong()) {
      ts = Instant.ofEpochMilli(Math.clamp(m.path("timestamp_epoch_ms").asLong(),
          IsoTimestamps.MIN_EPOCH_MS, IsoTimestamps.MAX_EPOCH_MS));
    }
    return new FmCallMetadata(text(m, "request_id"), text(m, "session_id"), text(m, "user_id"),
        m.path("conversation_turn").asInt(), text(m, "model_id"), text(m, "model_version"),
        text(m, "region"), ts, text(m, "trace_id"), text(m, "service"));
  }

  private static PromptMetrics prompt(JsonNode p) {
    return new PromptMetrics(text(p, "prompt_template_id"), p.path("prompt_token_count").asInt(),
        p.path("system_prompt_token_count").asInt(), p.path("context_token_count").asInt(),
        p.path("user_message_token_count").asInt(), p.path("total_input_tokens").asInt(),
        text(p, "prompt_hash"), p.path("contains_manga_title").asBoolean(),
        p.path("contains_author_name").asBoolean(), text(p, "language"),
        p.path("rag_chunks_included").asInt(), doubles(p.path("rag_relevance_scores")),
        p.path("cache_read_input_tokens").asInt(), p.path("cache_write_input_tokens").asInt(),
        text(p, "prompt_text"));
  }

  private static ResponseMetrics response(JsonNode r) {
    JsonNode confidence = r.path("confidence_score");
    return new ResponseMetrics(r.path("output_token_count").asInt(), text(r, "stop_reason"),
        r.path("response_length_chars").asInt(), text(r, "response_language"),
        r.path("contains_product_recommendation").asBoolean(),
        r.path("recommendation_count").asInt(),
        confidence.isNumber() ? confidence.asDouble() : null,
        r.path("content_filter_triggered").asBoolean(), text(r, "content_filter_reason"),
        text(r, "response_text"));
  }

  private static LatencyBreakdown latency(JsonNode l) {
    double[] v = new double[LatencyComponent.values().length];
    for (LatencyComponent c : LatencyComponent.values()) {
      v[c.ordinal()] = l.path(c.jsonName()).asDouble();
    }
    return LatencyBreakdown.of(v);
  }

  private static ErrorDetails error(JsonNode e) {
    return new ErrorDetails(text(e, "error_type"), text(e, "error_code"),
        text(e, "error_message"), ErrorSeverity.parse(text(e, "error_severity")),
        e.path("retry_count").asInt(), e.path("is_retryable").asBoolean(),
        text(e, "root_cause_category"), text(e, "stack_trace_hash"),
        text(e, "upstream_service"));
  }

  private static CostMetrics cost(JsonNode c) {
    return new CostMetrics(c.path("input_cost_usd").asDouble(),
        c.path("output_cost_usd").asDouble(), c.path("total_cost_usd").asDouble(),
        text(c, "model_pricing_tier"), c.path("was_cached").asBoolean(),
        c.path("cache_hit_savings_usd").asDouble(), c.path("cache_read_cost_usd").asDouble(),
        c.path("cache_write_cost_usd").asDouble(), c.path("prompt_cache_savings_usd").asDouble(),
        c.path("pricing_unknown").asBoolean());
  }

  private static ResilienceDetails resilience(JsonNode r) {
    return new ResilienceDetails(r.path("retry_count").asInt(),
        r.path("fallback_used").asBoolean(), text(r, "original_model_id"),
        r.path("truncation_applied").asBoolean(), r.path("tokens_truncated").asInt(),
        r.path("history_turns_dropped").asInt(), r.path("rag_chunks_dropped").asInt(),
        text(r, "circuit_breaker_state"));
  }
}
