package io.fmscope.query.pushdown;

import io.fmscope.query.ast.Expr;
import io.fmscope.query.ast.Span;
import io.fmscope.query.plan.PlanNode;
import io.fmscope.query.plan.PlanNode.AggregateCall;
import io.fmscope.query.plan.PlanNode.NamedExpr;
import io.fmscope.storage.ScanBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * The first attempt of {@link PushdownPlanner}: the whole query as steps that make the backend return rows.
 * Shapes taken: {@code [stats] [sort] [limit]} or {@code [sort] [limit]} after the leading filters and fields;
 * sort keys must be plain fields (so the rows can be sorted here when the backend declines).
 */
final class RowsPlan {
    /** Hidden columns holding event-row sort keys; no query text can spell a control character. */
    static final String SORT_KEY = "\u0002sort";

    private RowsPlan() {
    }

    /** The rows pushdown, or null when the shape does not fit or the backend declines a step it needs. */
    static Pushdown offer(ScanBuilder b, PushdownPlanner.Leading leading, List<PlanNode> rest, List<String> columns,
                          long cap) {
        int i = 0;
        PlanNode.Aggregate aggregate = null;
        if (i < rest.size() && rest.get(i) instanceof PlanNode.Aggregate a) {
            aggregate = a;
            i++;
        }
        PlanNode.Sort sort = null;
        if (i < rest.size() && rest.get(i) instanceof PlanNode.Sort s) {
            sort = s;
            i++;
        }
        PlanNode.Limit limit = null;
        if (i < rest.size() && rest.get(i) instanceof PlanNode.Limit l && (sort != null || aggregate != null || l.any())) {
            limit = l;
            i++;
        }
        if (i != rest.size() || (aggregate != null && leading.computed().containsKey("@timestamp"))) {
            return null;
        }
        for (Expr f : leading.filters()) {
            if (!b.pushDownFilter(new FilterStep(f))) {
                return null;
            }
        }
        List<String> taken = new ArrayList<>();
        leading.filters().forEach(f -> taken.add("filter"));
        List<RowsResidual.Key> sortKeys = new ArrayList<>();
        PlanNode.Sort rowSort = sort;
        if (aggregate != null) {
            if (sort != null && !sort.keys().stream().allMatch(k -> k.expr() instanceof Expr.Field)) {
                return null;
            }
            if (!b.pushDownStats(stats(aggregate, leading))) {
                return null;
            }
            taken.add("stats");
        } else {
            List<NamedExpr> fields = new ArrayList<>();
            for (String c : columns) {
                fields.add(new NamedExpr(c, leading.resolve(c)));
            }
            if (sort != null) {
                List<PlanNode.Sort.Key> hidden = new ArrayList<>();
                for (int k = 0; k < sort.keys().size(); k++) {
                    PlanNode.Sort.Key key = sort.keys().get(k);
                    fields.add(new NamedExpr(SORT_KEY + k, Inline.inline(key.expr(), leading.computed())));
                    hidden.add(new PlanNode.Sort.Key(Expr.Field.of(SORT_KEY + k, Span.NONE), key.descending()));
                }
                rowSort = new PlanNode.Sort(sort.input(), hidden, sort.implicit());
            }
            if (!b.pushDownFields(new FieldsStep(fields))) {
                return null;
            }
            taken.add("fields");
        }
        boolean sorted = rowSort == null || b.pushDownSort(new SortStep(rowSort.keys()));
        if (rowSort != null && sorted) {
            taken.add("sort");
        }
        if (!sorted) {
            for (PlanNode.Sort.Key k : rowSort.keys()) {
                sortKeys.add(new RowsResidual.Key(((Expr.Field) k.expr()).name(), k.descending()));
            }
        }
        long rows = limit == null ? cap : Math.min(limit.count(), cap);
        boolean cut = sorted && b.pushDownLimit(rows);
        if (cut) {
            taken.add("limit");
        }
        return new Pushdown.Rows(b, new RowsResidual(columns, sortKeys, rows), taken);
    }

    private static StatsStep stats(PlanNode.Aggregate a, PushdownPlanner.Leading leading) {
        List<NamedExpr> keys = a.keys().stream()
                .map(k -> new NamedExpr(k.name(), Inline.inline(k.expr(), leading.computed()))).toList();
        List<AggregateCall> calls = a.calls().stream()
                .map(c -> new AggregateCall(c.slot(), c.function(),
                        c.args().stream().map(x -> Inline.inline(x, leading.computed())).toList())).toList();
        return new StatsStep(keys, calls, a.outputs(), a.timestampKey());
    }
}
