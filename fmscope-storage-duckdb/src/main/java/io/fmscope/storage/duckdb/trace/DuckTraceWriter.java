package io.fmscope.storage.duckdb.trace;

import io.fmscope.model.trace.Attributes;
import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.SpanId;
import io.fmscope.model.trace.TraceId;
import io.fmscope.storage.trace.SpanMerge;
import io.fmscope.storage.trace.TraceWriter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.duckdb.DuckDBAppender;

/**
 * Appends the batch to {@code spans} and one summary row per trace to {@code trace_parts} (the Appender,
 * never row-at-a-time INSERTs) and commits: no key lookups, no index, no merge statement. Overwrites are
 * resolved when reading ({@link TraceSql#live}); the batch's own duplicate keys are resolved here, in order.
 */
final class DuckTraceWriter implements TraceWriter {
    private record Key(TraceId trace, SpanId span) {
    }

    private final TraceDb db;
    private final AtomicLong seq;

    DuckTraceWriter(TraceDb db) {
        this.db = db;
        this.seq = new AtomicLong(db.read(() -> {
            try (Statement s = db.writer.createStatement();
                 ResultSet rs = s.executeQuery("SELECT coalesce(max(seq), 0) FROM spans")) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }

    @Override public void write(List<Span> spans) {
        if (spans.isEmpty()) {
            return;
        }
        Map<Key, Span> latest = new LinkedHashMap<>(spans.size() * 2);
        for (Span s : spans) {
            Key key = new Key(s.traceId(), s.spanId());
            if (SpanMerge.replaces(s, latest.get(key))) {
                latest.put(key, s);
            }
        }
        Map<TraceId, TracePart> parts = TracePart.of(latest.values());
        db.transaction(() -> {
            long batch = seq.incrementAndGet();
            try (DuckDBAppender a = db.writer.createAppender("spans");
                 SpanJsonWriter.Bodies bodies = new SpanJsonWriter.Bodies()) {
                for (Span s : latest.values()) {
                    row(a, s, batch, bodies.next(s));
                }
                a.flush();
            }
            try (DuckDBAppender a = db.writer.createAppender("trace_parts")) {
                for (TracePart p : parts.values()) {
                    a.beginRow();
                    a.append(p.traceId.toW3c()).append(batch).append(p.start).append(p.startMax).append(p.end())
                            .append(p.last).append(p.issues).append(p.open);
                    a.endRow();
                }
                a.flush();
            }
            return null;
        });
    }

    private static void row(DuckDBAppender a, Span s, long batch, String body) throws SQLException {
        a.beginRow();
        a.append(s.traceId().toW3c()).append(s.spanId().toHex());
        text(a, s.parentId() == null ? null : s.parentId().toHex());
        a.append(s.name()).append(s.service()).append(s.startNanos()).append(s.endNanos()).append(s.inProgress())
                .append(s.outcome().error()).append(s.outcome().throttle()).append(s.outcome().fault());
        text(a, Attributes.firstString(s.attributes(), "gen_ai.request.model", "gen_ai.response.model"));
        a.append(batch).append(body);
        a.endRow();
    }

    private static void text(DuckDBAppender a, String v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v);
        }
    }

    @Override public long deleteTracesBefore(long epochNanos) {
        return db.transaction(() -> {
            List<String> expired = new ArrayList<>();
            try (PreparedStatement p = db.writer.prepareStatement(TraceSql.EXPIRED)) {
                for (int i = 1; i <= 3; i++) {
                    p.setLong(i, epochNanos);
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        expired.add(rs.getString(1));
                    }
                }
            }
            for (int from = 0; from < expired.size(); from += 1000) {
                List<String> chunk = expired.subList(from, Math.min(expired.size(), from + 1000));
                String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                for (String table : List.of("spans", "trace_parts")) {
                    try (PreparedStatement d = db.writer.prepareStatement(
                            "DELETE FROM " + table + " WHERE trace_id IN (" + marks + ")")) {
                        for (int i = 0; i < chunk.size(); i++) {
                            d.setString(i + 1, chunk.get(i));
                        }
                        d.executeUpdate();
                    }
                }
            }
            return (long) expired.size();
        });
    }
}
