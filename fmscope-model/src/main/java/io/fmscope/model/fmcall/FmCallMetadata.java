package io.fmscope.model.fmcall;

import java.time.Instant;

/**
 * JSON object {@code metadata}: who called which model when. The seed's {@code timestamp_iso} and
 * {@code timestamp_epoch_ms} are both derived from {@link #timestamp()} so they always agree.
 *
 * @param requestId JSON {@code request_id}
 * @param sessionId JSON {@code session_id}
 * @param userId JSON {@code user_id}
 * @param conversationTurn JSON {@code conversation_turn}
 * @param modelId JSON {@code model_id}, e.g. {@code anthropic.claude-3-sonnet-20240229-v1:0}
 * @param modelVersion JSON {@code model_version}
 * @param region JSON {@code region}
 * @param timestamp truncated to milliseconds; JSON {@code timestamp_iso} and {@code
 *     timestamp_epoch_ms}
 * @param traceId extension {@code trace_id}: W3C trace id (32 lowercase hex) or {@code null}
 * @param service extension {@code service}: the emitting service's name or {@code null}
 */
public record FmCallMetadata(
    String requestId,
    String sessionId,
    String userId,
    int conversationTurn,
    String modelId,
    String modelVersion,
    String region,
    Instant timestamp,
    String traceId,
    String service) {

  public FmCallMetadata {
    timestamp = timestamp == null ? Instant.EPOCH : IsoTimestamps.normalize(timestamp);
  }

  /** ISO-8601 UTC with milliseconds and {@code Z}, e.g. {@code 2024-03-15T09:30:00.123Z}. */
  public String timestampIso() {
    return IsoTimestamps.format(timestamp.toEpochMilli());
  }

  /** Milliseconds since the Unix epoch. */
  public long timestampEpochMs() {
    return timestamp.toEpochMilli();
  }
}
