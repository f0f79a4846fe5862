package io.fmscope.storage.duckdb.trace;

import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.Trace;
import io.fmscope.model.trace.TraceId;
import io.fmscope.storage.trace.TraceFilters;
import io.fmscope.storage.trace.TraceQuery;
import io.fmscope.storage.trace.TraceReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Filters run on exact per-trace summaries ({@link TraceSql#SUMMARIES_IN_RANGE}); matching traces are loaded
 * whole from their live spans.
 */
final class DuckTraceReader implements TraceReader {
    private final TraceDb db;

    DuckTraceReader(TraceDb db) {
        this.db = db;
    }

    @Override public Optional<Trace> trace(TraceId id) {
        return traces(List.of(id)).stream().findFirst();
    }

    @Override public List<Trace> traces(Collection<TraceId> ids) {
        List<String> keys = ids.stream().map(TraceId::toW3c).distinct().toList();
        if (keys.isEmpty()) {
            return List.of();
        }
        return db.query(c -> load(c, keys));
    }

    @Override public List<Trace> find(TraceQuery q) {
        StringBuilder sql = new StringBuilder("SELECT trace_id FROM (" + TraceSql.SUMMARIES_IN_RANGE + ") t WHERE true");
        if (q.issuesOnly()) {
            sql.append(" AND issues");
        }
        if (q.minDurationNanos() > 0) {
            sql.append(" AND end_ns - start_ns >= ?");
        }
        if (q.service() != null) {
            sql.append(" AND trace_id IN (SELECT trace_id FROM spans WHERE service = ?)");
        }
        sql.append(" ORDER BY start_ns, trace_id LIMIT ?");
        return db.query(c -> {
            List<String> keys = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(sql.toString())) {
                int i = 1;
                for (long v : new long[] {q.toNanos(), q.fromNanos(), q.fromNanos(), q.toNanos(), q.fromNanos(),
                        q.toNanos()}) {
                    p.setLong(i++, v);
                }
                if (q.minDurationNanos() > 0) {
                    p.setLong(i++, q.minDurationNanos());
                }
                if (q.service() != null) {
                    p.setString(i++, q.service());
                }
                p.setInt(i, q.limit());
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        keys.add(rs.getString(1));
                    }
                }
            }
            return load(c, keys).stream().filter(t -> TraceFilters.matches(t, q)).toList();
        });
    }

    /** The traces of {@code keys} (W3C hex), in the order given. */
    private static List<Trace> load(Connection c, List<String> keys) throws SQLException {
        Map<String, List<Span>> byTrace = new LinkedHashMap<>();
        keys.forEach(k -> byTrace.put(k, new ArrayList<>()));
        for (int from = 0; from < keys.size(); from += 1000) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 1000));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT " + SpanJson.COLUMNS + " FROM (" + TraceSql.live(
                            "SELECT * FROM spans WHERE trace_id IN (" + marks + ")") + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    p.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        byTrace.get(rs.getString(1)).add(SpanJson.read(rs, 1));
                    }
                }
            }
        }
        List<Trace> out = new ArrayList<>();
        byTrace.forEach((k, spans) -> {
            if (!spans.isEmpty()) {
                out.add(new Trace(TraceId.parse(k), spans));
            }
        });
        return out;
    }

    @Override public long spanCount() {
        return db.query(c -> {
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT count(*) FROM (SELECT DISTINCT trace_id, span_id FROM spans)")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
