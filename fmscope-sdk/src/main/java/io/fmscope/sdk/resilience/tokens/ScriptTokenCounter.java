package io.fmscope.sdk.resilience.tokens;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Estimates tokens as the sum over characters of a per-{@link Script} rate (tokens per character),
 * rounded up. The calibrated rates were measured against Anthropic's published (pre-Claude-3)
 * tokenizer and cl100k on English prose/code and Japanese prose/chat; the method and numbers are in
 * docs/resilience.md. They lean high on purpose: over-estimating drops a little context, while
 * under-estimating fails the call with a context-window error.
 */
public final class ScriptTokenCounter implements TokenCounter {

    private static final ScriptTokenCounter CALIBRATED = new ScriptTokenCounter(Map.of(
            Script.LETTER, 0.25,          // 4 letters per token
            Script.DIGIT, 0.9,
            Script.WHITESPACE, 0.05,      // spaces merge into the following word
            Script.PUNCTUATION, 0.8,
            Script.KANA, 1.0,
            Script.KANJI, 1.1,
            Script.CJK_PUNCTUATION, 1.2,
            Script.OTHER, 2.5));          // rare multi-byte characters fall back to byte tokens

    private final EnumMap<Script, Double> rates;

    public ScriptTokenCounter(Map<Script, Double> rates) {
        this.rates = new EnumMap<>(Script.class);
        for (Script s : Script.values()) {
            double r = Objects.requireNonNull(rates.get(s), () -> "missing rate for " + s);
            if (!(r >= 0) || Double.isInfinite(r)) throw new IllegalArgumentException("bad rate for " + s + ": " + r);
            this.rates.put(s, r);
        }
    }

    public static ScriptTokenCounter calibrated() {
        return CALIBRATED;
    }

    /** A copy with one rate changed. */
    public ScriptTokenCounter withRate(Script script, double tokensPerChar) {
        EnumMap<Script, Double> copy = new EnumMap<>(rates);
        copy.put(script, tokensPerChar);
        return new ScriptTokenCounter(copy);
    }

    public double rate(Script script) {
        return rates.get(script);
    }

    @Override
    public int count(String text) {
        if (text == null || text.isEmpty()) return 0;
        long[] perScript = new long[Script.values().length];
        text.codePoints().forEach(cp -> perScript[Script.of(cp).ordinal()]++);
        double sum = 0;
        for (Script s : Script.values()) sum += perScript[s.ordinal()] * rates.get(s);
        // The epsilon keeps 100 x 1.1 = 110.00000000000001 from rounding up to 111.
        return (int) Math.min(Integer.MAX_VALUE, (long) Math.ceil(sum - 1e-9));
    }
}
