package io.fmscope.sdk.resilience.tokens;

/**
 * Estimates how many tokens a text costs. Pluggable so an application with access to the real
 * tokenizer (or a count-tokens API) can replace the calibrated estimate.
 * Implementations must be thread-safe, must not throw and must return a value {@code >= 0}.
 */
@FunctionalInterface
public interface TokenCounter {

    int count(String text);

    /** The per-script estimate calibrated for Claude-like tokenizers (see docs/resilience.md). */
    static TokenCounter calibrated() {
        return ScriptTokenCounter.calibrated();
    }
}
