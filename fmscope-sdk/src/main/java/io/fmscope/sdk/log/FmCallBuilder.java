package io.fmscope.sdk.log;

import io.fmscope.model.fmcall.ErrorSeverity;
import io.fmscope.model.fmcall.FmCallRecord;
import io.fmscope.model.fmcall.FmCallStatus;
import io.fmscope.model.fmcall.LatencyBreakdown;
import io.fmscope.model.fmcall.LatencyComponent;
import io.fmscope.model.fmcall.ResilienceDetails;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what is known about one FM call, then {@link #log()} builds the record, writes it to
 * the logger's sinks and returns it. Setters only store; nothing is validated until {@code log()}
 * or {@link #build()}, which repair bad values instead of throwing. Not thread-safe; use one
 * builder per call.
 */
public final class FmCallBuilder {
  private final FmCallLogger logger;
  final CallInputs in = new CallInputs();

  FmCallBuilder(FmCallLogger logger) {
    this.logger = logger;
  }

  /** The application's request id; when never set a random UUID is generated. */
  public FmCallBuilder requestId(String id) {
    in.requestId = id;
    in.requestIdSet = true;
    return this;
  }

  public FmCallBuilder sessionId(String id) {
    in.sessionId = id;
    return this;
  }

  public FmCallBuilder userId(String id) {
    in.userId = id;
    return this;
  }

  public FmCallBuilder conversationTurn(long turn) {
    in.conversationTurn = turn;
    return this;
  }

  /** The model id; the version is taken from a {@code -vN:M} suffix, else {@code unknown}. */
  public FmCallBuilder model(String modelId) {
    in.modelId = modelId;
    return this;
  }

  public FmCallBuilder model(String modelId, String modelVersion) {
    in.modelId = modelId;
    in.modelVersion = modelVersion;
    return this;
  }

  /** W3C trace id joining this record to a trace; overrides the logger's trace id source. */
  public FmCallBuilder traceId(String traceId) {
    in.traceId = traceId;
    in.traceIdSet = true;
    return this;
  }

  /** When the call happened; defaults to the logger's clock at {@code log()}. */
  public FmCallBuilder timestamp(Instant at) {
    in.timestamp = at;
    return this;
  }

  public FmCallBuilder promptTemplateId(String id) {
    in.promptTemplateId = id;
    return this;
  }

  /** The full prompt: hashed and scanned, written only when content capture is on. */
  public FmCallBuilder promptText(String text) {
    in.promptText = text;
    return this;
  }

  /** Token counts: system prompt, RAG context, user message (their sum is the input), output. */
  public FmCallBuilder tokens(long systemPrompt, long context, long userMessage, long output) {
    in.systemTokens = systemPrompt;
    in.contextTokens = context;
    in.userTokens = userMessage;
    in.outputTokens = output;
    return this;
  }

  /** Prompt-cache tokens, reported apart from (not included in) the input total. */
  public FmCallBuilder cacheTokens(long read, long write) {
    in.cacheReadTokens = read;
    in.cacheWriteTokens = write;
    return this;
  }

  public FmCallBuilder containsAuthorName(boolean contains) {
    in.containsAuthorName = contains;
    return this;
  }

  /** RAG chunks put into the prompt and their relevance scores. */
  public FmCallBuilder rag(long chunksIncluded, List<? extends Number> relevanceScores) {
    in.ragChunks = chunksIncluded;
    in.ragScores = relevanceScores;
    return this;
  }

  public FmCallBuilder stopReason(String reason) {
    in.stopReason = reason;
    return this;
  }

  /** The model's answer: measured and scanned, written only when content capture is on. */
  public FmCallBuilder responseText(String text) {
    in.responseText = text;
    return this;
  }

  public FmCallBuilder confidenceScore(Double score) {
    in.confidenceScore = score;
    return this;
  }

  /** Marks the response as filtered; the status becomes CONTENT_FILTERED unless set otherwise. */
  public FmCallBuilder contentFilter(String reason) {
    in.contentFilterSet = true;
    in.contentFilterReason = reason;
    return this;
  }

  /** The answer came from the application's response cache ({@code cost.was_cached}). */
  public FmCallBuilder responseCacheHit(boolean hit) {
    in.responseCacheHit = hit;
    return this;
  }

  /** One latency component in milliseconds. */
  public FmCallBuilder latency(LatencyComponent component, double ms) {
    if (component != null) {
      in.latency[component.ordinal()] = ms;
    }
    return this;
  }

  /** All components at once. */
  public FmCallBuilder latency(LatencyBreakdown breakdown) {
    if (breakdown != null) {
      in.latency = breakdown.toArray();
    }
    return this;
  }

  /** The seed's dict form: JSON names to milliseconds; unknown names are ignored and flagged. */
  public FmCallBuilder latency(Map<String, ? extends Number> byJsonName) {
    if (byJsonName == null) {
      return this;
    }
    try {
      byJsonName.forEach((name, ms) -> {
        LatencyComponent c = LatencyComponent.byJsonName(name);
        if (c == null) {
          if (in.unknownLatencyKeys.isEmpty()) {
            in.unknownLatencyKeys = new ArrayList<>(2);
          }
          in.unknownLatencyKeys.add(String.valueOf(name));
        } else {
          in.latency[c.ordinal()] = ms == null ? Double.NaN : ms.doubleValue();
        }
      });
    } catch (RuntimeException e) {
      in.latencyMapFailed = true; // a map that fails to iterate must not reach the caller
    }
    return this;
  }

  public FmCallBuilder status(FmCallStatus status) {
    in.status = status;
    in.statusSet = true;
    return this;
  }

  /** An error as reported by the upstream service; see {@link ErrorEnricher} for the rest. */
  public FmCallBuilder error(String errorType, String errorCode, String errorMessage) {
    in.errorGiven = true;
    in.errorType = errorType;
    in.errorCode = errorCode;
    in.errorMessage = errorMessage;
    return this;
  }

  /** An exception: its simple class name, message (redacted) and stack hash. */
  public FmCallBuilder error(Throwable t) {
    in.errorGiven = true;
    in.throwable = t;
    return this;
  }

  public FmCallBuilder upstreamService(String service) {
    in.upstreamService = service;
    return this;
  }

  /** Retries before the final outcome ({@code error.retry_count}). */
  public FmCallBuilder retryCount(long retries) {
    in.retryCount = retries;
    return this;
  }

  public FmCallBuilder errorSeverity(ErrorSeverity severity) {
    in.severity = severity;
    return this;
  }

  public FmCallBuilder retryable(boolean retryable) {
    in.retryable = retryable;
    return this;
  }

  public FmCallBuilder rootCauseCategory(String category) {
    in.rootCause = category;
    return this;
  }

  public FmCallBuilder stackTraceHash(String hash) {
    in.stackTraceHash = hash;
    return this;
  }

  /** What retry, fallback and truncation did; written as the {@code resilience} section. */
  public FmCallBuilder resilience(ResilienceDetails details) {
    in.resilience = details;
    return this;
  }

  public FmCallBuilder tag(String key, String value) {
    if (in.tags.isEmpty()) {
      in.tags = new LinkedHashMap<>(8);
    }
    in.tags.put(key, value);
    return this;
  }

  /** Builds the record without writing it. Never throws. */
  public FmCallRecord build() {
    return logger.assemble(in);
  }

  /** Builds the record, writes it to every sink and returns it. Never throws. */
  public FmCallRecord log() {
    FmCallRecord r = logger.assemble(in);
    logger.emit(r);
    return r;
  }

  /** The raw inputs, kept apart from the fluent API. */
  static final class CallInputs {
    Instant timestamp;
    String requestId;
    boolean requestIdSet;
    String sessionId;
    String userId;
    long conversationTurn;
    String modelId;
    String modelVersion;
    String traceId;
    boolean traceIdSet;
    String promptTemplateId;
    String promptText;
    long systemTokens;
    long contextTokens;
    long userTokens;
    long outputTokens;
    long cacheReadTokens;
    long cacheWriteTokens;
    boolean containsAuthorName;
    long ragChunks;
    List<? extends Number> ragScores;
    String stopReason;
    String responseText;
    Double confidenceScore;
    boolean contentFilterSet;
    String contentFilterReason;
    boolean responseCacheHit;
    double[] latency = new double[LatencyComponent.values().length];
    List<String> unknownLatencyKeys = List.of();
    boolean latencyMapFailed;
    FmCallStatus status;
    boolean statusSet;
    boolean errorGiven;
    String errorType;
    String errorCode;
    String errorMessage;
    Throwable throwable;
    String upstreamService;
    Long retryCount;
    ErrorSeverity severity;
    Boolean retryable;
    String rootCause;
    String stackTraceHash;
    ResilienceDetails resilience;
    Map<String, String> tags = Map.of();
  }
}
