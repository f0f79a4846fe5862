package io.fmscope.sdk.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.fmcall.CostMetrics;
import io.fmscope.model.fmcall.ErrorDetails;
import io.fmscope.model.fmcall.ErrorSeverity;
import io.fmscope.model.fmcall.FmCallMetadata;
import io.fmscope.model.fmcall.FmCallRecord;
import io.fmscope.model.fmcall.FmCallStatus;
import io.fmscope.model.fmcall.LatencyBreakdown;
import io.fmscope.model.fmcall.PromptMetrics;
import io.fmscope.model.fmcall.ResilienceDetails;
import io.fmscope.model.fmcall.ResponseMetrics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The direct FM_CALL writer gives the same text as Jackson's generator, on 20,000 random records: every section
 * present or absent, strings with quotes, backslashes, every control char, Japanese text, emoji and lone
 * surrogates, nulls where a field allows one, and doubles of every kind (short decimals, long fractions,
 * -0.0, subnormals, huge values, NaN and infinities).
 */
class FmCallLineTest {
  private static final double[] SPECIAL = {0.0, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, 1e-300, 1e300, 0.1 + 0.2,
      2450.5, 0.00255, 1e12, 123456789.123, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -17.25};

  /** Whether {@link #text} may use chars above U+00FF (those records go through the generator). */
  private static boolean wide;

  @Test void sameTextAsTheJacksonGenerator() {
    Random r = new Random(2026_11_30L);
    int direct = 0;
    for (int i = 0; i < 20_000; i++) {
      wide = r.nextBoolean();
      FmCallRecord rec = record(r);
      String expected = FmLogJsonWriter.toJsonFresh(rec);
      assertThat(FmLogJsonWriter.toJson(rec)).as("record %d: %s", i, rec).isEqualTo(expected);
      if (!wide) { // the direct writer on its own, no fallback possible
        JsonLine line = new JsonLine();
        FmCallLine.write(rec, line);
        assertThat(line.take()).as("record %d: %s", i, rec).isEqualTo(expected);
        direct++;
      }
    }
    assertThat(direct).isGreaterThan(9_000);
  }

  @Test void textBeyondLatin1GoesThroughTheGenerator() {
    FmCallRecord rec = new FmCallRecord(null, FmCallStatus.SUCCESS, null, null, null, null, null,
        Map.of("feature", "おすすめ"), null, List.of());
    assertThat(FmLogJsonWriter.toJson(rec)).isEqualTo(FmLogJsonWriter.toJsonFresh(rec)).contains("おすすめ");
    JsonLine line = new JsonLine();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> FmCallLine.write(rec, line))
        .isSameAs(JsonLine.NOT_LATIN1);
  }

  private static FmCallRecord record(Random r) {
    FmCallMetadata m = r.nextInt(10) == 0 ? null : new FmCallMetadata(s(r), s(r), s(r), r.nextInt(), s(r), s(r),
        s(r), Instant.ofEpochMilli(r.nextLong(0, 253_402_300_799_000L)), orNull(r), orNull(r));
    PromptMetrics p = r.nextInt(10) == 0 ? null : new PromptMetrics(s(r), r.nextInt(), r.nextInt(), r.nextInt(),
        r.nextInt(), r.nextInt(), s(r), r.nextBoolean(), r.nextBoolean(), s(r), r.nextInt(), scores(r), r.nextInt(),
        r.nextInt(), orNull(r));
    ResponseMetrics resp = r.nextInt(10) == 0 ? null : new ResponseMetrics(r.nextInt(), s(r), r.nextInt(), s(r),
        r.nextBoolean(), r.nextInt(), r.nextBoolean() ? null : d(r), r.nextBoolean(), orNull(r), orNull(r));
    LatencyBreakdown l = r.nextInt(10) == 0 ? null : new LatencyBreakdown(d(r), d(r), d(r), d(r), d(r), d(r), d(r),
        d(r), d(r), d(r), d(r));
    ErrorDetails e = r.nextInt(3) == 0 ? null : new ErrorDetails(s(r), s(r), s(r),
        ErrorSeverity.values()[r.nextInt(ErrorSeverity.values().length)], r.nextInt(), r.nextBoolean(), s(r), s(r),
        s(r));
    CostMetrics c = r.nextInt(10) == 0 ? null : new CostMetrics(d(r), d(r), d(r), s(r), r.nextBoolean(), d(r), d(r),
        d(r), d(r), r.nextBoolean());
    ResilienceDetails res = r.nextInt(3) == 0 ? null : new ResilienceDetails(r.nextInt(), r.nextBoolean(), s(r),
        r.nextBoolean(), r.nextInt(), r.nextInt(), r.nextInt(), s(r));
    Map<String, String> tags = new LinkedHashMap<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      tags.put(text(r), text(r));
    }
    List<String> flags = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      flags.add(text(r));
    }
    return new FmCallRecord(m, FmCallStatus.values()[r.nextInt(FmCallStatus.values().length)], p, resp, l, e, c,
        tags, res, flags);
  }

  private static List<Double> scores(Random r) {
    List<Double> out = new ArrayList<>();
    for (int i = r.nextInt(6); i > 0; i--) {
      out.add(d(r));
    }
    return out;
  }

  private static double d(Random r) {
    return switch (r.nextInt(5)) {
      case 0 -> SPECIAL[r.nextInt(SPECIAL.length)];
      case 1 -> Math.round(r.nextDouble() * 1e7) / 1e3; // a short decimal, as latencies are
      case 2 -> Math.round(r.nextDouble() * 1e6) / 1e9; // a price
      case 3 -> Double.longBitsToDouble(r.nextLong()); // anything, NaN payloads included
      default -> r.nextDouble() * Math.pow(10, r.nextInt(40) - 20);
    };
  }

  private static String orNull(Random r) {
    return r.nextInt(4) == 0 ? null : text(r);
  }

  /** A string, or null one time in twenty (the generator writes null for any null string). */
  private static String s(Random r) {
    return r.nextInt(20) == 0 ? null : text(r);
  }

  private static String text(Random r) {
    StringBuilder b = new StringBuilder();
    for (int i = r.nextInt(12); i > 0; i--) {
      switch (wide ? r.nextInt(8) : r.nextInt(4) == 0 ? r.nextInt(2) : 5 + r.nextInt(3)) {
        case 0 -> b.append((char) r.nextInt(0x20)); // control chars
        case 1 -> b.append(r.nextBoolean() ? '"' : '\\');
        case 2 -> b.append("ワンピース漫画");
        case 3 -> b.append("😀");
        case 4 -> b.append((char) (0xD800 + r.nextInt(0x800))); // a lone surrogate
        case 5 -> b.append((char) (0x7F + r.nextInt(0x80)));
        default -> b.append((char) ('a' + r.nextInt(26))).append("req-").append(r.nextInt(1000));
      }
    }
    return b.toString();
  }
}
