package io.fmscope.storage.duckdb.differential;

import io.fmscope.query.analyzer.Analyzer;
import io.fmscope.query.plan.PlanNode;
import io.fmscope.query.pushdown.PushdownExecutor;
import io.fmscope.query.value.DoubleValue;
import io.fmscope.query.value.LongValue;
import io.fmscope.query.value.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whether two runs returned the same rows: the same columns; cells with equal text, or numbers within a relative
 * {@value #TOLERANCE} (DuckDB adds doubles in another order than the reference); rows in the same order when the
 * plan sorts, as multisets when it does not.
 */
final class SameResult {
    static final double TOLERANCE = 1e-9;

    private SameResult() {
    }

    /** Null when the results agree, else what differs. */
    static String difference(String query, PushdownExecutor.Result ref, PushdownExecutor.Result duck) {
        if (!ref.columns().equals(duck.columns())) {
            return "columns " + ref.columns() + " vs " + duck.columns();
        }
        if (ref.rows().size() != duck.rows().size()) {
            return "row count " + ref.rows().size() + " vs " + duck.rows().size() + "\n ref " + show(ref.rows())
                    + "\n duck " + show(duck.rows());
        }
        List<List<Value>> a = ref.rows();
        List<List<Value>> b = duck.rows();
        if (!sorts(query)) {
            a = sorted(a);
            b = sorted(b);
        }
        for (int r = 0; r < a.size(); r++) {
            for (int c = 0; c < a.get(r).size(); c++) {
                if (!same(a.get(r).get(c), b.get(r).get(c))) {
                    return "row " + r + " column " + ref.columns().get(c) + ": " + a.get(r).get(c) + " vs "
                            + b.get(r).get(c) + "\n ref " + show(a) + "\n duck " + show(b);
                }
            }
        }
        return null;
    }

    static boolean same(Value x, Value y) {
        if (x.isNull() || y.isNull()) {
            return x.isNull() && y.isNull();
        }
        if (x.asText().equals(y.asText())) {
            return true;
        }
        if ((x instanceof DoubleValue || x instanceof LongValue) && (y instanceof DoubleValue || y instanceof LongValue)) {
            double p = Double.parseDouble(x.asText());
            double q = Double.parseDouble(y.asText());
            return Math.abs(p - q) <= TOLERANCE * Math.max(1, Math.max(Math.abs(p), Math.abs(q)));
        }
        return false;
    }

    private static boolean sorts(String query) {
        for (PlanNode n = Analyzer.standard().analyze(query).plan(); !(n instanceof PlanNode.Scan);
             n = io.fmscope.query.plan.Plans.input(n)) {
            if (n instanceof PlanNode.Sort) {
                return true;
            }
        }
        return false;
    }

    private static List<List<Value>> sorted(List<List<Value>> rows) {
        List<List<Value>> out = new ArrayList<>(rows);
        out.sort(Comparator.comparing(SameResult::key));
        return out;
    }

    private static String key(List<Value> row) {
        return String.join("\u0000", row.stream().map(v -> v.isNull() ? "\u0001" : v.asText()).toList());
    }

    private static String show(List<List<Value>> rows) {
        return rows.size() > 12 ? rows.subList(0, 12) + " ... (" + rows.size() + " rows)" : rows.toString();
    }
}
