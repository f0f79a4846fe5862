package io.fmscope.sdk.cost;

/**
 * Token counts of one model call, with Bedrock/Anthropic usage semantics: {@code inputTokens} counts only
 * uncached input and excludes both {@code cacheReadInputTokens} and {@code cacheWriteInputTokens}
 * (Bedrock Converse {@code usage.inputTokens}, Anthropic {@code usage.input_tokens}). The total prompt size is
 * therefore the sum of the three.
 *
 * <p>The record accepts any values so that building it never throws in the caller's path; negative counts are
 * treated as zero by {@link CostCalculator} and reported as {@link CostIssue#NEGATIVE_TOKEN_COUNT}.
 */
public record TokenUsage(long inputTokens, long outputTokens, long cacheReadInputTokens, long cacheWriteInputTokens) {

    public static final TokenUsage NONE = new TokenUsage(0, 0, 0, 0);

    /** A call without prompt caching. */
    public static TokenUsage of(long inputTokens, long outputTokens) {
        return new TokenUsage(inputTokens, outputTokens, 0, 0);
    }

    /**
     * For callers whose input count includes cached tokens (OpenAI-style {@code prompt_tokens}): the cache read
     * and write counts are subtracted from {@code totalInputTokens} (never below zero).
     */
    public static TokenUsage ofTotalInput(long totalInputTokens, long outputTokens,
                                          long cacheReadInputTokens, long cacheWriteInputTokens) {
        long uncached = Math.max(0, totalInputTokens - Math.max(0, cacheReadInputTokens)
                - Math.max(0, cacheWriteInputTokens));
        return new TokenUsage(uncached, outputTokens, cacheReadInputTokens, cacheWriteInputTokens);
    }

    /** Uncached input plus cache reads plus cache writes. */
    public long totalInputTokens() {
        return inputTokens + cacheReadInputTokens + cacheWriteInputTokens;
    }
}
