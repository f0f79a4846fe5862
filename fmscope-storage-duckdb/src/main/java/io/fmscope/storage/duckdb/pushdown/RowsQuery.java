package io.fmscope.storage.duckdb.pushdown;

import io.fmscope.query.json.SystemFields;
import io.fmscope.storage.duckdb.Sql;
import io.fmscope.storage.duckdb.pushdown.SqlExpr.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One SELECT returning the rows of a fields or stats step, sorted and cut as pushed. Output columns are aliased
 * {@code c0, c1, ...} (the names they stand for travel beside the SQL), so no alias can shadow a table column
 * in ORDER BY. Ties in the sort keep the reference's order: event rows by {@code (@timestamp, @ptr)}, the scan
 * order; stats rows by their group's first event, the hash aggregation's order (unless the sort covers every
 * group key, when no two rows can tie).
 *
 * @param sql    the statement, every value a {@code ?}
 * @param params the values, in the order of their markers
 * @param names  the column names the rows have
 * @param kinds  each column's kind, for reading it back
 * @param countsMatched whether a last, unnamed column follows the named ones: each stats row's count of the
 *               events it aggregated, whose sum over all rows is the query's matched events (so the statistics
 *               need no second pass over the filtered events)
 */
public record RowsQuery(String sql, List<Object> params, List<String> names, List<Kind> kinds,
                        boolean countsMatched) {

    /** The inner alias of the matched-count column of a stats query. */
    private static final String MATCHED = "n";

    /** A sort key: the index of an output column, and its direction. */
    public record Order(int column, boolean descending) {
    }

    /** Rows of named expressions over events. */
    public static RowsQuery fields(String table, SqlExpr where, List<String> names, List<SqlExpr> columns,
                                   List<Order> sort, long limit) {
        List<Object> parts = new ArrayList<>(List.of("SELECT "));
        select(parts, columns);
        parts.add(" FROM " + table + " WHERE ");
        parts.add(where);
        String ties = Sql.ident(SystemFields.TIMESTAMP) + ", " + Sql.ident(SystemFields.PTR);
        return finish(parts, names, columns, null, sort, ties, limit);
    }

    /** Stats rows: the grouped query inside, the outputs outside. */
    public static RowsQuery stats(String table, SqlExpr where, StatsSql stats, List<Order> sort, long limit) {
        List<Object> parts = new ArrayList<>(List.of("SELECT "));
        List<SqlExpr> columns = new ArrayList<>(stats.columns().values());
        select(parts, columns);
        parts.add(" FROM (SELECT ");
        int n = 0;
        for (int i = 0; i < stats.keys().size(); i++, n++) {
            parts.add(n == 0 ? "" : ", ");
            parts.add(stats.keys().get(i));
            parts.add(" AS " + Sql.ident("k" + i));
        }
        for (int i = 0; i < stats.inner().size(); i++, n++) {
            parts.add(n == 0 ? "" : ", ");
            parts.add(stats.inner().get(i));
            parts.add(" AS " + Sql.ident("s" + i));
        }
        parts.add(n == 0 ? "" : ", ");
        parts.add("count(*) AS " + Sql.ident(MATCHED));
        n++;
        boolean ties = !stats.keys().isEmpty() && !coversKeys(sort, stats.keys().size());
        if (ties) {
            parts.add(n == 0 ? "" : ", ");
            parts.add(StatsSql.FIRST_EVENT);
            parts.add(" AS " + Sql.ident(StatsSql.FIRST));
        }
        parts.add(" FROM " + table + " WHERE ");
        parts.add(where);
        if (!stats.keys().isEmpty()) {
            StringBuilder group = new StringBuilder(" GROUP BY ");
            for (int i = 0; i < stats.keys().size(); i++) {
                group.append(i == 0 ? "" : ", ").append(i + 1);
            }
            parts.add(group.toString());
        }
        parts.add(") g");
        return finish(parts, List.copyOf(stats.columns().keySet()), columns, "g." + Sql.ident(MATCHED), sort,
                ties ? StatsSql.alias(StatsSql.FIRST) : null, limit);
    }

    /** Whether the sort orders by every key (the first {@code keys} columns): distinct groups then never tie. */
    private static boolean coversKeys(List<Order> sort, int keys) {
        for (int k = 0; k < keys; k++) {
            int key = k;
            if (sort.stream().noneMatch(o -> o.column() == key)) {
                return false;
            }
        }
        return true;
    }

    private static void select(List<Object> parts, List<SqlExpr> columns) {
        for (int i = 0; i < columns.size(); i++) {
            parts.add(i == 0 ? "" : ", ");
            parts.add(columns.get(i));
            parts.add(" AS " + Sql.ident("c" + i));
        }
    }

    private static RowsQuery finish(List<Object> parts, List<String> names, List<SqlExpr> columns, String matched,
                                    List<Order> sort, String ties, long limit) {
        if (matched != null) {
            // after the named columns, so their positions (and the ORDER BY aliases) stay as they were
            int at = parts.indexOf(" FROM (SELECT ");
            parts.add(at, ", " + matched + " AS " + Sql.ident("c" + columns.size()));
        }
        List<String> order = new ArrayList<>();
        for (Order o : sort) {
            order.add(Sql.ident("c" + o.column()) + (o.descending() ? " DESC" : " ASC") + " NULLS LAST");
        }
        if (ties != null) {
            order.add(ties);
        }
        if (!order.isEmpty()) {
            parts.add(" ORDER BY " + String.join(", ", order));
        }
        if (limit >= 0) {
            parts.add(" LIMIT ");
            parts.add(SqlExpr.param(limit, "BIGINT", Kind.LONG));
        }
        SqlExpr all = SqlExpr.join(Kind.NULL, parts.toArray());
        return new RowsQuery(all.sql(), all.params(), names, columns.stream().map(SqlExpr::kind).toList(),
                matched != null);
    }

    /** The output columns by name with their kinds (to check sort keys against). */
    public static Map<String, Kind> kinds(List<String> names, List<SqlExpr> columns) {
        Map<String, Kind> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            out.putIfAbsent(names.get(i), columns.get(i).kind());
        }
        return out;
    }
}
