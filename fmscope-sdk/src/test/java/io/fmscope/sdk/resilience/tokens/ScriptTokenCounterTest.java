package io.fmscope.sdk.resilience.tokens;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScriptTokenCounterTest {

    private final ScriptTokenCounter counter = ScriptTokenCounter.calibrated();

    @ParameterizedTest
    @CsvSource({"a,LETTER", "Z,LETTER", "7,DIGIT", "!,PUNCTUATION", "~,PUNCTUATION", "あ,KANA", "カ,KANA", "ｶ,KANA",
            "漢,KANJI", "㐀,KANJI", "𠀋,KANJI", "。,CJK_PUNCTUATION", "！,CJK_PUNCTUATION", "é,OTHER", "—,OTHER",
            "😀,OTHER"})
    void classifiesCodePointsByScript(String ch, Script expected) {
        assertThat(Script.of(ch.codePointAt(0))).isEqualTo(expected);
    }

    @Test
    void whitespaceIsItsOwnScript() {
        assertThat(Script.of(' ')).isEqualTo(Script.WHITESPACE);
        assertThat(Script.of('\n')).isEqualTo(Script.WHITESPACE);
    }

    @Test
    void englishLettersCostAQuarterTokenAndJapaneseAboutOnePerCharacter() {
        assertThat(counter.count("abcd".repeat(100))).isEqualTo(100);
        assertThat(counter.count("あ".repeat(100))).isEqualTo(100);
        assertThat(counter.count("漢".repeat(100))).isEqualTo(110);
        assertThat(counter.count("")).isZero();
        assertThat(counter.count(null)).isZero();
    }

    @Test
    void surrogatePairsCountOnceNotTwice() {
        assertThat(counter.count("𠀋")).isEqualTo(counter.count("漢"));
    }

    @Test
    void roundsPartialTokensUp() {
        assertThat(counter.count("a")).isEqualTo(1);
        assertThat(counter.count("abcde")).isEqualTo(2);
    }

    @Test
    void withRateChangesOnlyThatScript() {
        ScriptTokenCounter doubled = counter.withRate(Script.KANA, 2.0);
        assertThat(doubled.count("ああ")).isEqualTo(4);
        assertThat(doubled.count("abcd")).isEqualTo(counter.count("abcd"));
        assertThat(counter.rate(Script.KANA)).isEqualTo(1.0);
    }

    @Test
    void rejectsMissingOrNegativeRates() {
        assertThatThrownBy(() -> new ScriptTokenCounter(Map.of(Script.LETTER, 0.25)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("DIGIT");
        Map<Script, Double> rates = new EnumMap<>(Script.class);
        for (Script s : Script.values()) rates.put(s, 1.0);
        rates.put(Script.OTHER, -1.0);
        assertThatThrownBy(() -> new ScriptTokenCounter(rates)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Against counts measured with a real Claude tokenizer: with the 10 % safety margin the estimate
     * never falls short, and it is not so high that it throws away half the context.
     */
    @Test
    void calibratedEstimateCoversMeasuredTokenCountsWithinTheSafetyMargin() throws IOException {
        List<String[]> rows = referenceRows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(12);
        for (String[] row : rows) {
            int measured = Integer.parseInt(row[0]);
            int estimated = counter.count(row[1]);
            assertThat(estimated * (1 + TokenBudgetPolicy.DEFAULT.safetyMargin()))
                    .as("estimate for %s", row[1]).isGreaterThanOrEqualTo(measured);
            assertThat(estimated).as("estimate for %s", row[1]).isLessThanOrEqualTo(measured * 8 / 5);
        }
    }

    private static List<String[]> referenceRows() throws IOException {
        try (InputStream in = ScriptTokenCounterTest.class.getResourceAsStream("claude-tokenizer-reference.tsv")) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", 2)).toList();
        }
    }
}
