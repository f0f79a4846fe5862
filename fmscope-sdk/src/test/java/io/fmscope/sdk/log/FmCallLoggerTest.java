package io.fmscope.sdk.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.fmcall.CostMetrics;
import io.fmscope.model.fmcall.ErrorSeverity;
import io.fmscope.model.fmcall.FmCallRecord;
import io.fmscope.model.fmcall.FmCallStatus;
import io.fmscope.model.fmcall.LatencyComponent;
import io.fmscope.model.fmcall.ResilienceDetails;
import io.fmscope.sdk.export.InMemorySink;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FmCallLoggerTest {
  private final InMemorySink sink = new InMemorySink();
  private final FmCallLogger logger = FmCallLogger.builder().sink(sink).build();

  @Test
  void computesTotalsHashAndKeywordFlagsLikeTheSeed() {
    FmCallRecord r = logger.call().requestId("req-1").sessionId("s").userId("u")
        .model(SeedExamples.SONNET).promptText("ワンピースの最新巻を教えてください。manga volume 107")
        .tokens(850, 1200, 45, 320).responseText("ISBN 978-4-08-883427-2 and isbn 4-08-88 at a price")
        .log();

    assertThat(r.promptMetrics().totalInputTokens()).isEqualTo(2095);
    assertThat(r.promptMetrics().promptTokenCount()).isEqualTo(2095);
    // expected values computed with Python's hashlib.sha256(...).hexdigest()[:16]
    assertThat(r.promptMetrics().promptHash()).isEqualTo("58ddc55286c4e8ab");
    assertThat(r.promptMetrics().containsMangaTitle()).isTrue();
    assertThat(r.promptMetrics().language()).isEqualTo("ja");
    assertThat(r.responseMetrics().containsProductRecommendation()).isTrue();
    assertThat(r.responseMetrics().recommendationCount()).isEqualTo(2);
    assertThat(r.responseMetrics().responseLanguage()).isEqualTo("en");
    assertThat(r.metadata().modelVersion()).isEqualTo("v1:0");
    assertThat(r.dataQuality()).isEmpty();
    assertThat(sink.lines()).hasSize(1);
  }

  @Test
  void responseLengthCountsCodePointsLikePythonLen() {
    FmCallRecord r = call().responseText("漫画😀!").log();

    assertThat(r.responseMetrics().responseLengthChars()).isEqualTo(4);
  }

  @Test
  void generatesAVersion4UuidWhenNoRequestIdIsGiven() {
    FmCallRecord a = call().log();
    FmCallRecord b = call().log();

    UUID id = UUID.fromString(a.metadata().requestId());
    assertThat(id.version()).isEqualTo(4);
    assertThat(id.variant()).isEqualTo(2);
    assertThat(a.metadata().requestId()).isNotEqualTo(b.metadata().requestId());
    assertThat(a.dataQuality()).isEmpty();
  }

  @Test
  void rawTextIsNotWrittenUnlessCaptureIsOn() {
    String prompt = "my card is 4111 and password=hunter2hunter2";
    call().promptText(prompt).responseText("答えです").log();
    assertThat(sink.lines().get(0)).doesNotContain("hunter2").doesNotContain("答えです")
        .doesNotContain("prompt_text").doesNotContain("response_text");

    InMemorySink captured = new InMemorySink();
    FmCallLogger capturing = FmCallLogger.builder().sink(captured).captureContent(true).build();
    FmCallRecord r = capturing.call().sessionId("s").userId("u").model("m")
        .promptText(prompt).responseText("答えです").log();

    assertThat(r.promptMetrics().promptText()).isEqualTo("my card is 4111 and password=[REDACTED]");
    assertThat(r.responseMetrics().responseText()).isEqualTo("答えです");
    assertThat(captured.lines().get(0)).doesNotContain("hunter2").contains("\"response_text\"");
    assertThat(r.dataQuality()).containsExactly("secret_redacted:prompt_metrics.prompt_text");
  }

  @Test
  void costSectionIsOmittedWithoutACostModel() {
    FmCallRecord r = call().tokens(1, 2, 3, 4).log();

    assertThat(r.cost()).isNull();
    assertThat(sink.lines().get(0)).doesNotContain("\"cost\"");
  }

  @Test
  void costModelReceivesRepairedTokensCacheTokensAndCacheHit() {
    List<CostRequest> seen = new ArrayList<>();
    CostMetrics priced = new CostMetrics(0.5, 0.25, 0.75, "tier", true, 0.1, 0.01, 0.02, 0.03,
        false);
    FmCallLogger priced0 = FmCallLogger.builder().sink(sink).costModel(req -> {
      seen.add(req);
      return priced;
    }).build();

    FmCallRecord r = priced0.call().sessionId("s").userId("u").model(SeedExamples.HAIKU)
        .tokens(10, -5, 30, 7).cacheTokens(100, 200).responseCacheHit(true).log();

    assertThat(seen).containsExactly(new CostRequest(SeedExamples.HAIKU, 40, 7, 100, 200, true));
    assertThat(r.cost()).isEqualTo(priced);
    assertThat(r.promptMetrics().cacheReadInputTokens()).isEqualTo(100);
    assertThat(r.promptMetrics().cacheWriteInputTokens()).isEqualTo(200);
  }

  @Test
  void enricherFillsClassificationAndExplicitChoicesWin() {
    List<RawError> seen = new ArrayList<>();
    FmCallLogger l = FmCallLogger.builder().sink(sink).errorEnricher(raw -> {
      seen.add(raw);
      return SeedExamples.ENRICHER.enrich(raw);
    }).build();

    FmCallRecord classified = l.call().sessionId("s").userId("u").model("m").promptText("p")
        .status(FmCallStatus.THROTTLED).upstreamService("bedrock").retryCount(2)
        .error("ThrottlingException", "429", "Rate exceeded for key AKIAIOSFODNN7EXAMPLE").log();
    FmCallRecord overridden = l.call().sessionId("s").userId("u").model("m").promptText("p")
        .error("ThrottlingException", "429", "Rate exceeded").errorSeverity(ErrorSeverity.LOW)
        .retryable(false).rootCauseCategory("LOAD_TEST").log();

    assertThat(seen.get(0).errorMessage()).isEqualTo("Rate exceeded for key [REDACTED]");
    assertThat(seen.get(0).retryCount()).isEqualTo(2);
    assertThat(classified.error().errorSeverity()).isEqualTo(ErrorSeverity.HIGH);
    assertThat(classified.error().isRetryable()).isTrue();
    assertThat(classified.error().rootCauseCategory()).isEqualTo("MODEL_THROTTLE");
    assertThat(classified.error().upstreamService()).isEqualTo("bedrock");
    assertThat(classified.dataQuality()).containsExactly("secret_redacted:error.error_message");
    assertThat(overridden.status()).isEqualTo(FmCallStatus.ERROR);
    assertThat(overridden.error().errorSeverity()).isEqualTo(ErrorSeverity.LOW);
    assertThat(overridden.error().isRetryable()).isFalse();
    assertThat(overridden.error().rootCauseCategory()).isEqualTo("LOAD_TEST");
  }

  @Test
  void seedDefaultsApplyWithoutAnEnricher() {
    FmCallRecord r = call().error("Boom", null, null).log();

    assertThat(r.error().errorSeverity()).isEqualTo(ErrorSeverity.MEDIUM);
    assertThat(r.error().isRetryable()).isFalse();
    assertThat(r.error().rootCauseCategory()).isEqualTo("unknown");
    assertThat(r.error().errorCode()).isEqualTo("UNKNOWN");
    assertThat(r.error().errorMessage()).isEmpty();
    assertThat(r.error().stackTraceHash()).isEmpty();
  }

  @Test
  void anExceptionGivesItsNameRedactedMessageAndAStableStackHash() {
    List<FmCallRecord> rs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      rs.add(call().error(failure("token=abcd1234efgh")).log());
    }

    FmCallRecord r = rs.get(0);
    assertThat(r.status()).isEqualTo(FmCallStatus.ERROR);
    assertThat(r.error().errorType()).isEqualTo("IllegalStateException");
    assertThat(r.error().errorMessage()).isEqualTo("token=[REDACTED]");
    assertThat(r.error().stackTraceHash()).matches("[0-9a-f]{16}")
        .isEqualTo(rs.get(1).error().stackTraceHash());
  }

  private static IllegalStateException failure(String message) {
    return new IllegalStateException(message);
  }

  @Test
  void failureStatusWithoutErrorGetsAFlaggedErrorNamedAfterTheStatus() {
    FmCallRecord r = call().status(FmCallStatus.THROTTLED)
        .resilience(new ResilienceDetails(4, true, SeedExamples.SONNET, false, 0, 0, 0, "OPEN"))
        .log();

    assertThat(r.error().errorType()).isEqualTo("ThrottlingException");
    assertThat(r.error().retryCount()).isEqualTo(4);
    assertThat(r.resilience().fallbackUsed()).isTrue();
    assertThat(r.dataQuality()).containsExactly("missing_value_defaulted:error");
  }

  @Test
  void successAndPartialCallsHaveNoErrorSection() {
    assertThat(call().log().error()).isNull();
    assertThat(call().status(FmCallStatus.PARTIAL).log().error()).isNull();
    assertThat(sink.lines()).noneMatch(l -> l.contains("\"error\""));
  }

  @Test
  void traceIdComesFromTheCallOrTheSourceAndIsValidated() {
    FmCallLogger traced = FmCallLogger.builder().sink(sink)
        .traceIdSource(() -> "0AF7651916CD43DD8448EB211C80319C").build();

    assertThat(traced.call().log().metadata().traceId())
        .isEqualTo("0af7651916cd43dd8448eb211c80319c");
    assertThat(traced.call().traceId("not-a-trace").log().dataQuality())
        .contains("invalid_value_rejected:metadata.trace_id");
    assertThat(traced.call().traceId("0".repeat(32)).log().metadata().traceId()).isNull();
    assertThat(call().log().metadata().traceId()).isNull();
  }

  @Test
  void latencyComponentsCanBeSetOneByOne() {
    FmCallRecord r = call().latency(LatencyComponent.BEDROCK_INVOKE, 1840.5)
        .latency(LatencyComponent.WEBSOCKET_DELIVERY, 15.6).log();

    assertThat(r.latency().bedrockInvokeMs()).isEqualTo(1840.5);
    assertThat(r.latency().websocketDeliveryMs()).isEqualTo(15.6);
    assertThat(r.latency().totalE2eMs()).isZero();
  }

  @Test
  void tagsMergeDefaultsAndRedactCredentials() {
    FmCallLogger l = FmCallLogger.builder().sink(sink).defaultTag("env", "prod")
        .defaultTag("team", "manga").build();

    FmCallRecord r = l.call().tag("team", "search").tag("apiKey", "abc")
        .tag("note", "Bearer eyJhbGciOiJIUzI1NiJ9abcdef").log();

    assertThat(r.tags()).containsExactly(Map.entry("env", "prod"), Map.entry("team", "search"),
        Map.entry("apiKey", "[REDACTED]"), Map.entry("note", "Bearer [REDACTED]"));
    assertThat(r.dataQuality()).contains("secret_redacted:tags.apiKey", "secret_redacted:tags.note");
  }

  @Test
  void timestampsComeFromTheClockWithMillisecondIsoAndEpoch() {
    Instant at = Instant.parse("2024-03-15T09:30:00.123456Z");
    FmCallLogger l = FmCallLogger.builder().sink(sink).clock(Clock.fixed(at, ZoneOffset.UTC))
        .build();

    l.call().log();

    assertThat(sink.lines().get(0)).contains("\"timestamp_iso\":\"2024-03-15T09:30:00.123Z\"")
        .contains("\"timestamp_epoch_ms\":1710495000123");
  }

  @Test
  void buildDoesNotWriteAndLogDoes() {
    FmCallBuilder b = call();
    FmCallRecord built = b.build();

    assertThat(sink.lines()).isEmpty();
    assertThat(built.metadata().sessionId()).isEqualTo("s");
    assertThat(logger.stats().recordsLogged()).isZero();
  }

  private FmCallBuilder call() {
    return logger.call().sessionId("s").userId("u").model(SeedExamples.SONNET).promptText("hi");
  }
}
