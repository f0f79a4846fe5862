package io.fmscope.query.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> WORDS = List.of("filter", "fields", "stats", "sort", "display", "dedup");

    @Test
    void nearestWordWithinAFewEdits() {
        assertThat(Suggestions.nearest("fitler", WORDS)).isEqualTo("filter");
        assertThat(Suggestions.nearest("STAT", WORDS)).isEqualTo("stats");
        assertThat(Suggestions.nearest("dispaly", WORDS)).isEqualTo("display");
        assertThat(Suggestions.nearest("xyzzy", WORDS)).isNull();
        assertThat(Suggestions.nearest("cnt", List.of("count", "abs", "ceil"))).isEqualTo("count");
        assertThat(Suggestions.nearest("filter", WORDS)).as("exact matches need no hint").isNull();
    }

    @Test
    void distanceCountsTranspositionsAsOneEdit() {
        assertThat(Suggestions.distance("ab", "ba")).isEqualTo(1);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }
}
