package io.fmscope.server.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Where a structured record keeps its time: {@code metadata.timestamp_epoch_ms} (FM_CALL records), else
 * {@code timestamp} (RAG_RETRIEVAL and SESSION_EVENT records: ISO-8601, or epoch milliseconds), else
 * {@code metadata.timestamp_iso}.
 */
final class EventTimestamps {
  private EventTimestamps() {}

  /** Epoch milliseconds, or an IllegalArgumentException saying why there is none. */
  static long of(JsonNode record) {
    JsonNode ms = record.path("metadata").path("timestamp_epoch_ms");
    if (ms.isIntegralNumber()) {
      return ms.asLong();
    }
    JsonNode ts = record.get("timestamp");
    if (ts != null && ts.isIntegralNumber()) {
      return ts.asLong();
    }
    if (ts != null && ts.isTextual()) {
      return iso(ts.asText(), "timestamp");
    }
    JsonNode iso = record.path("metadata").path("timestamp_iso");
    if (iso.isTextual()) {
      return iso(iso.asText(), "metadata.timestamp_iso");
    }
    throw new IllegalArgumentException(
        "no timestamp: expected metadata.timestamp_epoch_ms, timestamp (ISO-8601 or epoch ms) or metadata.timestamp_iso");
  }

  private static long iso(String text, String field) {
    try {
      return Instant.parse(text).toEpochMilli();
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(text).toInstant().toEpochMilli();
      } catch (DateTimeParseException e2) {
        throw new IllegalArgumentException(field + " '" + text + "' is not an ISO-8601 timestamp");
      }
    }
  }
}
