package io.fmscope.model.fmcall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonValuesTest {

  @Test
  void normalisesNumbersSoEqualJsonMeansEqualValues() {
    assertThat(JsonValues.copy(3)).isEqualTo(3L);
    assertThat(JsonValues.copy((short) 3)).isEqualTo(3L);
    assertThat(JsonValues.copy(2.5f)).isEqualTo(2.5d);
    assertThat(JsonValues.copy(new BigDecimal("0.25"))).isEqualTo(0.25d);
    assertThat(JsonValues.copy(BigInteger.TEN)).isEqualTo(10L);
    assertThat(JsonValues.copy(BigInteger.TWO.pow(70))).isEqualTo("1180591620717411303424");
    assertThat(JsonValues.copy(Double.NaN)).isNull();
  }

  @Test
  void turnsOtherObjectsIntoStringsAndArraysIntoLists() {
    UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

    assertThat(JsonValues.copy(id)).isEqualTo(id.toString());
    assertThat(JsonValues.copy(new int[] {1, 2})).isEqualTo(List.of(1L, 2L));
    assertThat(JsonValues.copy(FmCallStatus.THROTTLED)).isEqualTo("THROTTLED");
  }

  @Test
  void copiesDeeplyKeepsOrderSkipsNullKeysAndIsImmutable() {
    Map<Object, Object> inner = new HashMap<>();
    inner.put(null, "dropped");
    inner.put(7, Arrays.asList("a", null));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("z", 1);
    m.put("a", inner);

    Map<String, Object> copy = JsonValues.copyObject(m);
    inner.put("late", true);

    assertThat(copy.keySet()).containsExactly("z", "a");
    assertThat(copy.get("a")).isEqualTo(Map.of("7", Arrays.asList("a", null)));
    assertThatThrownBy(() -> copy.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void cutsCyclesAtTheMaximumDepth() {
    List<Object> loop = new ArrayList<>();
    loop.add(loop);

    Object copy = JsonValues.copy(loop);

    int depth = 0;
    while (copy instanceof List<?> l) {
      depth++;
      copy = l.get(0);
    }
    assertThat(depth).isEqualTo(JsonValues.MAX_DEPTH);
    assertThat(copy).isNull();
  }
}
