package io.fmscope.storage.duckdb;

import io.fmscope.query.ast.Expr;
import io.fmscope.query.plan.PlanNode;
import io.fmscope.query.pushdown.FieldsStep;
import io.fmscope.query.pushdown.SortStep;
import io.fmscope.storage.duckdb.pushdown.ExprSql;
import io.fmscope.storage.duckdb.pushdown.RowsQuery;
import io.fmscope.storage.duckdb.pushdown.SqlExpr;
import io.fmscope.storage.duckdb.pushdown.StatsSql;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The row-producing steps a scan took: a fields list or a stats, then perhaps a sort. */
final class RowSteps {
    private final List<String> names;
    private final List<SqlExpr> columns;
    private final StatsSql stats;
    private final List<RowsQuery.Order> sort = new ArrayList<>();

    private RowSteps(List<String> names, List<SqlExpr> columns, StatsSql stats) {
        this.names = names;
        this.columns = columns;
        this.stats = stats;
    }

    static Optional<RowSteps> fields(FieldsStep step, ExprSql events) {
        List<SqlExpr> columns = new ArrayList<>();
        for (PlanNode.NamedExpr c : step.columns()) {
            Optional<SqlExpr> sql = events.value(c.expr());
            if (sql.isEmpty()) {
                return Optional.empty();
            }
            columns.add(sql.get());
        }
        return Optional.of(new RowSteps(step.names(), columns, null));
    }

    static RowSteps stats(StatsSql stats) {
        return new RowSteps(List.copyOf(stats.columns().keySet()), List.copyOf(stats.columns().values()), stats);
    }

    /** Takes the sort if every key is a plain field naming a column SQL orders as the reference does. */
    boolean sort(SortStep step) {
        List<RowsQuery.Order> orders = new ArrayList<>();
        for (PlanNode.Sort.Key k : step.keys()) {
            int i = k.expr() instanceof Expr.Field f ? names.indexOf(f.name()) : -1;
            if (i < 0 || !columns.get(i).kind().sortable()) {
                return false;
            }
            orders.add(new RowsQuery.Order(i, k.descending()));
        }
        sort.addAll(orders);
        return true;
    }

    RowsQuery query(String table, SqlExpr where, long limit) {
        return stats != null ? RowsQuery.stats(table, where, stats, sort, limit)
                : RowsQuery.fields(table, where, names, columns, sort, limit);
    }
}
