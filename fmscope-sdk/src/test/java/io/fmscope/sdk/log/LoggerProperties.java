package io.fmscope.sdk.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.fmcall.FmCallRecord;
import io.fmscope.model.fmcall.FmCallStatus;
import io.fmscope.model.fmcall.LatencyComponent;
import io.fmscope.model.fmcall.RagRetrievalRecord;
import io.fmscope.model.fmcall.SessionEventRecord;
import io.fmscope.sdk.export.InMemorySink;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the application passes, the logger returns a record that is valid and reads back. */
class LoggerProperties {

  @Property(tries = 300)
  void anyFmCallInputYieldsASchemaValidLineThatReadsBack(
      @ForAll("texts") String id, @ForAll("texts") String text, @ForAll("counts") long tokens,
      @ForAll("millis") double ms, @ForAll("statuses") FmCallStatus status,
      @ForAll("scores") List<Double> scores, @ForAll boolean capture) {
    InMemorySink sink = new InMemorySink();
    FmCallLogger logger = FmCallLogger.builder().sink(sink).captureContent(capture)
        .costModel(SeedExamples.SEED_PRICES).errorEnricher(SeedExamples.ENRICHER).build();

    FmCallRecord r = logger.call().requestId(id).sessionId(id).userId(text).model(id)
        .traceId(id).promptTemplateId(text).promptText(text).tokens(tokens, -tokens, 3, tokens)
        .cacheTokens(tokens, tokens).latency(LatencyComponent.BEDROCK_INVOKE, ms)
        .latency(mapOf(text, ms)).rag(tokens, scores).stopReason(text).responseText(text)
        .status(status).error(text, id, text).upstreamService(id).retryCount(tokens)
        .tag(text, id).log();

    assertThat(sink.records()).containsExactly(r);
    String line = sink.lines().get(0);
    assertThat(Schemas.errors(r, line)).as(line).isEmpty();
    assertThat(FmLogJsonReader.read(line)).isEqualTo(r);
    assertThat(logger.stats().internalErrors()).isZero();
  }

  @Property(tries = 200)
  void anyRagOrSessionInputYieldsValidLines(@ForAll("texts") String text,
      @ForAll("counts") long n, @ForAll("millis") double ms, @ForAll("scores") List<Double> s) {
    InMemorySink sink = new InMemorySink();
    FmCallLogger logger = FmCallLogger.builder().sink(sink).captureContent(true).build();

    RagRetrievalRecord rag = logger.logRagRetrieval(text, text, text, text, (int) n, (int) -n,
        (int) n, s, ms, text);
    SessionEventRecord ev = logger.logSessionEvent(text, text, text,
        mapOf("k", text, "n", n, "nested", mapOf("password", text), "list", s));

    assertThat(sink.records()).containsExactly(rag, ev);
    for (InMemorySink.Entry e : sink.entries()) {
      assertThat(Schemas.errors(e.record(), e.jsonLine())).as(e.jsonLine()).isEmpty();
      assertThat(FmLogJsonReader.read(e.jsonLine())).isEqualTo(e.record());
    }
    assertThat(sink.lines().get(1)).doesNotContain("\"password\":\"" + text + "\"");
  }

  /** A map that accepts null keys and values, like a careless application's. */
  private static <V> Map<String, V> mapOf(Object... kv) {
    Map<String, V> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      @SuppressWarnings("unchecked")
      V v = (V) kv[i + 1];
      m.put((String) kv[i], v);
    }
    return m;
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(400),
        Arbitraries.strings().withChars("ぁあアカ漫画mangaISBN isbn 0123456789abcdef-:").ofMaxLength(60),
        Arbitraries.just(null), Arbitraries.just(""), Arbitraries.just("   "),
        Arbitraries.just("password=hunter2hunter2 AKIAIOSFODNN7EXAMPLE"),
        Arbitraries.strings().ofMinLength(300).ofMaxLength(5000));
  }

  @Provide
  Arbitrary<Long> counts() {
    return Arbitraries.longs().edgeCases(c -> c.add(Long.MIN_VALUE, Long.MAX_VALUE, -1L, 0L,
        (long) Repairs.MAX_COUNT + 1));
  }

  @Provide
  Arbitrary<Double> millis() {
    return Arbitraries.doubles().withSpecialValue(Double.NaN)
        .withSpecialValue(Double.POSITIVE_INFINITY).withSpecialValue(Double.NEGATIVE_INFINITY)
        .withSpecialValue(-0.0).withSpecialValue(Double.MAX_VALUE)
        .withSpecialValue(Double.MIN_VALUE);
  }

  @Provide
  Arbitrary<FmCallStatus> statuses() {
    return Arbitraries.oneOf(Arbitraries.of(FmCallStatus.class), Arbitraries.just(null));
  }

  @Provide
  Arbitrary<List<Double>> scores() {
    return Arbitraries.oneOf(millis(), Arbitraries.just(null)).list().ofMaxSize(30);
  }
}
