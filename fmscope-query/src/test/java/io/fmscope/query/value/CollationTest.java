package io.fmscope.query.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CollationTest {
    /** The ascending example of the Sort documentation (reference section 2.5). */
    private static final List<String> DOCUMENTED = List.of("!:", "#", "*%04", "0#", "5A", "111A", "2345_", "@", "@_",
            "A", "A9876fghj", "a12345hfh", "0", "01", "1", "2", "3");

    @Test
    void sortsTheDocumentedExampleFromAnyShuffle() {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<Value> values = new ArrayList<>(DOCUMENTED.stream().map(Value::of).toList());
            Collections.shuffle(values, random);
            values.sort(Collation.ASCENDING);
            assertThat(values.stream().map(Value::asText).toList()).isEqualTo(DOCUMENTED);
        }
    }

    @Test
    void numbersOfAnyKindAfterTextAndNullLast() {
        List<Value> values = new ArrayList<>(List.of(Value.NULL, Value.of(10), Value.of("9"), Value.of(2.5),
                Value.of("x"), Value.timestamp(3), Value.of(-4), Value.list(List.of())));
        values.sort(Collation.ASCENDING);
        assertThat(values.subList(0, 6).stream().map(Value::asText).toList())
                .containsExactly("x", "-4", "2.5", "1970-01-01 00:00:00.003", "9", "10");
        assertThat(values.get(6).isNull() || values.get(7).isNull()).isTrue();
    }

    @Test
    void digitChunksCompareByLengthThenValue() {
        assertThat(Collation.compare(Value.of("file9"), Value.of("file10"))).isNegative();
        assertThat(Collation.compare(Value.of("v1.10"), Value.of("v1.9"))).isPositive();
        assertThat(Collation.compare(Value.of("a"), Value.of("a"))).isZero();
    }
}
