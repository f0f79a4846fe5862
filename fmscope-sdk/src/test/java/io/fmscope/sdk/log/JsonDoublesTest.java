package io.fmscope.sdk.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonDoublesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2450.5, 2450.5", "0.92, 0.92", "45.0, 45.0", "0.006285, 0.006285", "-3.25, -3.25",
      "1e-9, 0.000000001", "0.0, 0.0", "-0.0, -0.0", "999999999999.999, 999999999999.999"})
  void writesShortDecimals(double d, String text) {
    assertThat(JsonDoubles.fastText(d)).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"0.30000000000000004", "1e15", "1e-10", "NaN", "Infinity", "3.141592653589793"})
  void leavesOtherValuesToJackson(double d) {
    assertThat(JsonDoubles.fastText(d)).isNull();
  }

  @Property(tries = 5000)
  void fastTextIsExactAndAsShortAsTheJdksRepresentation(@ForAll("doubles") double d) {
    String fast = JsonDoubles.fastText(d);
    if (fast != null) {
      assertThat(Double.doubleToRawLongBits(Double.parseDouble(fast)))
          .isEqualTo(Double.doubleToRawLongBits(d));
      assertThat(new BigDecimal(fast)).isEqualByComparingTo(new BigDecimal(Double.toString(d)));
    }
  }

  @Provide
  Arbitrary<Double> doubles() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(-999_999_999_999_999L, 999_999_999_999_999L)
            .map(m -> m / 1e3),
        Arbitraries.longs().between(-999_999_999_999_999L, 999_999_999_999_999L)
            .map(m -> m / 1e9),
        Arbitraries.doubles(),
        Arbitraries.doubles().between(-1e13, 1e13));
  }
}
