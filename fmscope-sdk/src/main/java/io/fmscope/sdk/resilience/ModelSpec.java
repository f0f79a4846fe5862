package io.fmscope.sdk.resilience;

/**
 * A model in the fallback chain with what the token budget needs: its context window and the
 * {@code max_tokens} to reserve for its answer.
 */
public record ModelSpec(String modelId, int contextWindowTokens, int maxOutputTokens) {

    public ModelSpec {
        if (modelId == null || modelId.isBlank()) throw new IllegalArgumentException("blank modelId");
        if (contextWindowTokens <= 0) throw new IllegalArgumentException("contextWindowTokens <= 0");
        if (maxOutputTokens < 0) throw new IllegalArgumentException("maxOutputTokens < 0");
    }
}
