package io.fmscope.sdk.log;

import io.fmscope.model.fmcall.CostMetrics;
import io.fmscope.model.fmcall.ErrorDetails;
import io.fmscope.model.fmcall.ErrorSeverity;
import io.fmscope.model.fmcall.FmCallStatus;
import io.fmscope.model.fmcall.FmLogRecord;
import io.fmscope.model.fmcall.LatencyComponent;
import io.fmscope.model.fmcall.ResilienceDetails;
import io.fmscope.sdk.export.InMemorySink;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One record per example the seed describes, built through the real logger with the seed's values
 * where it gives them (model id, region, ids, prices). The price table is the seed's {@code
 * MODEL_PRICING} (Sonnet $3/$15, Haiku $0.25/$1.25 per million tokens), standing in for the
 * pricing package which is wired in by the lead.
 */
final class SeedExamples {
  static final String SONNET = "anthropic.claude-3-sonnet-20240229-v1:0";
  static final String HAIKU = "anthropic.claude-3-haiku-20240307-v1:0";
  static final Instant AT = Instant.parse("2024-03-15T09:30:00.123Z");
  static final String TRACE = "5759e988bd862e3fe1be46a994272793";

  /** The seed's {@code _calculate_cost}, limited to the two models it prices. */
  static final CostModel SEED_PRICES = req -> {
    double in;
    double out;
    String tier;
    if (req.modelId().contains("anthropic.claude-3-sonnet")) {
      in = 3.00;
      out = 15.00;
      tier = "anthropic.claude-3-sonnet";
    } else if (req.modelId().contains("anthropic.claude-3-haiku")) {
      in = 0.25;
      out = 1.25;
      tier = "anthropic.claude-3-haiku";
    } else {
      return CostMetrics.unknownPricing(req.responseCacheHit());
    }
    double inputCost = req.inputTokens() / 1e6 * in;
    double outputCost = req.outputTokens() / 1e6 * out;
    double total = inputCost + outputCost;
    boolean cached = req.responseCacheHit();
    return new CostMetrics(round8(inputCost), round8(outputCost),
        round8(cached ? total * 0.1 : total), tier, cached, round8(cached ? total * 0.9 : 0),
        0, 0, 0, false);
  };

  static double round8(double x) {
    return Math.round(x * 1e8) / 1e8;
  }

  /** A classifier stand-in: throttling is retryable and HIGH, validation is not. */
  static final ErrorEnricher ENRICHER = raw -> {
    boolean throttle = raw.errorType().contains("Throttling");
    boolean filter = raw.errorType().contains("ContentFilter");
    return new ErrorDetails(raw.errorType(), raw.errorCode(), raw.errorMessage(),
        throttle ? ErrorSeverity.HIGH : ErrorSeverity.MEDIUM, raw.retryCount(), throttle,
        throttle ? "MODEL_THROTTLE" : filter ? "CONTENT_FILTER" : "MODEL_VALIDATION",
        raw.stackTraceHash(), raw.upstreamService());
  };

  private SeedExamples() {}

  static FmCallLogger logger(InMemorySink sink) {
    return FmCallLogger.builder().service("manga-assist-orchestrator").region("ap-northeast-1")
        .sink(sink).costModel(SEED_PRICES).errorEnricher(ENRICHER)
        .clock(Clock.fixed(AT, ZoneOffset.UTC)).defaultTag("env", "prod").build();
  }

  static Map<String, Double> fullLatency() {
    Map<String, Double> l = new LinkedHashMap<>();
    l.put("total_e2e_ms", 2450.5);
    l.put("api_gateway_ms", 12.3);
    l.put("orchestrator_processing_ms", 45.0);
    l.put("rag_retrieval_ms", 310.2);
    l.put("opensearch_query_ms", 280.7);
    l.put("dynamodb_session_lookup_ms", 8.4);
    l.put("redis_cache_check_ms", 1.9);
    l.put("bedrock_invoke_ms", 1840.5);
    l.put("bedrock_first_token_ms", 620.0);
    l.put("response_parsing_ms", 3.1);
    l.put("websocket_delivery_ms", 15.6);
    return l;
  }

  static FmCallBuilder baseCall(FmCallLogger logger, String requestId) {
    return logger.call().requestId(requestId).sessionId("sess-xyz").userId("user-001")
        .conversationTurn(3).model(SONNET, "v1:0").promptTemplateId("manga_recommend_v2")
        .promptText("ワンピースの最新巻を教えてください。manga volume 107")
        .tokens(850, 1200, 45, 320).latency(fullLatency()).traceId(TRACE)
        .rag(5, List.of(0.92, 0.88, 0.85, 0.81, 0.77));
  }

  /** A SUCCESS call, an ERROR, a THROTTLED after retries, a CONTENT_FILTERED, a cache hit. */
  static List<FmLogRecord> fmCalls(FmCallLogger logger) {
    return List.of(
        baseCall(logger, "req-abc123").stopReason("end_turn")
            .responseText("『ONE PIECE』107巻 ISBN 978-4-08-883427-2 価格 528円です。")
            .tag("feature", "recommendation").status(FmCallStatus.SUCCESS).log(),
        baseCall(logger, "req-err001").tokens(850, 1200, 45, 0).status(FmCallStatus.ERROR)
            .error("ValidationException", "400", "Malformed input request: temperature > 1")
            .upstreamService("bedrock").latency(LatencyComponent.BEDROCK_FIRST_TOKEN, 0).log(),
        baseCall(logger, "req-thr001").tokens(850, 1200, 45, 0).status(FmCallStatus.THROTTLED)
            .error("ThrottlingException", "429", "Rate exceeded").upstreamService("bedrock")
            .retryCount(3)
            .resilience(new ResilienceDetails(3, false, null, false, 0, 0, 0, "CLOSED")).log(),
        baseCall(logger, "req-cf001").tokens(850, 1200, 45, 0)
            .contentFilter("guardrail: violence")
            .stopReason("content_filtered").log(),
        baseCall(logger, "req-cache01").responseCacheHit(true).stopReason("end_turn")
            .responseText("Here are three manga like Berserk: Vinland Saga, Claymore...")
            .status(FmCallStatus.SUCCESS).log());
  }

  static FmLogRecord rag(FmCallLogger logger) {
    return logger.logRagRetrieval("req-abc123", "sess-xyz", "ワンピース 最新巻",
        "manga-catalog", 1024, 5, 5, List.of(0.92, 0.88, 0.85, 0.81, 0.77), 280.7,
        "{\"term\":{\"in_stock\":true}}");
  }

  static FmLogRecord session(FmCallLogger logger) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("channel", "websocket");
    details.put("locale", "ja-JP");
    details.put("turns", 3);
    return logger.logSessionEvent("sess-xyz", "user-001", "session_start", details);
  }

  /** All seven examples, FM calls first. */
  static List<FmLogRecord> all(FmCallLogger logger) {
    List<FmLogRecord> out = new ArrayList<>(fmCalls(logger));
    out.add(rag(logger));
    out.add(session(logger));
    return out;
  }
}
