package io.fmscope.storage.duckdb.trace;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The trace schema, append-only so ingest never looks anything up. {@code spans} has few typed columns (each
 * appended value costs ingest time): ids as lowercase hex, name, service, times, flags and the GenAI model;
 * the rest of the span is compact JSON text in {@code body} (VARCHAR, not JSON, which re-validates every
 * row; {@code json_extract(body, '$.attributes."gen_ai.usage.input_tokens".i')} works). Every write of a key is a new row tagged with the batch's {@code seq}, and
 * readers keep the winner per (trace_id, span_id): the latest completed version, else the latest in-progress
 * one ({@link #LIVE}). {@code trace_parts} has one summary row per trace per batch; a trace with a single
 * part and no in-progress span is summarised exactly by it, any other is recomputed from its live spans.
 */
final class TraceSql {
    private TraceSql() {
    }

    private static final String SPAN_COLUMNS = """
            trace_id VARCHAR NOT NULL, span_id VARCHAR NOT NULL, parent_id VARCHAR, name VARCHAR NOT NULL,
            service VARCHAR NOT NULL, start_ns BIGINT NOT NULL, end_ns BIGINT NOT NULL, in_progress BOOLEAN NOT NULL,
            error BOOLEAN NOT NULL, throttle BOOLEAN NOT NULL, fault BOOLEAN NOT NULL, gen_ai_model VARCHAR,
            seq BIGINT NOT NULL, body VARCHAR NOT NULL""";

    /** The winning version of every key ({@code TraceWriter}'s overwrite rule) among {@code rows}. */
    static String live(String rows) {
        return "SELECT * FROM (" + rows + ") QUALIFY row_number() OVER (PARTITION BY trace_id, span_id"
                + " ORDER BY in_progress, seq DESC) = 1";
    }

    /** Exact summary columns over live spans, grouped by trace. */
    static final String SUMMARY = """
            min(start_ns) AS start_ns,
            coalesce(max(end_ns) FILTER (WHERE NOT in_progress), min(start_ns)) AS end_ns,
            max(CASE WHEN in_progress THEN start_ns ELSE end_ns END) AS last_ns,
            bool_or(error OR throttle OR fault) AS issues""";

    /** The parts folded per trace: their count, whether any had an in-progress span, and bounds. */
    private static final String PARTS = """
            SELECT trace_id, count(*) AS n, bool_or(open) AS open, min(start_ns) AS start_ns,
                   max(start_max) AS start_max, max(end_ns) AS end_ns, max(last_ns) AS last_ns,
                   bool_or(issues) AS issues
            FROM trace_parts GROUP BY trace_id""";

    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            // appends are large: fold the WAL less often (DuckDB's 16 MB made every group commit checkpoint)
            s.execute("SET checkpoint_threshold = '256MB'");
            migrateKeyedSchema(s);
            s.execute("CREATE TABLE IF NOT EXISTS spans (" + SPAN_COLUMNS + ")");
            s.execute("CREATE TABLE IF NOT EXISTS trace_parts (trace_id VARCHAR NOT NULL, seq BIGINT NOT NULL,"
                    + " start_ns BIGINT NOT NULL, start_max BIGINT NOT NULL, end_ns BIGINT NOT NULL,"
                    + " last_ns BIGINT NOT NULL, issues BOOLEAN NOT NULL, open BOOLEAN NOT NULL)");
        }
    }

    /** Stores written before the append-only layout (primary-keyed spans, a traces table) are rewritten once. */
    private static void migrateKeyedSchema(Statement s) throws SQLException {
        boolean old;
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'spans_staging'")) {
            old = rs.next() && rs.getLong(1) > 0;
        }
        if (!old) {
            return;
        }
        s.execute("BEGIN TRANSACTION");
        s.execute("CREATE TABLE spans_v2 AS SELECT trace_id, span_id, parent_id, name, service, start_ns, end_ns,"
                + " in_progress, error, throttle, fault, gen_ai_model, 0::BIGINT AS seq, body FROM spans");
        s.execute("DROP INDEX IF EXISTS spans_by_trace");
        s.execute("DROP TABLE spans");
        s.execute("ALTER TABLE spans_v2 RENAME TO spans");
        s.execute("CREATE TABLE trace_parts AS SELECT trace_id, 0::BIGINT AS seq, start_ns, start_ns AS start_max,"
                + " end_ns, last_ns, issues, false AS open FROM traces");
        s.execute("DROP TABLE traces");
        s.execute("DROP TABLE spans_staging");
        s.execute("COMMIT");
    }

    /**
     * Exact summaries ({@code trace_id, start_ns, end_ns, last_ns, issues}) of every trace whose
     * {@code start_ns} lies in [?, ?). Single-part traces come straight from their part; the others are
     * pre-selected by bounds that hold for every version of their spans and recomputed from live spans.
     * Parameters: to, from, from, to, from, to.
     */
    static final String SUMMARIES_IN_RANGE = """
            WITH p AS (%s),
                 redo AS (SELECT trace_id FROM p WHERE (n > 1 OR open) AND start_ns < ? AND start_max >= ?)
            SELECT trace_id, start_ns, end_ns, last_ns, issues FROM p
             WHERE n = 1 AND NOT open AND start_ns >= ? AND start_ns < ?
            UNION ALL
            SELECT * FROM (SELECT trace_id, %s
                           FROM (%s) GROUP BY trace_id) WHERE start_ns >= ? AND start_ns < ?
            """.formatted(TraceSql.PARTS, SUMMARY, live("SELECT * FROM spans WHERE trace_id IN (SELECT trace_id FROM redo)"));

    /** Ids of traces whose exact {@code last_ns} is before ? (the same three times). */
    static final String EXPIRED = """
            WITH p AS (%s),
                 redo AS (SELECT trace_id FROM p WHERE (n > 1 OR open) AND start_ns < ?)
            SELECT trace_id FROM p WHERE n = 1 AND NOT open AND last_ns < ?
            UNION ALL
            SELECT trace_id FROM (SELECT trace_id, %s FROM (%s) GROUP BY trace_id) WHERE last_ns < ?
            """.formatted(TraceSql.PARTS, SUMMARY, live("SELECT * FROM spans WHERE trace_id IN (SELECT trace_id FROM redo)"));
}
