package io.fmscope.storage.duckdb.trace;

import io.fmscope.model.trace.Attributes;
import io.fmscope.model.trace.Span;
import io.fmscope.storage.trace.SpanMerge;
import io.fmscope.storage.trace.TraceWriter;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;

/**
 * Appends the batch to the staging table (the Appender, never row-at-a-time INSERTs), merges it into
 * {@code spans} with the overwrite rule in SQL, refreshes the touched trace rows, commits.
 */
final class DuckTraceWriter implements TraceWriter {
    private static final String MERGE = TraceSql.merge();
    private final TraceDb db;

    DuckTraceWriter(TraceDb db) {
        this.db = db;
    }

    @Override public void write(List<Span> spans) {
        if (spans.isEmpty()) {
            return;
        }
        // One row per key: DuckDB's ON CONFLICT cannot touch a row twice in one statement.
        Map<List<Object>, Span> latest = new LinkedHashMap<>();
        for (Span s : spans) {
            List<Object> key = List.of(s.traceId(), s.spanId());
            if (SpanMerge.replaces(s, latest.get(key))) {
                latest.put(key, s);
            }
        }
        db.transaction(() -> {
            try (DuckDBAppender a = db.writer.createAppender("spans_staging")) {
                for (Span s : latest.values()) {
                    row(a, s);
                }
                a.flush();
            }
            try (Statement st = db.writer.createStatement()) {
                st.execute(MERGE);
                st.execute(TraceSql.REFRESH_TRACES);
                st.execute("DELETE FROM spans_staging");
            }
            return null;
        });
    }

    private static void row(DuckDBAppender a, Span s) throws SQLException {
        a.beginRow();
        a.append(s.traceId().toW3c()).append(s.spanId().toHex());
        text(a, s.parentId() == null ? null : s.parentId().toHex());
        a.append(s.name()).append(s.service());
        text(a, s.origin());
        a.append(s.kind().name()).append(s.segment()).append(s.namespace().name()).append(s.startNanos())
                .append(s.endNanos()).append(s.inProgress()).append(s.status().code().name())
                .append(s.outcome().error()).append(s.outcome().throttle()).append(s.outcome().fault());
        text(a, s.http().method());
        text(a, s.http().url());
        integer(a, s.http().status());
        text(a, s.aws().operation());
        integer(a, s.aws().retries());
        text(a, Attributes.firstString(s.attributes(), "gen_ai.request.model", "gen_ai.response.model"));
        text(a, Attributes.firstString(s.attributes(), "gen_ai.provider.name", "gen_ai.system"));
        a.append(s.source().name()).append(AttributeJson.plain(s.attributes())).append(SpanJson.write(s));
        a.endRow();
    }

    private static void text(DuckDBAppender a, String v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v);
        }
    }

    private static void integer(DuckDBAppender a, Integer v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append((int) v);
        }
    }

    @Override public long deleteTracesBefore(long epochNanos) {
        return db.transaction(() -> {
            try (PreparedStatement p = db.writer.prepareStatement(
                    "DELETE FROM spans WHERE trace_id IN (SELECT trace_id FROM traces WHERE last_ns < ?)");
                 PreparedStatement t = db.writer.prepareStatement("DELETE FROM traces WHERE last_ns < ?")) {
                p.setLong(1, epochNanos);
                p.executeUpdate();
                t.setLong(1, epochNanos);
                return (long) t.executeUpdate();
            }
        });
    }
}
