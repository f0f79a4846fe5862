package io.fmscope.sdk.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fmscope.model.fmcall.FmLogRecord;
import io.fmscope.model.fmcall.IsoTimestamps;
import io.fmscope.model.fmcall.JsonValues;
import io.fmscope.model.fmcall.RagRetrievalRecord;
import io.fmscope.model.fmcall.SessionEventRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON line written by {@link FmLogJsonWriter} (or by the seed's Python logger) back
 * into a record. Unknown fields are ignored and missing ones take the record's defaults, so older
 * and newer lines both read; a line that is not a JSON object or names no known {@code log_type}
 * is rejected with {@link IllegalArgumentException}. Not used on the application's call path.
 */
public final class FmLogJsonReader {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private FmLogJsonReader() {}

  /** Parses one line. */
  public static FmLogRecord read(String jsonLine) {
    JsonNode root;
    try {
      root = MAPPER.readTree(jsonLine);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("a log line must be a JSON object");
    }
    String type = root.path("log_type").asText(null);
    if (type == null) {
      throw new IllegalArgumentException("log line has no log_type");
    }
    return switch (type) {
      case "FM_CALL" -> FmCallJsonReader.read(root);
      case RagRetrievalRecord.LOG_TYPE -> rag(root);
      case SessionEventRecord.LOG_TYPE -> session(root);
      default -> throw new IllegalArgumentException("unknown log_type '" + type + "'");
    };
  }

  private static RagRetrievalRecord rag(JsonNode n) {
    return new RagRetrievalRecord(
        text(n, "request_id"), text(n, "session_id"), text(n, "query_hash"),
        text(n, "opensearch_index"), n.path("vector_dimension").asInt(),
        n.path("k_requested").asInt(), n.path("results_returned").asInt(),
        doubles(n.path("relevance_scores")), n.path("avg_relevance").asDouble(),
        n.path("min_relevance").asDouble(), n.path("max_relevance").asDouble(),
        n.path("query_latency_ms").asDouble(), text(n, "filter_applied"),
        instant(n.path("timestamp")), text(n, "trace_id"), text(n, "query_text"),
        strings(n.path("data_quality")));
  }

  @SuppressWarnings("unchecked")
  private static SessionEventRecord session(JsonNode n) {
    JsonNode details = n.path("details");
    Map<String, Object> map = details.isObject()
        ? JsonValues.copyObject(MAPPER.convertValue(details, Map.class))
        : Map.of();
    return new SessionEventRecord(text(n, "session_id"), text(n, "user_id"),
        text(n, "event_type"), map, instant(n.path("timestamp")), text(n, "trace_id"),
        strings(n.path("data_quality")));
  }

  /** The text of a field, or {@code null} when absent or JSON null. */
  static String text(JsonNode parent, String field) {
    JsonNode v = parent.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  static Instant instant(JsonNode n) {
    return n.isTextual() ? IsoTimestamps.parse(n.asText()) : null;
  }

  static List<Double> doubles(JsonNode array) {
    List<Double> out = new ArrayList<>();
    for (JsonNode v : array) {
      if (v.isNumber()) {
        out.add(v.asDouble());
      }
    }
    return out;
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : array) {
      out.add(v.asText());
    }
    return out;
  }
}
