package io.fmscope.sdk.resilience.tokens;

/** The answer of {@link TokenBudget#fit}: either a prompt that fits or the reason none can. */
public sealed interface FitResult {

    record Fitted(FittedPrompt prompt, TruncationReport report) implements FitResult {
    }

    /**
     * The system prompt plus the user message alone need {@code requiredTokens}, more than the
     * {@code usableTokens} left after reserving max_tokens and the safety margin (also returned,
     * with {@code usableTokens} 0, when max_tokens alone exceeds the context window).
     */
    record TooLarge(int requiredTokens, int usableTokens) implements FitResult {
    }
}
