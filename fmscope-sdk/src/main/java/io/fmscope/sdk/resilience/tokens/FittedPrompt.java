package io.fmscope.sdk.resilience.tokens;

import java.util.List;

/**
 * The prompt parts that fit: the system prompt and user message unchanged, the most recent history
 * turns (oldest first) and the kept RAG chunks ordered by relevance, highest first.
 */
public record FittedPrompt(String systemPrompt, List<Turn> history, List<RagChunk> ragChunks, String userMessage,
                           int maxOutputTokens, int estimatedInputTokens) {

    public FittedPrompt {
        history = List.copyOf(history);
        ragChunks = List.copyOf(ragChunks);
    }
}
