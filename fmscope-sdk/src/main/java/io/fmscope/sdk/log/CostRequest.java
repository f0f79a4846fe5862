package io.fmscope.sdk.log;

/**
 * What a {@link CostModel} needs to price one call. Token counts are already repaired (never
 * negative). {@code inputTokens} is the record's {@code total_input_tokens} (system + context +
 * user message) and, as in the Bedrock and Anthropic APIs, excludes prompt-cache reads and writes,
 * which are passed separately because they are priced differently.
 *
 * @param modelId the model that answered (after any fallback)
 * @param inputTokens full-price input tokens
 * @param outputTokens output tokens
 * @param cacheReadInputTokens input tokens read from the prompt cache
 * @param cacheWriteInputTokens input tokens written to the prompt cache
 * @param responseCacheHit the answer came from the application's response cache
 * @param failed the call did not succeed (any status but SUCCESS)
 */
public record CostRequest(
    String modelId,
    int inputTokens,
    int outputTokens,
    int cacheReadInputTokens,
    int cacheWriteInputTokens,
    boolean responseCacheHit,
    boolean failed) {

  /** A call that did not fail. */
  public CostRequest(String modelId, int inputTokens, int outputTokens, int cacheReadInputTokens,
      int cacheWriteInputTokens, boolean responseCacheHit) {
    this(modelId, inputTokens, outputTokens, cacheReadInputTokens, cacheWriteInputTokens,
        responseCacheHit, false);
  }
}
