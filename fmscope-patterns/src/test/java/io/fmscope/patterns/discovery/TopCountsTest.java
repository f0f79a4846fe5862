package io.fmscope.patterns.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TopCountsTest {
    @Test
    void exactUnderTheCap() {
        TopCounts t = new TopCounts(10);
        for (int i = 0; i < 30; i++) t.add("s" + i % 3, 1);
        assertThat(t.values()).containsExactly(new ValueCount("s0", 10), new ValueCount("s1", 10), new ValueCount("s2", 10));
        assertThat(t.truncated()).isFalse();
    }

    @Test
    void aMillionDistinctSessionsKeepTheCapAndTheHeavyHitters() {
        TopCounts t = new TopCounts(50);
        Random r = new Random(3);
        for (int i = 0; i < 1_000_000; i++) {
            t.add(i % 10 == 0 ? "heavy-" + r.nextInt(3) : "once-" + i, 1);
        }
        assertThat(t.values()).hasSize(50);
        assertThat(t.truncated()).isTrue();
        assertThat(t.values().subList(0, 3)).extracting(ValueCount::value)
            .containsExactlyInAnyOrder("heavy-0", "heavy-1", "heavy-2");
        // each heavy value was added about 33,333 times; Space-Saving over-estimates by at most N/capacity = 20,000
        assertThat(t.values().subList(0, 3)).allSatisfy(v -> assertThat(v.count()).isBetween(32_000L, 34_000L + 20_000L));
    }

    @Test
    void nullValuesAreNotCountedAndLongValuesAreCut() {
        TopCounts t = new TopCounts(5);
        t.add(null, 1);
        t.add("x".repeat(10_000), 2);
        assertThat(t.values()).singleElement().satisfies(v -> {
            assertThat(v.value()).hasSize(TopCounts.MAX_VALUE_CHARS);
            assertThat(v.count()).isEqualTo(2);
        });
    }
}
