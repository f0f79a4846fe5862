package io.fmscope.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The masker's reusable buffers: long tokens, buffer reuse across lines, and the cache key's equality. */
class MaskerBufferTest {
    @ParameterizedTest(name = "{0} x{1}")
    @CsvSource({"0123456789abcdef,HEX", "1234567890,NUM", "abcdefghij,WORD", "g1h2i3j4k5,ID", "dir/sub/,PATH"})
    void tokensLongerThanThePackedCountsAreClassifiedAlike(String unit, TokenType type) {
        String shortToken = unit.repeat(2);              // counted packed (up to 127 characters)
        String longToken = unit.repeat(240 / unit.length()); // 240 characters: counted field by field
        assertThat(longToken.length()).isGreaterThan(127);
        assertThat(TokenClassifier.classify(shortToken, 0, shortToken.length())).isEqualTo(type);
        assertThat(TokenClassifier.classify(longToken, 0, longToken.length())).isEqualTo(type);
    }

    @Test
    void aLongLineLeavesNothingBehindForTheNextLine() {
        LineMasker reused = new LineMasker(128, 256);
        String longLine = "x".repeat(100_000) + " tail 42";
        reused.mask(longLine);
        assertThat(reused.key(longLine).toString()).endsWith(" tail <NUM>");
        String line = "took 7 ms";
        reused.mask(line);
        LineMasker fresh = new LineMasker(128, 256);
        fresh.mask(line);
        assertThat(reused.key(line).toString()).isEqualTo(fresh.key(line).toString()).isEqualTo("took <NUM>");
    }

    @Test
    void theCacheKeyComparesByContent() {
        LineMasker m = new LineMasker(128, 256);
        m.mask("user 12 logged in");
        MaskedKey stored = m.key("user 12 logged in").copy();
        m.mask("user 99 logged in");
        MaskedKey probe = m.key("user 99 logged in");
        assertThat(probe).isEqualTo(stored).hasSameHashCodeAs(stored);
        m.mask("user 99 logged out");
        assertThat(m.key("user 99 logged out")).isNotEqualTo(stored);
        assertThat(stored.toString()).isEqualTo("user <NUM> logged in");
    }
}
