package io.fmscope.storage.duckdb;

import io.fmscope.model.log.LogEvent;
import io.fmscope.storage.duckdb.pushdown.SqlExpr;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Events and message bytes per (group, stream, minute), written in each append's transaction, so a query's
 * "records scanned" and "bytes scanned" over a time range read a few summary rows for the whole minutes inside
 * it and count only the partial minutes at its two ends in the events table (instead of a pass over every event
 * in the range beside each query). Rows are only appended (one per stream and minute per commit) and summed
 * when read; opening the store folds them into one row per key, and builds the table from the events when it
 * is missing (a data directory from before it).
 */
final class EventMinutes {
    static final String TABLE = "event_minutes";
    static final long MINUTE = 60_000;

    private record Key(String group, String stream, long minute) {
    }

    private EventMinutes() {
    }

    /** Creates the table; fills it from the events table when it did not exist, else folds its rows. */
    static void open(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            boolean had;
            try (var rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = '"
                    + TABLE + "'")) {
                had = rs.next() && rs.getLong(1) > 0;
            }
            s.execute("CREATE TABLE " + TABLE + "_new (log_group VARCHAR NOT NULL, log_stream VARCHAR NOT NULL,"
                    + " minute BIGINT NOT NULL, events BIGINT NOT NULL, bytes BIGINT NOT NULL)");
            s.execute("INSERT INTO " + TABLE + "_new " + (had
                    ? "SELECT log_group, log_stream, minute, sum(events), sum(bytes) FROM " + TABLE + " GROUP BY ALL"
                    : "SELECT " + Sql.ident(Sql.GROUP) + ", " + Sql.ident(Sql.STREAM) + ", "
                    + floor(Sql.ident(Sql.TIMESTAMP)) + ", count(*), coalesce(sum(" + Sql.ident(Sql.BYTES) + "), 0)"
                    + " FROM " + Sql.EVENTS + " GROUP BY ALL"));
            if (had) {
                s.execute("DROP TABLE " + TABLE);
            }
            s.execute("ALTER TABLE " + TABLE + "_new RENAME TO " + TABLE);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** SQL flooring a millisecond timestamp to its minute, exact for negative ones too. */
    static String floor(String ts) {
        return "(" + ts + " - ((" + ts + " % " + MINUTE + ") + " + MINUTE + ") % " + MINUTE + ")";
    }

    /** Adds the batches' events, one row per (group, stream, minute), inside the caller's transaction. */
    static void add(DuckDBConnection writer, List<GroupAppend.Batch> batches) throws SQLException {
        Map<Key, long[]> counts = new HashMap<>();
        for (GroupAppend.Batch b : batches) {
            Key last = null;
            long[] n = null;
            for (int i = 0; i < b.events().size(); i++) {
                LogEvent e = b.events().get(i);
                long minute = Math.floorDiv(e.timestamp(), MINUTE) * MINUTE;
                if (last == null || last.minute() != minute || !last.stream().equals(e.logStream())
                        || !last.group().equals(e.logGroup())) {
                    last = new Key(e.logGroup(), e.logStream(), minute);
                    n = counts.computeIfAbsent(last, k -> new long[2]);
                }
                n[0]++;
                n[1] += b.bytes()[i];
            }
        }
        try (DuckDBAppender a = writer.createAppender(TABLE)) {
            for (var e : counts.entrySet()) {
                a.beginRow();
                a.append(e.getKey().group()).append(e.getKey().stream()).append(e.getKey().minute())
                        .append(e.getValue()[0]).append(e.getValue()[1]);
                a.endRow();
            }
            a.flush();
        }
    }

    /** After retention deleted a group's events before {@code cutoff}: drops those minutes, recounts the cut one. */
    static void retain(Connection c, String group, long cutoff) throws SQLException {
        long minute = Math.floorDiv(cutoff, MINUTE) * MINUTE;
        try (PreparedStatement p = c.prepareStatement("DELETE FROM " + TABLE + " WHERE log_group = ? AND minute <= ?")) {
            p.setString(1, group);
            p.setLong(2, minute);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + TABLE + " SELECT " + Sql.ident(Sql.GROUP) + ", "
                + Sql.ident(Sql.STREAM) + ", ?, count(*), coalesce(sum(" + Sql.ident(Sql.BYTES) + "), 0) FROM "
                + Sql.EVENTS + " WHERE " + Sql.ident(Sql.GROUP) + " = ? AND " + Sql.ident(Sql.TIMESTAMP) + " >= ? AND "
                + Sql.ident(Sql.TIMESTAMP) + " < ? GROUP BY ALL")) {
            p.setLong(1, minute);
            p.setString(2, group);
            p.setLong(3, minute);
            p.setLong(4, minute + MINUTE);
            p.executeUpdate();
        }
    }

    /**
     * {@code SELECT events, bytes, events} over the range (no cursor): the summary's whole minutes inside it plus
     * the events of the partial minutes at its ends.
     */
    static SqlExpr rangeCount(ScanRange range) {
        long from = range.start == Long.MIN_VALUE ? Long.MIN_VALUE : ceil(range.start);
        long to = range.end == Long.MAX_VALUE ? Long.MAX_VALUE : Math.floorDiv(range.end, MINUTE) * MINUTE;
        List<Object> parts = new ArrayList<>(List.of("SELECT coalesce(sum(n), 0)::BIGINT, coalesce(sum(b), 0)::BIGINT,"
                + " coalesce(sum(n), 0)::BIGINT FROM ("));
        if (from >= to) { // no whole minute inside: count the events
            parts.add(edge(range, range.start, range.end));
        } else {
            parts.add(range.summaryWhere(from, to));
            if (range.start < from) {
                parts.add(" UNION ALL ");
                parts.add(edge(range, range.start, from));
            }
            if (to < range.end) {
                parts.add(" UNION ALL ");
                parts.add(edge(range, to, range.end));
            }
        }
        parts.add(")");
        return SqlExpr.join(SqlExpr.Kind.NULL, parts.toArray());
    }

    private static SqlExpr edge(ScanRange range, long start, long end) {
        return SqlExpr.join(SqlExpr.Kind.NULL, "SELECT count(*) AS n, sum(" + Sql.ident(Sql.BYTES) + ") AS b FROM "
                + Sql.EVENTS + " WHERE ", range.within(start, end).where());
    }

    private static long ceil(long ms) {
        long f = Math.floorDiv(ms, MINUTE) * MINUTE;
        return f == ms ? ms : f > Long.MAX_VALUE - MINUTE ? Long.MAX_VALUE : f + MINUTE;
    }
}
