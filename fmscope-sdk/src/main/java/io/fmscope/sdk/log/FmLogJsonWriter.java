package io.fmscope.sdk.log;

import static io.fmscope.sdk.log.RecordJson.bool;
import static io.fmscope.sdk.log.RecordJson.num;
import static io.fmscope.sdk.log.RecordJson.str;

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

  /**
   * One generator and buffer per thread, reused record after record (consecutive root values with
   * no separator): creating a generator per record cost a sixth of the writing time.
   */
  private static final ThreadLocal<Context> CONTEXT = ThreadLocal.withInitial(Context::new);

  private FmLogJsonWriter() {}

  /** The record as one line of JSON, without a trailing newline. */
  public static String toJson(FmLogRecord record) {
    Context c = CONTEXT.get();
    if (c.busy) {
      return toJsonFresh(record); // re-entered from inside a write (e.g. a record's toString)
    }
    c.busy = true;
    try {
      if (record instanceof FmCallRecord r) { // the hot record: its fixed shape written directly
        try {
          FmCallLine.write(r, c.line);
          return c.line.take();
        } catch (RuntimeException e) {
          if (e != JsonLine.NOT_LATIN1) {
            throw e;
          }
          c.line.reset(); // text beyond Latin-1: through the generator below
        }
      }
      write(record, c.generator);
      c.generator.flush();
      return c.out.take();
    } catch (IOException | RuntimeException e) {
      CONTEXT.remove(); // the generator may be mid-object; start clean next time
      if (e instanceof RuntimeException re) {
        throw re;
      }
      throw new UncheckedIOException((IOException) e);
    } finally {
      c.busy = false;
    }
  }

  /** The record through Jackson's generator, whatever its type (the reference for {@link FmCallLine}). */
  static String toJsonFresh(FmLogRecord record) {
    StringBuilderWriter out = new StringBuilderWriter(2048);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(record, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return out.take();
  }

  private static final class Context {
    final StringBuilderWriter out = new StringBuilderWriter(4096);
    final JsonGenerator generator;
    final JsonLine line = new JsonLine();
    boolean busy;

    Context() {
      try {
        generator = FACTORY.createGenerator(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      generator.setRootValueSeparator(null);
    }
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
    g.writeFieldName(N.LOG_TYPE);
    g.writeString(V.FM_CALL);
    if (r.metadata() != null) {
      metadata(r.metadata(), g);
    }
    g.writeFieldName(N.STATUS);
    g.writeString(V.status(r.status()));
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
    g.writeFieldName(N.TAGS);
    g.writeStartObject();
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
    g.writeFieldName(N.METADATA);
    g.writeStartObject();
    str(g, N.REQUEST_ID, m.requestId());
    str(g, N.SESSION_ID, m.sessionId());
    str(g, N.USER_ID, m.userId());
    num(g, N.CONVERSATION_TURN, m.conversationTurn());
    str(g, N.MODEL_ID, m.modelId());
    str(g, N.MODEL_VERSION, m.modelVersion());
    str(g, N.REGION, m.region());
    long epochMs = m.timestampEpochMs();
    str(g, N.TIMESTAMP_ISO, IsoTimestamps.format(epochMs));
    num(g, N.TIMESTAMP_EPOCH_MS, epochMs);
    RecordJson.optionalString(N.TRACE_ID, m.traceId(), g);
    RecordJson.optionalString(N.SERVICE, m.service(), g);
    g.writeEndObject();
  }

  private static void prompt(PromptMetrics p, JsonGenerator g) throws IOException {
    g.writeFieldName(N.PROMPT_METRICS);
    g.writeStartObject();
    str(g, N.PROMPT_TEMPLATE_ID, p.promptTemplateId());
    num(g, N.PROMPT_TOKEN_COUNT, p.promptTokenCount());
    num(g, N.SYSTEM_PROMPT_TOKEN_COUNT, p.systemPromptTokenCount());
    num(g, N.CONTEXT_TOKEN_COUNT, p.contextTokenCount());
    num(g, N.USER_MESSAGE_TOKEN_COUNT, p.userMessageTokenCount());
    num(g, N.TOTAL_INPUT_TOKENS, p.totalInputTokens());
    str(g, N.PROMPT_HASH, p.promptHash());
    bool(g, N.CONTAINS_MANGA_TITLE, p.containsMangaTitle());
    bool(g, N.CONTAINS_AUTHOR_NAME, p.containsAuthorName());
    str(g, N.LANGUAGE, p.language());
    num(g, N.RAG_CHUNKS_INCLUDED, p.ragChunksIncluded());
    RecordJson.doubles(N.RAG_RELEVANCE_SCORES, p.ragRelevanceScores(), g);
    num(g, N.CACHE_READ_INPUT_TOKENS, p.cacheReadInputTokens());
    num(g, N.CACHE_WRITE_INPUT_TOKENS, p.cacheWriteInputTokens());
    RecordJson.optionalString(N.PROMPT_TEXT, p.promptText(), g);
    g.writeEndObject();
  }

  private static void response(ResponseMetrics r, JsonGenerator g) throws IOException {
    g.writeFieldName(N.RESPONSE_METRICS);
    g.writeStartObject();
    num(g, N.OUTPUT_TOKEN_COUNT, r.outputTokenCount());
    str(g, N.STOP_REASON, r.stopReason());
    num(g, N.RESPONSE_LENGTH_CHARS, r.responseLengthChars());
    str(g, N.RESPONSE_LANGUAGE, r.responseLanguage());
    bool(g, N.CONTAINS_PRODUCT_RECOMMENDATION, r.containsProductRecommendation());
    num(g, N.RECOMMENDATION_COUNT, r.recommendationCount());
    g.writeFieldName(N.CONFIDENCE_SCORE);
    if (r.confidenceScore() == null) {
      g.writeNull();
    } else {
      RecordJson.number(g, r.confidenceScore());
    }
    bool(g, N.CONTENT_FILTER_TRIGGERED, r.contentFilterTriggered());
    str(g, N.CONTENT_FILTER_REASON, r.contentFilterReason());
    RecordJson.optionalString(N.RESPONSE_TEXT, r.responseText(), g);
    g.writeEndObject();
  }

  private static void latency(LatencyBreakdown l, JsonGenerator g) throws IOException {
    g.writeFieldName(N.LATENCY);
    g.writeStartObject();
    num(g, N.TOTAL_E2E_MS, l.totalE2eMs());
    num(g, N.API_GATEWAY_MS, l.apiGatewayMs());
    num(g, N.ORCHESTRATOR_PROCESSING_MS, l.orchestratorProcessingMs());
    num(g, N.RAG_RETRIEVAL_MS, l.ragRetrievalMs());
    num(g, N.OPENSEARCH_QUERY_MS, l.opensearchQueryMs());
    num(g, N.DYNAMODB_SESSION_LOOKUP_MS, l.dynamodbSessionLookupMs());
    num(g, N.REDIS_CACHE_CHECK_MS, l.redisCacheCheckMs());
    num(g, N.BEDROCK_INVOKE_MS, l.bedrockInvokeMs());
    num(g, N.BEDROCK_FIRST_TOKEN_MS, l.bedrockFirstTokenMs());
    num(g, N.RESPONSE_PARSING_MS, l.responseParsingMs());
    num(g, N.WEBSOCKET_DELIVERY_MS, l.websocketDeliveryMs());
    g.writeEndObject();
  }

  private static void error(ErrorDetails e, JsonGenerator g) throws IOException {
    g.writeFieldName(N.ERROR);
    g.writeStartObject();
    str(g, N.ERROR_TYPE, e.errorType());
    str(g, N.ERROR_CODE, e.errorCode());
    str(g, N.ERROR_MESSAGE, e.errorMessage());
    g.writeFieldName(N.ERROR_SEVERITY);
    g.writeString(V.severity(e.errorSeverity()));
    num(g, N.RETRY_COUNT, e.retryCount());
    bool(g, N.IS_RETRYABLE, e.isRetryable());
    str(g, N.ROOT_CAUSE_CATEGORY, e.rootCauseCategory());
    str(g, N.STACK_TRACE_HASH, e.stackTraceHash());
    str(g, N.UPSTREAM_SERVICE, e.upstreamService());
    g.writeEndObject();
  }

  private static void cost(CostMetrics c, JsonGenerator g) throws IOException {
    g.writeFieldName(N.COST);
    g.writeStartObject();
    num(g, N.INPUT_COST_USD, c.inputCostUsd());
    num(g, N.OUTPUT_COST_USD, c.outputCostUsd());
    num(g, N.TOTAL_COST_USD, c.totalCostUsd());
    str(g, N.MODEL_PRICING_TIER, c.modelPricingTier());
    bool(g, N.WAS_CACHED, c.wasCached());
    num(g, N.CACHE_HIT_SAVINGS_USD, c.cacheHitSavingsUsd());
    num(g, N.CACHE_READ_COST_USD, c.cacheReadCostUsd());
    num(g, N.CACHE_WRITE_COST_USD, c.cacheWriteCostUsd());
    num(g, N.PROMPT_CACHE_SAVINGS_USD, c.promptCacheSavingsUsd());
    bool(g, N.PRICING_UNKNOWN, c.pricingUnknown());
    g.writeEndObject();
  }

  private static void resilience(ResilienceDetails r, JsonGenerator g) throws IOException {
    g.writeFieldName(N.RESILIENCE);
    g.writeStartObject();
    num(g, N.RETRY_COUNT, r.retryCount());
    bool(g, N.FALLBACK_USED, r.fallbackUsed());
    str(g, N.ORIGINAL_MODEL_ID, r.originalModelId());
    bool(g, N.TRUNCATION_APPLIED, r.truncationApplied());
    num(g, N.TOKENS_TRUNCATED, r.tokensTruncated());
    num(g, N.HISTORY_TURNS_DROPPED, r.historyTurnsDropped());
    num(g, N.RAG_CHUNKS_DROPPED, r.ragChunksDropped());
    str(g, N.CIRCUIT_BREAKER_STATE, r.circuitBreakerState());
    g.writeEndObject();
  }

  /** An unsynchronised {@link Writer} over a {@link StringBuilder} (StringWriter locks). */
  static final class StringBuilderWriter extends Writer {
    private static final int KEEP_CAPACITY = 64 * 1024;
    private final int capacity;
    private StringBuilder sb;

    StringBuilderWriter(int capacity) {
      this.capacity = capacity;
      sb = new StringBuilder(capacity);
    }

    /** The text written since the last take; empties the buffer (shrinking a huge one). */
    String take() {
      String s = sb.toString();
      if (sb.capacity() > KEEP_CAPACITY) {
        sb = new StringBuilder(capacity);
      } else {
        sb.setLength(0);
      }
      return s;
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
