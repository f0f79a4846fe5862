package io.fmscope.sdk.log;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
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
    str(g, N.LOG_TYPE, RagRetrievalRecord.LOG_TYPE);
    str(g, N.REQUEST_ID, r.requestId());
    str(g, N.SESSION_ID, r.sessionId());
    str(g, N.QUERY_HASH, r.queryHash());
    str(g, N.OPENSEARCH_INDEX, r.opensearchIndex());
    num(g, N.VECTOR_DIMENSION, r.vectorDimension());
    num(g, N.K_REQUESTED, r.kRequested());
    num(g, N.RESULTS_RETURNED, r.resultsReturned());
    doubles(N.RELEVANCE_SCORES, r.relevanceScores(), g);
    num(g, N.AVG_RELEVANCE, r.avgRelevance());
    num(g, N.MIN_RELEVANCE, r.minRelevance());
    num(g, N.MAX_RELEVANCE, r.maxRelevance());
    num(g, N.QUERY_LATENCY_MS, r.queryLatencyMs());
    str(g, N.FILTER_APPLIED, r.filterApplied());
    str(g, N.TIMESTAMP, IsoTimestamps.format(r.timestamp()));
    optionalString(N.TRACE_ID, r.traceId(), g);
    optionalString(N.QUERY_TEXT, r.queryText(), g);
    dataQuality(r.dataQuality(), g);
    g.writeEndObject();
  }

  static void writeSession(SessionEventRecord r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    str(g, N.LOG_TYPE, SessionEventRecord.LOG_TYPE);
    str(g, N.SESSION_ID, r.sessionId());
    str(g, N.USER_ID, r.userId());
    str(g, N.EVENT_TYPE, r.eventType());
    g.writeFieldName(N.DETAILS);
    value(r.details(), g);
    str(g, N.TIMESTAMP, IsoTimestamps.format(r.timestamp()));
    optionalString(N.TRACE_ID, r.traceId(), g);
    dataQuality(r.dataQuality(), g);
    g.writeEndObject();
  }

  static void str(JsonGenerator g, SerializableString name, String value) throws IOException {
    g.writeFieldName(name);
    g.writeString(value);
  }

  static void num(JsonGenerator g, SerializableString name, int value) throws IOException {
    g.writeFieldName(name);
    g.writeNumber(value);
  }

  static void num(JsonGenerator g, SerializableString name, long value) throws IOException {
    g.writeFieldName(name);
    g.writeNumber(value);
  }

  static void num(JsonGenerator g, SerializableString name, double value) throws IOException {
    g.writeFieldName(name);
    number(g, value);
  }

  static void bool(JsonGenerator g, SerializableString name, boolean value) throws IOException {
    g.writeFieldName(name);
    g.writeBoolean(value);
  }

  /** Short decimals through {@link JsonDoubles}, everything else through Jackson. */
  static void number(JsonGenerator g, double value) throws IOException {
    char[] buf = new char[JsonDoubles.MAX_CHARS];
    int n = JsonDoubles.fastChars(value, buf);
    if (n >= 0) {
      g.writeNumber(buf, 0, n);
    } else {
      g.writeNumber(value);
    }
  }

  static void optionalString(SerializableString name, String value, JsonGenerator g)
      throws IOException {
    if (value != null) {
      str(g, name, value);
    }
  }

  static void doubles(SerializableString name, List<Double> values, JsonGenerator g)
      throws IOException {
    g.writeFieldName(name);
    g.writeStartArray();
    for (int i = 0, n = values.size(); i < n; i++) {
      number(g, values.get(i));
    }
    g.writeEndArray();
  }

  static void dataQuality(List<String> flags, JsonGenerator g) throws IOException {
    if (flags.isEmpty()) {
      return;
    }
    g.writeFieldName(N.DATA_QUALITY);
    g.writeStartArray();
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
      case Double d -> number(g, d);
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
