package io.fmscope.model.fmcall;

/**
 * Extension object {@code resilience}: what the retry, fallback and truncation machinery did for
 * this call. Absent when the application did not report it.
 *
 * @param retryCount {@code retry_count}: retries made (0 when the first attempt answered)
 * @param fallbackUsed {@code fallback_used}: a different model answered
 * @param originalModelId {@code original_model_id}: the model first asked, or {@code null}
 * @param truncationApplied {@code truncation_applied}: the prompt was cut to fit a budget
 * @param tokensTruncated {@code tokens_truncated}
 * @param historyTurnsDropped {@code history_turns_dropped}
 * @param ragChunksDropped {@code rag_chunks_dropped}
 * @param circuitBreakerState {@code circuit_breaker_state}: {@code CLOSED}, {@code OPEN}, {@code
 *     HALF_OPEN} or {@code null}
 */
public record ResilienceDetails(
    int retryCount,
    boolean fallbackUsed,
    String originalModelId,
    boolean truncationApplied,
    int tokensTruncated,
    int historyTurnsDropped,
    int ragChunksDropped,
    String circuitBreakerState) {

  /** Nothing happened: one attempt, no fallback, no truncation. */
  public static final ResilienceDetails NONE =
      new ResilienceDetails(0, false, null, false, 0, 0, 0, null);
}
