package io.fmscope.sdk.resilience.tokens;

/**
 * How the token budget trims a prompt.
 *
 * @param maxRagChunks         keep at most this many chunks, the most relevant ones (seed EP-003: top-3)
 * @param safetyMargin         fraction of the input budget held back for estimation error (0.10 = 10 %)
 * @param perPartOverhead      tokens added per non-empty part (role markers and separators)
 * @param protectedRecentTurns history turns kept while RAG chunks can still be dropped instead
 */
public record TokenBudgetPolicy(int maxRagChunks, double safetyMargin, int perPartOverhead, int protectedRecentTurns) {

    public static final TokenBudgetPolicy DEFAULT = new TokenBudgetPolicy(3, 0.10, 4, 2);

    public TokenBudgetPolicy {
        if (maxRagChunks < 0) throw new IllegalArgumentException("maxRagChunks < 0");
        if (!(safetyMargin >= 0 && safetyMargin < 10)) throw new IllegalArgumentException("safetyMargin out of [0,10)");
        if (perPartOverhead < 0) throw new IllegalArgumentException("perPartOverhead < 0");
        if (protectedRecentTurns < 0) throw new IllegalArgumentException("protectedRecentTurns < 0");
    }

    /** Input tokens allowed once {@code maxOutputTokens} is reserved and the margin held back. */
    public int usableInputTokens(int contextWindow, int maxOutputTokens) {
        long room = (long) contextWindow - maxOutputTokens;
        return room <= 0 ? 0 : (int) Math.floor(room / (1.0 + safetyMargin));
    }
}
