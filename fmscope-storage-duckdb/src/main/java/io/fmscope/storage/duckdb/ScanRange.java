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
        List<Object> parts = addressing(Sql.ident(Sql.GROUP), Sql.ident(Sql.STREAM));
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

    /** The groups, streams and stream prefix as conditions on the given columns. */
    private List<Object> addressing(String group, String stream) {
        List<Object> parts = new ArrayList<>();
        parts.add(group + " IN (");
        in(parts, groups);
        if (!streams.isEmpty()) {
            parts.add(" AND " + stream + " IN (");
            in(parts, streams);
        }
        if (!streamPrefix.isEmpty()) {
            parts.add(" AND starts_with(" + stream + ", ");
            parts.add(text(streamPrefix));
            parts.add(")");
        }
        return parts;
    }

    /** The same groups and streams over another time range, without a cursor. */
    ScanRange within(long startInclusive, long endExclusive) {
        ScanRange r = new ScanRange();
        r.groups = groups;
        r.streams = streams;
        r.streamPrefix = streamPrefix;
        r.start = startInclusive;
        r.end = endExclusive;
        return r;
    }

    /** {@code SELECT events AS n, bytes AS b} of the summary rows of these streams for minutes in [from, to). */
    SqlExpr summaryWhere(long from, long to) {
        List<Object> parts = new ArrayList<>(List.of("SELECT events AS n, bytes AS b FROM " + EventMinutes.TABLE
                + " WHERE "));
        parts.addAll(addressing("log_group", "log_stream"));
        if (from != Long.MIN_VALUE) {
            parts.add(" AND minute >= ");
            parts.add(number(from));
        }
        if (to != Long.MAX_VALUE) {
            parts.add(" AND minute < ");
            parts.add(number(to));
        }
        return SqlExpr.join(SqlExpr.Kind.NULL, parts.toArray());
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
