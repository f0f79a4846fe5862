package io.fmscope.storage.duckdb;

import io.fmscope.storage.ScanStatistics;
import io.fmscope.storage.duckdb.pushdown.SqlExpr;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Counts what a pushed-down scan read, in one extra aggregate over the scan's range: events, message bytes, and
 * events passing the pushed filters. Run on request, after the rows, on the scan's own connection (so it sees
 * the same snapshot).
 */
final class ScanStats {
    private final SqlExpr query;

    /** {@code range}: the scan's groups and time range; {@code filters}: the pushed conditions, or null. */
    ScanStats(SqlExpr range, SqlExpr filters) {
        this.query = SqlExpr.join(SqlExpr.Kind.NULL, "SELECT count(*), coalesce(sum(", Sql.ident(Sql.BYTES), "), 0), ", filters == null ? "count(*)" : SqlExpr.join(SqlExpr.Kind.NULL, "count(*) FILTER (WHERE ",
                        filters, ")"), " FROM " + Sql.EVENTS + " WHERE ", range);
    }

    ScanStatistics count(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(query.sql())) {
            DuckScanBuilder.bind(p, query.params());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return new ScanStatistics(rs.getLong(1), rs.getLong(3), rs.getLong(2));
            }
        }
    }
}
