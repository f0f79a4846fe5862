package io.fmscope.storage.duckdb;

import io.fmscope.storage.ScanStatistics;
import io.fmscope.storage.duckdb.pushdown.SqlExpr;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Counts what a pushed-down scan read, in one extra aggregate over the scan's range: events, message bytes
 * ({@code @bytes}, so no message is read), and events passing the pushed filters. {@link #count} runs it on the
 * scan's own connection (the same snapshot); {@link #start} runs it beside the main query on a connection of
 * its own, so a short query does not wait for it (it may then count a batch committed in between).
 */
final class ScanStats {
    private final SqlExpr query;

    /** {@code range}: the scan's groups and time range; {@code filters}: the pushed conditions, or null. */
    ScanStats(SqlExpr range, SqlExpr filters) {
        this(SqlExpr.join(SqlExpr.Kind.NULL, "SELECT count(*), coalesce(sum(", Sql.ident(Sql.BYTES), "), 0), ",
                filters == null ? "count(*)" : SqlExpr.join(SqlExpr.Kind.NULL, "count(*) FILTER (WHERE ", filters, ")"),
                " FROM " + Sql.EVENTS + " WHERE ", range));
    }

    private ScanStats(SqlExpr query) {
        this.query = query;
    }

    /** The range's events and bytes (matched = scanned), from the per-minute summary where there is no cursor. */
    static ScanStats ofRange(ScanRange range) {
        return range.after == null ? new ScanStats(EventMinutes.rangeCount(range)) : new ScanStats(range.where(), null);
    }

    /** Starts the count on {@code own}, which it hands back when done. */
    java.util.concurrent.CompletableFuture<ScanStatistics> start(Readers.Reader own) {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try (own) {
                return count(own);
            } catch (SQLException e) {
                throw DuckErrors.map(e);
            }
        }, RUNNER);
    }

    private static final java.util.concurrent.Executor RUNNER = java.util.concurrent.Executors.newCachedThreadPool(
            Thread.ofPlatform().daemon().name("duckdb-scan-stats-", 0).factory());

    /** Counts on a reader, with its cached statement. */
    ScanStatistics count(Readers.Reader r) throws SQLException {
        return run(r.prepare(query.sql()));
    }

    /** Counts on a plain connection (tests), preparing the statement. */
    ScanStatistics count(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(query.sql())) {
            return run(p);
        }
    }

    private ScanStatistics run(PreparedStatement p) throws SQLException {
        DuckScanBuilder.bind(p, query.params());
        try (ResultSet rs = p.executeQuery()) {
            rs.next();
            return new ScanStatistics(rs.getLong(1), rs.getLong(3), rs.getLong(2));
        }
    }
}
