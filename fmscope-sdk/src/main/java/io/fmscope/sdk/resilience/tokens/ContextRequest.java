package io.fmscope.sdk.resilience.tokens;

import java.util.List;

/**
 * Everything an application wants to send, before fitting: the system prompt and the user message
 * are never dropped; history (oldest first) and RAG chunks are dropped as needed.
 */
public record ContextRequest(String systemPrompt, List<Turn> history, List<RagChunk> ragChunks, String userMessage) {

    public ContextRequest {
        systemPrompt = systemPrompt == null ? "" : systemPrompt;
        history = history == null ? List.of() : List.copyOf(history);
        ragChunks = ragChunks == null ? List.of() : List.copyOf(ragChunks);
        userMessage = userMessage == null ? "" : userMessage;
    }

    /** A request with only a user message. */
    public static ContextRequest of(String userMessage) {
        return new ContextRequest("", List.of(), List.of(), userMessage);
    }
}
