package io.fmscope.patterns;

/**
 * Settings of a {@link TemplateMiner}; one set serves every log source (the Loghub benchmark runs with
 * {@link #defaults()} on all sixteen datasets).
 *
 * @param maxTemplates      live templates kept; past it the least recently used one is evicted and its
 *                          count moves to the overflow bucket
 * @param maxTokens         tokens looked at per line; the rest of a longer line is one variable token
 * @param maxTokenChars     a longer token is treated as a variable (ID) whatever its characters
 * @param keyCacheSize      distinct masked lines remembered for the fast path; the cache is cleared when full
 * @param samplesPerTemplate sample lines kept per template (the first ones seen)
 * @param maxSampleChars    a longer sample line is cut
 * @param distinctValues    distinct words at one position, all else equal, that make it a variable
 * @param minConstantWords  a position is only generalised if the template keeps this many constant words
 */
public record MinerConfig(int maxTemplates, int maxTokens, int maxTokenChars, int keyCacheSize,
                          int samplesPerTemplate, int maxSampleChars, int distinctValues, int minConstantWords) {

    public MinerConfig {
        require(maxTemplates >= 1, "maxTemplates must be at least 1");
        require(maxTokens >= 2, "maxTokens must be at least 2");
        require(maxTokenChars >= 8, "maxTokenChars must be at least 8");
        require(keyCacheSize >= 0, "keyCacheSize must not be negative");
        require(samplesPerTemplate >= 0, "samplesPerTemplate must not be negative");
        require(maxSampleChars >= 16, "maxSampleChars must be at least 16");
        require(distinctValues >= 2, "distinctValues must be at least 2");
        require(minConstantWords >= 0, "minConstantWords must not be negative");
    }

    public static MinerConfig defaults() {
        return new MinerConfig(5_000, 128, 256, 50_000, 3, 512, 5, 2);
    }

    public MinerConfig withMaxTemplates(int n) {
        return new MinerConfig(n, maxTokens, maxTokenChars, keyCacheSize, samplesPerTemplate, maxSampleChars,
            distinctValues, minConstantWords);
    }

    public MinerConfig withKeyCacheSize(int n) {
        return new MinerConfig(maxTemplates, maxTokens, maxTokenChars, n, samplesPerTemplate, maxSampleChars,
            distinctValues, minConstantWords);
    }

    private static void require(boolean ok, String message) {
        if (!ok) throw new IllegalArgumentException(message);
    }
}
