package io.fmscope.sdk.log;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.fmscope.model.fmcall.CostMetrics;
import io.fmscope.model.fmcall.ErrorDetails;
import io.fmscope.model.fmcall.FmCallMetadata;
import io.fmscope.model.fmcall.FmCallRecord;
import io.fmscope.model.fmcall.FmLogRecord;
import io.fmscope.model.fmcall.IsoTimestamps;
import io.fmscope.model.fmcall.LatencyBreakdown;
import io.fmscope.model.fmcall.PromptMetrics;
import io.fmscope.model.fmcall.RagRetrievalRecord;
import io.fmscope.model.fmcall.ResilienceDetails;
import io.fmscope.model.fmcall.ResponseMetrics;
import io.fmscope.model.fmcall.SessionEventRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * Writes records as one-line JSON with Jackson's streaming generator: the seed's snake_case names
 * in the seed's order, null sections omitted (like the seed's {@code to_json}), null fields inside
 * a section written as JSON null (like Python's {@code json.dumps}), extensions after the seed's
 * fields. No reflection: each field is written explicitly, which keeps a record around a
 * microsecond.
 */
public final class FmLogJsonWriter {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

  private FmLogJsonWriter() {}

  /** The record as one line of JSON, without a trailing newline. */
  public static String toJson(FmLogRecord record) {
    StringBuilderWriter out = new StringBuilderWriter(1024);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(record, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail; kept for the signature
    }
    return out.toString();
  }

  /** Writes the record as one JSON object to a generator. */
  public static void write(FmLogRecord record, JsonGenerator g) throws IOException {
    switch (record) {
      case FmCallRecord r -> writeFmCall(r, g);
      case RagRetrievalRecord r -> RecordJson.writeRag(r, g);
      case SessionEventRecord r -> RecordJson.writeSession(r, g);
    }
  }

  private static void writeFmCall(FmCallRecord r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("log_type", FmCallRecord.LOG_TYPE);
    if (r.metadata() != null) {
      metadata(r.metadata(), g);
    }
    g.writeStringField("status", r.status().name());
    if (r.promptMetrics() != null) {
      prompt(r.promptMetrics(), g);
    }
    if (r.responseMetrics() != null) {
      response(r.responseMetrics(), g);
    }
    if (r.latency() != null) {
      latency(r.latency(), g);
    }
    if (r.error() != null) {
      error(r.error(), g);
    }
    if (r.cost() != null) {
      cost(r.cost(), g);
    }
    g.writeObjectFieldStart("tags");
    for (Map.Entry<String, String> e : r.tags().entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    if (r.resilience() != null) {
      resilience(r.resilience(), g);
    }
    RecordJson.dataQuality(r.dataQuality(), g);
    g.writeEndObject();
  }

  private static void metadata(FmCallMetadata m, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("metadata");
    g.writeStringField("request_id", m.requestId());
    g.writeStringField("session_id", m.sessionId());
    g.writeStringField("user_id", m.userId());
    g.writeNumberField("conversation_turn", m.conversationTurn());
    g.writeStringField("model_id", m.modelId());
    g.writeStringField("model_version", m.modelVersion());
    g.writeStringField("region", m.region());
    long epochMs = m.timestampEpochMs();
    g.writeStringField("timestamp_iso", IsoTimestamps.format(epochMs));
    g.writeNumberField("timestamp_epoch_ms", epochMs);
    RecordJson.optionalString("trace_id", m.traceId(), g);
    RecordJson.optionalString("service", m.service(), g);
    g.writeEndObject();
  }

  private static void prompt(PromptMetrics p, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("prompt_metrics");
    g.writeStringField("prompt_template_id", p.promptTemplateId());
    g.writeNumberField("prompt_token_count", p.promptTokenCount());
    g.writeNumberField("system_prompt_token_count", p.systemPromptTokenCount());
    g.writeNumberField("context_token_count", p.contextTokenCount());
    g.writeNumberField("user_message_token_count", p.userMessageTokenCount());
    g.writeNumberField("total_input_tokens", p.totalInputTokens());
    g.writeStringField("prompt_hash", p.promptHash());
    g.writeBooleanField("contains_manga_title", p.containsMangaTitle());
    g.writeBooleanField("contains_author_name", p.containsAuthorName());
    g.writeStringField("language", p.language());
    g.writeNumberField("rag_chunks_included", p.ragChunksIncluded());
    RecordJson.doubles("rag_relevance_scores", p.ragRelevanceScores(), g);
    g.writeNumberField("cache_read_input_tokens", p.cacheReadInputTokens());
    g.writeNumberField("cache_write_input_tokens", p.cacheWriteInputTokens());
    RecordJson.optionalString("prompt_text", p.promptText(), g);
    g.writeEndObject();
  }

  private static void response(ResponseMetrics r, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("response_metrics");
    g.writeNumberField("output_token_count", r.outputTokenCount());
    g.writeStringField("stop_reason", r.stopReason());
    g.writeNumberField("response_length_chars", r.responseLengthChars());
    g.writeStringField("response_language", r.responseLanguage());
    g.writeBooleanField("contains_product_recommendation", r.containsProductRecommendation());
    g.writeNumberField("recommendation_count", r.recommendationCount());
    g.writeFieldName("confidence_score");
    if (r.confidenceScore() == null) {
      g.writeNull();
    } else {
      g.writeNumber(r.confidenceScore());
    }
    g.writeBooleanField("content_filter_triggered", r.contentFilterTriggered());
    g.writeStringField("content_filter_reason", r.contentFilterReason());
    RecordJson.optionalString("response_text", r.responseText(), g);
    g.writeEndObject();
  }

  private static void latency(LatencyBreakdown l, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("latency");
    g.writeNumberField("total_e2e_ms", l.totalE2eMs());
    g.writeNumberField("api_gateway_ms", l.apiGatewayMs());
    g.writeNumberField("orchestrator_processing_ms", l.orchestratorProcessingMs());
    g.writeNumberField("rag_retrieval_ms", l.ragRetrievalMs());
    g.writeNumberField("opensearch_query_ms", l.opensearchQueryMs());
    g.writeNumberField("dynamodb_session_lookup_ms", l.dynamodbSessionLookupMs());
    g.writeNumberField("redis_cache_check_ms", l.redisCacheCheckMs());
    g.writeNumberField("bedrock_invoke_ms", l.bedrockInvokeMs());
    g.writeNumberField("bedrock_first_token_ms", l.bedrockFirstTokenMs());
    g.writeNumberField("response_parsing_ms", l.responseParsingMs());
    g.writeNumberField("websocket_delivery_ms", l.websocketDeliveryMs());
    g.writeEndObject();
  }

  private static void error(ErrorDetails e, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("error");
    g.writeStringField("error_type", e.errorType());
    g.writeStringField("error_code", e.errorCode());
    g.writeStringField("error_message", e.errorMessage());
    g.writeStringField("error_severity", e.errorSeverity().name());
    g.writeNumberField("retry_count", e.retryCount());
    g.writeBooleanField("is_retryable", e.isRetryable());
    g.writeStringField("root_cause_category", e.rootCauseCategory());
    g.writeStringField("stack_trace_hash", e.stackTraceHash());
    g.writeStringField("upstream_service", e.upstreamService());
    g.writeEndObject();
  }

  private static void cost(CostMetrics c, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("cost");
    g.writeNumberField("input_cost_usd", c.inputCostUsd());
    g.writeNumberField("output_cost_usd", c.outputCostUsd());
    g.writeNumberField("total_cost_usd", c.totalCostUsd());
    g.writeStringField("model_pricing_tier", c.modelPricingTier());
    g.writeBooleanField("was_cached", c.wasCached());
    g.writeNumberField("cache_hit_savings_usd", c.cacheHitSavingsUsd());
    g.writeNumberField("cache_read_cost_usd", c.cacheReadCostUsd());
    g.writeNumberField("cache_write_cost_usd", c.cacheWriteCostUsd());
    g.writeNumberField("prompt_cache_savings_usd", c.promptCacheSavingsUsd());
    g.writeBooleanField("pricing_unknown", c.pricingUnknown());
    g.writeEndObject();
  }

  private static void resilience(ResilienceDetails r, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("resilience");
    g.writeNumberField("retry_count", r.retryCount());
    g.writeBooleanField("fallback_used", r.fallbackUsed());
    g.writeStringField("original_model_id", r.originalModelId());
    g.writeBooleanField("truncation_applied", r.truncationApplied());
    g.writeNumberField("tokens_truncated", r.tokensTruncated());
    g.writeNumberField("history_turns_dropped", r.historyTurnsDropped());
    g.writeNumberField("rag_chunks_dropped", r.ragChunksDropped());
    g.writeStringField("circuit_breaker_state", r.circuitBreakerState());
    g.writeEndObject();
  }

  /** An unsynchronised {@link Writer} over a {@link StringBuilder} (StringWriter locks). */
  static final class StringBuilderWriter extends Writer {
    private final StringBuilder sb;

    StringBuilderWriter(int capacity) {
      sb = new StringBuilder(capacity);
    }

    @Override
    public void write(char[] buf, int off, int len) {
      sb.append(buf, off, len);
    }

    @Override
    public void write(String s, int off, int len) {
      sb.append(s, off, off + len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return sb.toString();
    }
  }
}
