package io.fmscope.storage.duckdb.trace;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The trace schema. {@code spans} has typed columns for what filters and analytics touch most, the
 * attributes as plain JSON for ad-hoc SQL, and the whole span in {@code body}. Ids are lowercase hex, so
 * text order equals the unsigned order of {@code TraceId}. {@code traces} keeps per-trace start, end and
 * issue flags for range scans; {@code spans_staging} receives appended rows before the merge.
 */
final class TraceSql {
    private TraceSql() {
    }

    static final List<String> COLUMNS = List.of("trace_id", "span_id", "parent_id", "name", "service", "origin",
            "kind", "segment", "namespace", "start_ns", "end_ns", "in_progress", "status_code", "error", "throttle",
            "fault", "http_method", "http_url", "http_status", "aws_operation", "aws_retries", "gen_ai_model",
            "gen_ai_provider", "source", "attributes", "body");

    private static final String SPAN_COLUMNS = """
            trace_id VARCHAR NOT NULL, span_id VARCHAR NOT NULL, parent_id VARCHAR, name VARCHAR NOT NULL,
            service VARCHAR NOT NULL, origin VARCHAR, kind VARCHAR NOT NULL, segment BOOLEAN NOT NULL,
            namespace VARCHAR NOT NULL, start_ns BIGINT NOT NULL, end_ns BIGINT NOT NULL,
            in_progress BOOLEAN NOT NULL, status_code VARCHAR NOT NULL, error BOOLEAN NOT NULL,
            throttle BOOLEAN NOT NULL, fault BOOLEAN NOT NULL, http_method VARCHAR, http_url VARCHAR,
            http_status INTEGER, aws_operation VARCHAR, aws_retries INTEGER, gen_ai_model VARCHAR,
            gen_ai_provider VARCHAR, source VARCHAR NOT NULL, attributes JSON NOT NULL, body JSON NOT NULL""";

    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS spans (" + SPAN_COLUMNS + ", PRIMARY KEY (trace_id, span_id))");
            s.execute("CREATE TABLE IF NOT EXISTS spans_staging (" + SPAN_COLUMNS + ")");
            s.execute("DELETE FROM spans_staging");
            s.execute("CREATE TABLE IF NOT EXISTS traces (trace_id VARCHAR PRIMARY KEY, start_ns BIGINT NOT NULL,"
                    + " end_ns BIGINT NOT NULL, last_ns BIGINT NOT NULL, issues BOOLEAN NOT NULL)");
        }
    }

    /** Staged rows into spans: a completed row replaces anything, an in-progress row only an in-progress one. */
    static String merge() {
        StringBuilder set = new StringBuilder();
        for (String c : COLUMNS.subList(2, COLUMNS.size())) {
            set.append(set.isEmpty() ? "" : ", ").append(c).append(" = excluded.").append(c);
        }
        return "INSERT INTO spans SELECT * FROM spans_staging ON CONFLICT (trace_id, span_id) DO UPDATE SET " + set
                + " WHERE NOT excluded.in_progress OR spans.in_progress";
    }

    /** Recomputes the per-trace row of every staged trace. */
    static final String REFRESH_TRACES = """
            INSERT OR REPLACE INTO traces
            SELECT trace_id, min(start_ns),
                   coalesce(max(end_ns) FILTER (WHERE NOT in_progress), min(start_ns)),
                   max(CASE WHEN in_progress THEN start_ns ELSE end_ns END),
                   bool_or(error OR throttle OR fault)
            FROM spans WHERE trace_id IN (SELECT DISTINCT trace_id FROM spans_staging) GROUP BY trace_id""";
}
