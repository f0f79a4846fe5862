package io.fmscope.storage.duckdb;

import io.fmscope.storage.EventCursor;
import io.fmscope.storage.duckdb.pushdown.SqlExpr;
import java.util.ArrayList;
import java.util.List;

/** The addressing part of a scan (groups, streams, time range, order, cursor) as SQL with parameters. */
final class ScanRange {
    List<String> groups = List.of();
    List<String> streams = List.of();
    String streamPrefix = "";
    long start = Long.MIN_VALUE;
    long end = Long.MAX_VALUE;
    boolean descending;
    EventCursor after;

    SqlExpr where() {
        List<Object> parts = new ArrayList<>();
        parts.add(Sql.ident(Sql.GROUP) + " IN (");
        in(parts, groups);
        if (!streams.isEmpty()) {
            parts.add(" AND " + Sql.ident(Sql.STREAM) + " IN (");
            in(parts, streams);
        }
        if (!streamPrefix.isEmpty()) {
            parts.add(" AND starts_with(" + Sql.ident(Sql.STREAM) + ", ");
            parts.add(text(streamPrefix));
            parts.add(")");
        }
        if (start != Long.MIN_VALUE) {
            parts.add(" AND " + Sql.ident(Sql.TIMESTAMP) + " >= ");
            parts.add(number(start));
        }
        if (end != Long.MAX_VALUE) {
            parts.add(" AND " + Sql.ident(Sql.TIMESTAMP) + " < ");
            parts.add(number(end));
        }
        if (after != null) {
            parts.add(" AND (" + Sql.ident(Sql.TIMESTAMP) + ", " + Sql.ident(Sql.ID) + (descending ? ") < (" : ") > ("));
            parts.add(number(after.timestamp()));
            parts.add(", ");
            parts.add(text(after.id()));
            parts.add(")");
        }
        return SqlExpr.join(SqlExpr.Kind.BOOL, parts.toArray());
    }

    /** The events in (timestamp, id) order, or its reverse. */
    SqlExpr select(SqlExpr where, long limit) {
        String dir = descending ? " DESC" : "";
        List<Object> parts = new ArrayList<>(List.of("SELECT " + Sql.SYSTEM_COLUMNS + " FROM " + Sql.EVENTS + " WHERE ",
                where, " ORDER BY " + Sql.ident(Sql.TIMESTAMP) + dir + ", " + Sql.ident(Sql.ID) + dir));
        if (limit >= 0) {
            parts.add(" LIMIT ");
            parts.add(number(limit));
        }
        return SqlExpr.join(SqlExpr.Kind.NULL, parts.toArray());
    }

    private static void in(List<Object> parts, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            parts.add(i == 0 ? "" : ", ");
            parts.add(text(values.get(i)));
        }
        parts.add(")");
    }

    private static SqlExpr text(String s) {
        return SqlExpr.param(s, "VARCHAR", SqlExpr.Kind.STRING);
    }

    private static SqlExpr number(long v) {
        return SqlExpr.param(v, "BIGINT", SqlExpr.Kind.LONG);
    }
}
