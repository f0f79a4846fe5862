package io.fmscope.sdk.resilience;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every decision the invoker made for one invocation, immutable, for the structured log.
 * Truncation fields describe the prompt prepared for {@code finalModelId};
 * {@code circuitBreakerState} is that model's breaker state when the invocation ended.
 */
public record ResilienceOutcome(StopReason stopReason, int retryCount, boolean fallbackUsed,
                                String originalModelId, String finalModelId,
                                boolean truncationApplied, int tokensTruncated, int historyTurnsDropped,
                                int ragChunksDropped, int estimatedInputTokens, String circuitBreakerState,
                                Duration totalBackoff, List<Attempt> attempts) {

    public ResilienceOutcome {
        Objects.requireNonNull(stopReason, "stopReason");
        Objects.requireNonNull(originalModelId, "originalModelId");
        Objects.requireNonNull(finalModelId, "finalModelId");
        circuitBreakerState = Objects.requireNonNullElse(circuitBreakerState, "");
        totalBackoff = Objects.requireNonNullElse(totalBackoff, Duration.ZERO);
        attempts = List.copyOf(attempts);
    }

    public boolean succeeded() {
        return stopReason == StopReason.SUCCEEDED;
    }

    /**
     * The outcome as snake_case log fields, in a stable order; durations in whole milliseconds.
     * The map and the nested attempt maps are unmodifiable.
     */
    public Map<String, Object> toFields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("stop_reason", stopReason.name());
        f.put("retry_count", retryCount);
        f.put("fallback_used", fallbackUsed);
        f.put("original_model_id", originalModelId);
        f.put("final_model_id", finalModelId);
        f.put("truncation_applied", truncationApplied);
        f.put("tokens_truncated", tokensTruncated);
        f.put("history_turns_dropped", historyTurnsDropped);
        f.put("rag_chunks_dropped", ragChunksDropped);
        f.put("estimated_input_tokens", estimatedInputTokens);
        f.put("circuit_breaker_state", circuitBreakerState);
        f.put("total_backoff_ms", totalBackoff.toMillis());
        List<Map<String, Object>> list = new ArrayList<>(attempts.size());
        for (Attempt a : attempts) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("model_id", a.modelId());
            m.put("status", a.status().name());
            m.put("error_code", a.errorCode());
            m.put("error_category", a.category());
            m.put("latency_ms", a.latency().toMillis());
            m.put("backoff_ms", a.backoffAfter().toMillis());
            list.add(Collections.unmodifiableMap(m));
        }
        f.put("attempts", Collections.unmodifiableList(list));
        return Collections.unmodifiableMap(f);
    }
}
