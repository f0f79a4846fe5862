package io.fmscope.model.fmcall;

import java.util.List;

/**
 * JSON object {@code prompt_metrics}: what was sent to the model, without the text itself.
 *
 * @param promptTemplateId {@code prompt_template_id}
 * @param promptTokenCount {@code prompt_token_count} (the seed sets it equal to the total)
 * @param systemPromptTokenCount {@code system_prompt_token_count}
 * @param contextTokenCount {@code context_token_count}
 * @param userMessageTokenCount {@code user_message_token_count}
 * @param totalInputTokens {@code total_input_tokens}: system + context + user message
 * @param promptHash {@code prompt_hash}: first 16 hex chars of the SHA-256 of the prompt text
 * @param containsMangaTitle {@code contains_manga_title}
 * @param containsAuthorName {@code contains_author_name}
 * @param language {@code language}: {@code ja}, {@code en} or {@code unknown}
 * @param ragChunksIncluded {@code rag_chunks_included}
 * @param ragRelevanceScores {@code rag_relevance_scores}
 * @param cacheReadInputTokens extension {@code cache_read_input_tokens}: prompt-cache reads,
 *     not part of the total
 * @param cacheWriteInputTokens extension {@code cache_write_input_tokens}: prompt-cache writes,
 *     not part of the total
 * @param promptText extension {@code prompt_text}: written only when content capture is on, else
 *     {@code null}
 */
public record PromptMetrics(
    String promptTemplateId,
    int promptTokenCount,
    int systemPromptTokenCount,
    int contextTokenCount,
    int userMessageTokenCount,
    int totalInputTokens,
    String promptHash,
    boolean containsMangaTitle,
    boolean containsAuthorName,
    String language,
    int ragChunksIncluded,
    List<Double> ragRelevanceScores,
    int cacheReadInputTokens,
    int cacheWriteInputTokens,
    String promptText) {

  public PromptMetrics {
    ragRelevanceScores = Collections2.copyWithoutNulls(ragRelevanceScores);
  }
}
