package io.fmscope.sdk.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.fmcall.FmCallRecord;
import io.fmscope.model.fmcall.FmCallStatus;
import io.fmscope.model.fmcall.LatencyComponent;
import io.fmscope.sdk.export.InMemorySink;
import io.fmscope.sdk.export.LogSink;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every repair rule of docs/sdk-logging.md: the value written and the flag recorded. */
class DataQualityTest {
  private final InMemorySink sink = new InMemorySink();
  private final FmCallLogger logger = FmCallLogger.builder().sink(sink).build();

  @Test
  void negativeAndHugeTokenCountsAreClampedAndFlagged() {
    FmCallRecord r = call().tokens(-5, 20_000_000_000L, 10, Long.MIN_VALUE)
        .cacheTokens(-1, 0).log();

    assertThat(r.promptMetrics().systemPromptTokenCount()).isZero();
    assertThat(r.promptMetrics().contextTokenCount()).isEqualTo(Repairs.MAX_COUNT);
    assertThat(r.promptMetrics().totalInputTokens()).isEqualTo(Repairs.MAX_COUNT + 10);
    assertThat(r.responseMetrics().outputTokenCount()).isZero();
    assertThat(r.dataQuality()).containsExactly(
        "negative_value_clamped:prompt_metrics.system_prompt_token_count",
        "out_of_range_clamped:prompt_metrics.context_token_count",
        "negative_value_clamped:prompt_metrics.cache_read_input_tokens",
        "negative_value_clamped:response_metrics.output_token_count");
    assertValid();
  }

  @Test
  void nanInfiniteNegativeAndHugeLatenciesAreRepaired() {
    Map<String, Number> seedDict = new HashMap<>();
    seedDict.put("total_e2e_ms", Double.NaN);
    seedDict.put("api_gateway_ms", Double.POSITIVE_INFINITY);
    seedDict.put("bedrock_invoke_ms", -3.5);
    seedDict.put("redis_cache_check_ms", 1e12);
    seedDict.put("opensearch_query_ms", null);
    seedDict.put("bedrok_invoke_ms", 12);

    FmCallRecord r = call().latency(seedDict).latency(LatencyComponent.RESPONSE_PARSING, 2.5)
        .log();

    assertThat(r.latency().totalE2eMs()).isZero();
    assertThat(r.latency().apiGatewayMs()).isZero();
    assertThat(r.latency().bedrockInvokeMs()).isZero();
    assertThat(r.latency().redisCacheCheckMs()).isEqualTo(Repairs.MAX_LATENCY_MS);
    assertThat(r.latency().opensearchQueryMs()).isZero();
    assertThat(r.latency().responseParsingMs()).isEqualTo(2.5);
    assertThat(r.dataQuality()).containsExactlyInAnyOrder(
        "non_finite_value_defaulted:latency.total_e2e_ms",
        "non_finite_value_defaulted:latency.api_gateway_ms",
        "non_finite_value_defaulted:latency.opensearch_query_ms",
        "negative_value_clamped:latency.bedrock_invoke_ms",
        "out_of_range_clamped:latency.redis_cache_check_ms",
        "unknown_key_ignored:latency.bedrok_invoke_ms");
    assertValid();
  }

  @Test
  void nullIdsAndModelAreDefaultedAndFlagged() {
    FmCallRecord r = logger.call().requestId(null).sessionId(null).userId(" ").model(null)
        .promptText("x").status(null).log();

    assertThat(r.metadata().requestId()).matches("[0-9a-f-]{36}");
    assertThat(r.metadata().sessionId()).isEqualTo("unknown");
    assertThat(r.metadata().userId()).isEqualTo("unknown");
    assertThat(r.metadata().modelId()).isEqualTo("unknown");
    assertThat(r.metadata().modelVersion()).isEqualTo("unknown");
    assertThat(r.status()).isEqualTo(FmCallStatus.SUCCESS);
    assertThat(r.dataQuality()).containsExactly(
        "missing_value_defaulted:status",
        "missing_value_defaulted:metadata.request_id",
        "missing_value_defaulted:metadata.model_id",
        "missing_value_defaulted:metadata.session_id",
        "missing_value_defaulted:metadata.user_id");
    assertValid();
  }

  @Test
  void aMegabyteResponseIsMeasuredWholeButScannedOnlyAtItsHead() {
    String huge = "a".repeat(FmCallAssembler.ANALYSIS_LIMIT) + "漫画 isbn ".repeat(120_000);
    assertThat(huge.length()).isGreaterThan(1_000_000);

    FmCallRecord r = call().responseText(huge).log();

    assertThat(r.responseMetrics().responseLengthChars()).isEqualTo(huge.length());
    assertThat(r.responseMetrics().responseLanguage()).isEqualTo("en");
    assertThat(r.responseMetrics().recommendationCount()).isZero();
    assertThat(r.dataQuality())
        .containsExactly("text_analysis_truncated:response_metrics.response_language");
    assertThat(sink.lines().get(0).length()).isLessThan(5_000);
    assertValid();
  }

  @Test
  void capturedContentIsCutToTheLimit() {
    FmCallLogger capturing = FmCallLogger.builder().sink(sink).captureContent(true)
        .maxCapturedChars(100).build();

    FmCallRecord r = capturing.call().sessionId("s").userId("u").model("m")
        .promptText("p".repeat(5000)).responseText("r".repeat(101)).log();

    assertThat(r.promptMetrics().promptText()).hasSize(100);
    assertThat(r.responseMetrics().responseText()).hasSize(100);
    assertThat(r.dataQuality()).containsExactly("value_truncated:prompt_metrics.prompt_text",
        "value_truncated:response_metrics.response_text");
  }

  @Test
  void longStringsNonFiniteScoresAndBadTimestampsAreRepaired() {
    List<Double> scores = Arrays.asList(0.9, Double.NaN, null, 0.5);
    FmCallRecord r = call().sessionId("s".repeat(300)).rag(-2, scores)
        .confidenceScore(Double.NEGATIVE_INFINITY).timestamp(Instant.parse("1960-01-01T00:00:00Z"))
        .conversationTurn(-1).log();

    assertThat(r.metadata().sessionId()).hasSize(Repairs.MAX_SHORT_STRING);
    assertThat(r.promptMetrics().ragRelevanceScores()).containsExactly(0.9, 0.5);
    assertThat(r.promptMetrics().ragChunksIncluded()).isZero();
    assertThat(r.responseMetrics().confidenceScore()).isNull();
    assertThat(r.metadata().timestamp()).isEqualTo(Instant.EPOCH);
    assertThat(r.dataQuality()).containsExactlyInAnyOrder(
        "value_truncated:metadata.session_id",
        "negative_value_clamped:metadata.conversation_turn",
        "out_of_range_clamped:metadata.timestamp_iso",
        "negative_value_clamped:prompt_metrics.rag_chunks_included",
        "non_finite_value_dropped:prompt_metrics.rag_relevance_scores",
        "non_finite_value_defaulted:response_metrics.confidence_score");
    assertValid();
  }

  @Test
  void aThrowingSinkIsCountedAndTheOtherSinksStillReceive() {
    LogSink broken = (record, line) -> {
      throw new IllegalStateException("disk full");
    };
    FmCallLogger l = FmCallLogger.builder().sink(broken).sink(sink).build();

    FmCallRecord r = l.call().sessionId("s").userId("u").model("m").promptText("p").log();

    assertThat(r).isNotNull();
    assertThat(sink.records()).containsExactly(r);
    assertThat(l.stats()).isEqualTo(new LoggerStats(1, 0, 1, 0, 0));
  }

  @Test
  void throwingOrNullHooksAreCountedFlaggedAndReplaced() {
    FmCallLogger l = FmCallLogger.builder().sink(sink)
        .costModel(req -> {
          throw new ArithmeticException("no price");
        })
        .errorEnricher(raw -> null)
        .traceIdSource(() -> {
          throw new IllegalStateException("no context");
        }).build();

    FmCallRecord r = l.call().sessionId("s").userId("u").model("m").promptText("p")
        .error("ValidationException", "400", "bad").log();

    assertThat(r.cost()).isNull();
    assertThat(r.error().rootCauseCategory()).isEqualTo("unknown");
    assertThat(r.dataQuality()).containsExactlyInAnyOrder("hook_failed:metadata.trace_id",
        "hook_failed:error", "hook_failed:cost");
    assertThat(l.stats().hookFailures()).isEqualTo(3);
    assertThat(l.stats().recordsRepaired()).isEqualTo(1);
  }

  @Test
  void absurdCostsFromACostModelAreRepaired() {
    FmCallLogger l = FmCallLogger.builder().sink(sink).costModel(req ->
        new io.fmscope.model.fmcall.CostMetrics(Double.NaN, -1, 2, null, false, 0, 0, 0, 0, false))
        .build();

    FmCallRecord r = l.call().sessionId("s").userId("u").model("m").promptText("p").log();

    assertThat(r.cost().inputCostUsd()).isZero();
    assertThat(r.cost().outputCostUsd()).isZero();
    assertThat(r.cost().totalCostUsd()).isEqualTo(2);
    assertThat(r.cost().modelPricingTier()).isEqualTo("unknown");
    assertThat(r.dataQuality()).containsExactly("non_finite_value_defaulted:cost.input_cost_usd",
        "negative_value_clamped:cost.output_cost_usd",
        "missing_value_defaulted:cost.model_pricing_tier");
  }

  @Test
  void aFailureInsideAssemblyStillLogsAFlaggedRecord() {
    RuntimeException evil = new IllegalStateException() {
      @Override
      public StackTraceElement[] getStackTrace() {
        throw new UnsupportedOperationException("hostile exception");
      }
    };

    FmCallRecord r = call().status(FmCallStatus.TIMEOUT).error(evil).log();

    assertThat(r.status()).isEqualTo(FmCallStatus.TIMEOUT);
    assertThat(r.dataQuality()).containsExactly("internal_error:record");
    assertThat(logger.stats().internalErrors()).isEqualTo(1);
    assertThat(sink.records()).containsExactly(r);
    assertValid();
  }

  @Test
  void tooManyTagsAndNullTagsAreDropped() {
    FmCallBuilder b = call().tag(null, "x").tag("k", null);
    for (int i = 0; i < 60; i++) {
      b.tag("t" + i, "v");
    }

    FmCallRecord r = b.log();

    assertThat(r.tags()).hasSize(CallSections.MAX_TAGS);
    assertThat(r.dataQuality()).containsExactly("invalid_value_rejected:tags", "list_truncated:tags");
    assertValid();
  }

  private FmCallBuilder call() {
    return logger.call().sessionId("s").userId("u").model(SeedExamples.SONNET).promptText("hi");
  }

  private void assertValid() {
    InMemorySink.Entry last = sink.entries().get(sink.entries().size() - 1);
    assertThat(Schemas.errors(last.record(), last.jsonLine())).isEmpty();
    assertThat(FmLogJsonReader.read(last.jsonLine())).isEqualTo(last.record());
  }
}
