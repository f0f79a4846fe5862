package io.fmscope.sdk.log;

import com.fasterxml.jackson.core.JsonGenerator;
import io.fmscope.model.fmcall.IsoTimestamps;
import io.fmscope.model.fmcall.RagRetrievalRecord;
import io.fmscope.model.fmcall.SessionEventRecord;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** JSON for the two flat record types and the small shared pieces of {@link FmLogJsonWriter}. */
final class RecordJson {
  private RecordJson() {}

  static void writeRag(RagRetrievalRecord r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("log_type", RagRetrievalRecord.LOG_TYPE);
    g.writeStringField("request_id", r.requestId());
    g.writeStringField("session_id", r.sessionId());
    g.writeStringField("query_hash", r.queryHash());
    g.writeStringField("opensearch_index", r.opensearchIndex());
    g.writeNumberField("vector_dimension", r.vectorDimension());
    g.writeNumberField("k_requested", r.kRequested());
    g.writeNumberField("results_returned", r.resultsReturned());
    doubles("relevance_scores", r.relevanceScores(), g);
    g.writeNumberField("avg_relevance", r.avgRelevance());
    g.writeNumberField("min_relevance", r.minRelevance());
    g.writeNumberField("max_relevance", r.maxRelevance());
    g.writeNumberField("query_latency_ms", r.queryLatencyMs());
    g.writeStringField("filter_applied", r.filterApplied());
    g.writeStringField("timestamp", IsoTimestamps.format(r.timestamp()));
    optionalString("trace_id", r.traceId(), g);
    optionalString("query_text", r.queryText(), g);
    dataQuality(r.dataQuality(), g);
    g.writeEndObject();
  }

  static void writeSession(SessionEventRecord r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("log_type", SessionEventRecord.LOG_TYPE);
    g.writeStringField("session_id", r.sessionId());
    g.writeStringField("user_id", r.userId());
    g.writeStringField("event_type", r.eventType());
    g.writeFieldName("details");
    value(r.details(), g);
    g.writeStringField("timestamp", IsoTimestamps.format(r.timestamp()));
    optionalString("trace_id", r.traceId(), g);
    dataQuality(r.dataQuality(), g);
    g.writeEndObject();
  }

  static void optionalString(String name, String value, JsonGenerator g) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  static void doubles(String name, List<Double> values, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart(name);
    for (int i = 0, n = values.size(); i < n; i++) {
      g.writeNumber(values.get(i).doubleValue());
    }
    g.writeEndArray();
  }

  static void dataQuality(List<String> flags, JsonGenerator g) throws IOException {
    if (flags.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("data_quality");
    for (String f : flags) {
      g.writeString(f);
    }
    g.writeEndArray();
  }

  /** Writes a value normalised by {@link io.fmscope.model.fmcall.JsonValues}. */
  static void value(Object v, JsonGenerator g) throws IOException {
    switch (v) {
      case null -> g.writeNull();
      case String s -> g.writeString(s);
      case Boolean b -> g.writeBoolean(b);
      case Long l -> g.writeNumber(l);
      case Double d -> g.writeNumber(d);
      case Number n -> g.writeNumber(n.doubleValue());
      case Map<?, ?> m -> {
        g.writeStartObject();
        for (Map.Entry<?, ?> e : m.entrySet()) {
          g.writeFieldName(String.valueOf(e.getKey()));
          value(e.getValue(), g);
        }
        g.writeEndObject();
      }
      case List<?> list -> {
        g.writeStartArray();
        for (Object o : list) {
          value(o, g);
        }
        g.writeEndArray();
      }
      default -> g.writeString(String.valueOf(v));
    }
  }
}
