package io.fmscope.sdk.log;

import static io.fmscope.sdk.log.JsonLine.field;

import io.fmscope.model.fmcall.CostMetrics;
import io.fmscope.model.fmcall.ErrorDetails;
import io.fmscope.model.fmcall.FmCallMetadata;
import io.fmscope.model.fmcall.FmCallRecord;
import io.fmscope.model.fmcall.IsoTimestamps;
import io.fmscope.model.fmcall.LatencyBreakdown;
import io.fmscope.model.fmcall.PromptMetrics;
import io.fmscope.model.fmcall.ResilienceDetails;
import io.fmscope.model.fmcall.ResponseMetrics;
import java.util.List;
import java.util.Map;

/**
 * The {@code FM_CALL} line, the record logged on every model call, written straight into a {@link StringBuilder}:
 * the same text as {@link FmLogJsonWriter#write} through Jackson's generator (field for field, checked by
 * {@code FmCallLineTest} on random records), at about half its cost, because the shape is fixed: each
 * {@code ,"name":} is one constant and no generator state is kept per value. The rarer record types still go
 * through the generator.
 */
final class FmCallLine {
  private static final byte[] START = JsonLine.bytes("{" + field(false, N.LOG_TYPE) + "\"FM_CALL\"");
  private static final byte[] METADATA = JsonLine.bytes(field(true, N.METADATA) + "{" + field(false, N.REQUEST_ID));
  private static final byte[][] META = names(N.SESSION_ID, N.USER_ID, N.CONVERSATION_TURN, N.MODEL_ID,
      N.MODEL_VERSION, N.REGION, N.TIMESTAMP_ISO, N.TIMESTAMP_EPOCH_MS, N.TRACE_ID, N.SERVICE);
  private static final byte[] STATUS = JsonLine.bytes(field(true, N.STATUS));
  private static final byte[] PROMPT = JsonLine.bytes(field(true, N.PROMPT_METRICS) + "{" + field(false, N.PROMPT_TEMPLATE_ID));
  private static final byte[][] PR = names(N.PROMPT_TOKEN_COUNT, N.SYSTEM_PROMPT_TOKEN_COUNT,
      N.CONTEXT_TOKEN_COUNT, N.USER_MESSAGE_TOKEN_COUNT, N.TOTAL_INPUT_TOKENS, N.PROMPT_HASH,
      N.CONTAINS_MANGA_TITLE, N.CONTAINS_AUTHOR_NAME, N.LANGUAGE, N.RAG_CHUNKS_INCLUDED, N.RAG_RELEVANCE_SCORES,
      N.CACHE_READ_INPUT_TOKENS, N.CACHE_WRITE_INPUT_TOKENS, N.PROMPT_TEXT);
  private static final byte[] RESPONSE = JsonLine.bytes(field(true, N.RESPONSE_METRICS) + "{" + field(false, N.OUTPUT_TOKEN_COUNT));
  private static final byte[][] RE = names(N.STOP_REASON, N.RESPONSE_LENGTH_CHARS, N.RESPONSE_LANGUAGE,
      N.CONTAINS_PRODUCT_RECOMMENDATION, N.RECOMMENDATION_COUNT, N.CONFIDENCE_SCORE, N.CONTENT_FILTER_TRIGGERED,
      N.CONTENT_FILTER_REASON, N.RESPONSE_TEXT);
  private static final byte[] LATENCY = JsonLine.bytes(field(true, N.LATENCY) + "{" + field(false, N.TOTAL_E2E_MS));
  private static final byte[][] LA = names(N.API_GATEWAY_MS, N.ORCHESTRATOR_PROCESSING_MS, N.RAG_RETRIEVAL_MS,
      N.OPENSEARCH_QUERY_MS, N.DYNAMODB_SESSION_LOOKUP_MS, N.REDIS_CACHE_CHECK_MS, N.BEDROCK_INVOKE_MS,
      N.BEDROCK_FIRST_TOKEN_MS, N.RESPONSE_PARSING_MS, N.WEBSOCKET_DELIVERY_MS);
  private static final byte[] ERROR = JsonLine.bytes(field(true, N.ERROR) + "{" + field(false, N.ERROR_TYPE));
  private static final byte[][] ER = names(N.ERROR_CODE, N.ERROR_MESSAGE, N.ERROR_SEVERITY, N.RETRY_COUNT,
      N.IS_RETRYABLE, N.ROOT_CAUSE_CATEGORY, N.STACK_TRACE_HASH, N.UPSTREAM_SERVICE);
  private static final byte[] COST = JsonLine.bytes(field(true, N.COST) + "{" + field(false, N.INPUT_COST_USD));
  private static final byte[][] CO = names(N.OUTPUT_COST_USD, N.TOTAL_COST_USD, N.MODEL_PRICING_TIER, N.WAS_CACHED,
      N.CACHE_HIT_SAVINGS_USD, N.CACHE_READ_COST_USD, N.CACHE_WRITE_COST_USD, N.PROMPT_CACHE_SAVINGS_USD,
      N.PRICING_UNKNOWN);
  private static final byte[] TAGS = JsonLine.bytes(field(true, N.TAGS) + "{");
  private static final byte[] RESILIENCE = JsonLine.bytes(field(true, N.RESILIENCE) + "{" + field(false, N.RETRY_COUNT));
  private static final byte[][] RS = names(N.FALLBACK_USED, N.ORIGINAL_MODEL_ID, N.TRUNCATION_APPLIED,
      N.TOKENS_TRUNCATED, N.HISTORY_TURNS_DROPPED, N.RAG_CHUNKS_DROPPED, N.CIRCUIT_BREAKER_STATE);
  private static final byte[] DATA_QUALITY = JsonLine.bytes(field(true, N.DATA_QUALITY) + "[");

  private FmCallLine() {}

  private static byte[][] names(com.fasterxml.jackson.core.SerializableString... names) {
    byte[][] out = new byte[names.length][];
    for (int i = 0; i < names.length; i++) {
      out[i] = JsonLine.bytes(field(true, names[i]));
    }
    return out;
  }

  static void write(FmCallRecord r, JsonLine j) {
    j.raw(START);
    if (r.metadata() != null) {
      metadata(r.metadata(), j);
    }
    j.raw(STATUS).ch('"').raw(r.status().name()).ch('"');
    if (r.promptMetrics() != null) {
      prompt(r.promptMetrics(), j);
    }
    if (r.responseMetrics() != null) {
      response(r.responseMetrics(), j);
    }
    if (r.latency() != null) {
      latency(r.latency(), j);
    }
    if (r.error() != null) {
      error(r.error(), j);
    }
    if (r.cost() != null) {
      cost(r.cost(), j);
    }
    j.raw(TAGS);
    boolean first = true;
    for (Map.Entry<String, String> e : r.tags().entrySet()) {
      (first ? j : j.ch(',')).str(e.getKey()).ch(':').str(e.getValue());
      first = false;
    }
    j.ch('}');
    if (r.resilience() != null) {
      resilience(r.resilience(), j);
    }
    List<String> flags = r.dataQuality();
    if (!flags.isEmpty()) {
      j.raw(DATA_QUALITY);
      for (int i = 0; i < flags.size(); i++) {
        (i == 0 ? j : j.ch(',')).str(flags.get(i));
      }
      j.ch(']');
    }
    j.ch('}');
  }

  private static void metadata(FmCallMetadata m, JsonLine j) {
    j.raw(METADATA).str(m.requestId()).raw(META[0]).str(m.sessionId()).raw(META[1]).str(m.userId())
        .raw(META[2]).num(m.conversationTurn()).raw(META[3]).str(m.modelId()).raw(META[4]).str(m.modelVersion())
        .raw(META[5]).str(m.region());
    long epochMs = m.timestampEpochMs();
    j.raw(META[6]).str(IsoTimestamps.format(epochMs)).raw(META[7]).num(epochMs);
    if (m.traceId() != null) {
      j.raw(META[8]).str(m.traceId());
    }
    if (m.service() != null) {
      j.raw(META[9]).str(m.service());
    }
    j.ch('}');
  }

  private static void prompt(PromptMetrics p, JsonLine j) {
    j.raw(PROMPT).str(p.promptTemplateId()).raw(PR[0]).num(p.promptTokenCount()).raw(PR[1])
        .num(p.systemPromptTokenCount()).raw(PR[2]).num(p.contextTokenCount()).raw(PR[3])
        .num(p.userMessageTokenCount()).raw(PR[4]).num(p.totalInputTokens()).raw(PR[5]).str(p.promptHash())
        .raw(PR[6]).bool(p.containsMangaTitle()).raw(PR[7]).bool(p.containsAuthorName()).raw(PR[8])
        .str(p.language()).raw(PR[9]).num(p.ragChunksIncluded()).raw(PR[10]).ch('[');
    List<Double> scores = p.ragRelevanceScores();
    for (int i = 0, n = scores.size(); i < n; i++) {
      (i == 0 ? j : j.ch(',')).num(scores.get(i).doubleValue());
    }
    j.ch(']').raw(PR[11]).num(p.cacheReadInputTokens()).raw(PR[12]).num(p.cacheWriteInputTokens());
    if (p.promptText() != null) {
      j.raw(PR[13]).str(p.promptText());
    }
    j.ch('}');
  }

  private static void response(ResponseMetrics r, JsonLine j) {
    j.raw(RESPONSE).num(r.outputTokenCount()).raw(RE[0]).str(r.stopReason()).raw(RE[1])
        .num(r.responseLengthChars()).raw(RE[2]).str(r.responseLanguage()).raw(RE[3])
        .bool(r.containsProductRecommendation()).raw(RE[4]).num(r.recommendationCount()).raw(RE[5])
        .num(r.confidenceScore()).raw(RE[6]).bool(r.contentFilterTriggered()).raw(RE[7])
        .str(r.contentFilterReason());
    if (r.responseText() != null) {
      j.raw(RE[8]).str(r.responseText());
    }
    j.ch('}');
  }

  private static void latency(LatencyBreakdown l, JsonLine j) {
    j.raw(LATENCY).num(l.totalE2eMs()).raw(LA[0]).num(l.apiGatewayMs()).raw(LA[1])
        .num(l.orchestratorProcessingMs()).raw(LA[2]).num(l.ragRetrievalMs()).raw(LA[3])
        .num(l.opensearchQueryMs()).raw(LA[4]).num(l.dynamodbSessionLookupMs()).raw(LA[5])
        .num(l.redisCacheCheckMs()).raw(LA[6]).num(l.bedrockInvokeMs()).raw(LA[7]).num(l.bedrockFirstTokenMs())
        .raw(LA[8]).num(l.responseParsingMs()).raw(LA[9]).num(l.websocketDeliveryMs()).ch('}');
  }

  private static void error(ErrorDetails e, JsonLine j) {
    j.raw(ERROR).str(e.errorType()).raw(ER[0]).str(e.errorCode()).raw(ER[1]).str(e.errorMessage()).raw(ER[2])
        .ch('"').raw(e.errorSeverity().name()).ch('"').raw(ER[3]).num(e.retryCount()).raw(ER[4])
        .bool(e.isRetryable()).raw(ER[5]).str(e.rootCauseCategory()).raw(ER[6]).str(e.stackTraceHash())
        .raw(ER[7]).str(e.upstreamService()).ch('}');
  }

  private static void cost(CostMetrics c, JsonLine j) {
    j.raw(COST).num(c.inputCostUsd()).raw(CO[0]).num(c.outputCostUsd()).raw(CO[1]).num(c.totalCostUsd())
        .raw(CO[2]).str(c.modelPricingTier()).raw(CO[3]).bool(c.wasCached()).raw(CO[4])
        .num(c.cacheHitSavingsUsd()).raw(CO[5]).num(c.cacheReadCostUsd()).raw(CO[6]).num(c.cacheWriteCostUsd())
        .raw(CO[7]).num(c.promptCacheSavingsUsd()).raw(CO[8]).bool(c.pricingUnknown()).ch('}');
  }

  private static void resilience(ResilienceDetails r, JsonLine j) {
    j.raw(RESILIENCE).num(r.retryCount()).raw(RS[0]).bool(r.fallbackUsed()).raw(RS[1]).str(r.originalModelId())
        .raw(RS[2]).bool(r.truncationApplied()).raw(RS[3]).num(r.tokensTruncated()).raw(RS[4])
        .num(r.historyTurnsDropped()).raw(RS[5]).num(r.ragChunksDropped()).raw(RS[6])
        .str(r.circuitBreakerState()).ch('}');
  }
}
