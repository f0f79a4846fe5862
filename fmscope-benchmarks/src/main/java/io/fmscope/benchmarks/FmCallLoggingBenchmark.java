package io.fmscope.benchmarks;

import io.fmscope.model.fmcall.CostMetrics;
import io.fmscope.model.fmcall.FmCallRecord;
import io.fmscope.model.fmcall.FmCallStatus;
import io.fmscope.model.fmcall.LatencyComponent;
import io.fmscope.model.fmcall.ResilienceDetails;
import io.fmscope.sdk.export.InMemorySink;
import io.fmscope.sdk.log.CostModel;
import io.fmscope.sdk.log.FmCallLogger;
import io.fmscope.sdk.log.FmLogJsonWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of logging one FM call on the application's thread: build the record from raw inputs
 * (repairs, token total, SHA-256 prompt hash, language and keyword scans of prompt and response,
 * cost hook, error enrichment, tags), write it as JSON, hand it to an in-memory sink. Target: under
 * 5 µs per record on one core (docs/benchmarks.md).
 *
 * <p>{@code promptChars}: 400 is a user question with a short template; 8000 is a full MangaAssist
 * prompt (system prompt, RAG context with Japanese product text, user message), about the seed's
 * 2 095 input tokens.
 *
 * <p>Warmup is 5 s per iteration because on a busy 2-core machine the JIT compiler threads need
 * that long to compile the path; with 1 s the first measured iterations still ran interpreted.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FmCallLoggingBenchmark {
  private static final String SONNET = "anthropic.claude-3-sonnet-20240229-v1:0";
  private static final String USER = "ワンピースの最新巻はいつ発売ですか？同じ作者の他の漫画もおすすめしてください。";
  private static final String SYSTEM = "You are MangaAssist, the shopping assistant of a Japanese "
      + "manga store. Answer in the customer's language, recommend only titles in stock, cite the "
      + "ISBN and price of every recommended volume, and never invent release dates. ";
  private static final String CONTEXT = "【商品】ONE PIECE 107巻 尾田栄一郎 集英社 ISBN 978-4-08-883427-2 "
      + "価格 528円（税込） 在庫あり。あらすじ：ルフィたちはエッグヘッドで新たな戦いに挑む。 ";
  private static final String RESPONSE = "『ONE PIECE』107巻は発売中です（ISBN 978-4-08-883427-2、"
      + "価格 528円）。尾田栄一郎先生の作品では『WANTED!』もおすすめです（ISBN 978-4-08-872567-9）。";

  /** The seed's two prices per million tokens; the real table lives in the pricing package. */
  private static final CostModel PRICES = req -> {
    boolean sonnet = req.modelId().contains("sonnet");
    double in = req.inputTokens() / 1e6 * (sonnet ? 3.0 : 0.25);
    double out = req.outputTokens() / 1e6 * (sonnet ? 15.0 : 1.25);
    return new CostMetrics(in, out, in + out, sonnet ? "anthropic.claude-3-sonnet"
        : "anthropic.claude-3-haiku", req.responseCacheHit(), 0, 0, 0, 0, false);
  };

  private static final List<Double> SCORES = List.of(0.92, 0.88, 0.85, 0.81, 0.77);
  private static final ResilienceDetails RESILIENCE =
      new ResilienceDetails(3, true, SONNET, false, 0, 0, 0, "CLOSED");

  @Param({"400", "8000"})
  public int promptChars;

  private String prompt;
  private FmCallLogger logger;
  private FmCallRecord prebuilt;
  private long n;
  private MessageDigest digest;

  @Setup
  public void setUp() {
    StringBuilder sb = new StringBuilder(SYSTEM);
    while (sb.length() < promptChars - USER.length()) {
      sb.append(CONTEXT);
    }
    sb.setLength(Math.max(0, promptChars - USER.length()));
    prompt = sb.append(USER).toString();
    logger = FmCallLogger.builder().service("manga-assist-orchestrator")
        .sink(new InMemorySink(1024)).costModel(PRICES).defaultTag("env", "prod").build();
    prebuilt = fullRecord();
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every section present: a throttled call after retries and a fallback. */
  @Benchmark
  public FmCallRecord fullRecord() {
    return logger.call().requestId("req-" + (n++)).sessionId("sess-xyz").userId("user-001")
        .conversationTurn(3).model(SONNET, "v1:0").traceId("5759e988bd862e3fe1be46a994272793")
        .promptTemplateId("manga_recommend_v2").promptText(prompt).tokens(850, 1200, 45, 320)
        .cacheTokens(0, 0).rag(5, SCORES).stopReason("end_turn").responseText(RESPONSE)
        .latency(LatencyComponent.TOTAL_E2E, 2450.5).latency(LatencyComponent.API_GATEWAY, 12.3)
        .latency(LatencyComponent.ORCHESTRATOR_PROCESSING, 45.0)
        .latency(LatencyComponent.RAG_RETRIEVAL, 310.2)
        .latency(LatencyComponent.OPENSEARCH_QUERY, 280.7)
        .latency(LatencyComponent.DYNAMODB_SESSION_LOOKUP, 8.4)
        .latency(LatencyComponent.REDIS_CACHE_CHECK, 1.9)
        .latency(LatencyComponent.BEDROCK_INVOKE, 1840.5)
        .latency(LatencyComponent.BEDROCK_FIRST_TOKEN, 620.0)
        .latency(LatencyComponent.RESPONSE_PARSING, 3.1)
        .latency(LatencyComponent.WEBSOCKET_DELIVERY, 15.6)
        .status(FmCallStatus.THROTTLED).error("ThrottlingException", "429", "Rate exceeded")
        .upstreamService("bedrock").retryCount(3).resilience(RESILIENCE)
        .tag("feature", "recommendation").log();
  }

  /** The common case: a successful call (no error or resilience section). */
  @Benchmark
  public FmCallRecord successRecord() {
    return logger.call().requestId("req-" + (n++)).sessionId("sess-xyz").userId("user-001")
        .conversationTurn(3).model(SONNET, "v1:0").promptTemplateId("manga_recommend_v2")
        .promptText(prompt).tokens(850, 1200, 45, 320).rag(5, SCORES).stopReason("end_turn")
        .responseText(RESPONSE).latency(LatencyComponent.TOTAL_E2E, 2450.5)
        .latency(LatencyComponent.BEDROCK_INVOKE, 1840.5).status(FmCallStatus.SUCCESS).log();
  }

  /**
   * The floor set by the seed's prompt hash: SHA-256 over the prompt's UTF-8 bytes, the step the
   * logger performs (the JDK uses the CPU's SHA instructions where present).
   */
  @Benchmark
  public byte[] promptHashOnly() throws NoSuchAlgorithmException {
    MessageDigest md = digest;
    md.reset();
    return md.digest(prompt.getBytes(StandardCharsets.UTF_8));
  }

  /** Only the JSON writing of an already built full record, to see its share. */
  @Benchmark
  public String writeJsonOnly() {
    return FmLogJsonWriter.toJson(prebuilt);
  }
}
