package io.fmscope.query.exec;

import io.fmscope.query.value.ListValue;
import io.fmscope.query.value.Value;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.UnaryOperator;

/** The one-row-at-a-time operators: filter, compute, unnest, limit, and a counter of matched rows. */
final class RowOperators {
    private RowOperators() {}

    /** An operator whose preview is {@code again} applied to the input's preview. */
    private static Operator previewing(Operator input, Operator op, UnaryOperator<Operator> again) {
        return new Operator() {
            @Override public Row next() {
                return op.next();
            }

            @Override public Operator preview() {
                Operator p = input.preview();
                return p == null ? null : again.apply(p);
            }
        };
    }

    static Operator filter(Operator input, Eval condition) {
        return previewing(input, () -> {
            for (Row r = input.next(); r != null; r = input.next()) {
                if (condition.eval(r).truthy()) return r;
            }
            return null;
        }, p -> filter(p, condition));
    }

    /** Sets each output in order, so a later one may read an earlier one. */
    static Operator compute(Operator input, List<String> names, List<Eval> evals) {
        return previewing(input, () -> {
            Row r = input.next();
            if (r == null) return null;
            for (int i = 0; i < names.size(); i++) r.set(names.get(i), evals.get(i).eval(r));
            return r;
        }, p -> compute(p, names, evals));
    }

    /** One row per list element; a map, string or number is a one-element list; NULL or [] gives no row. */
    static Operator unnest(Operator input, Eval list, String alias) {
        Deque<Row> pending = new ArrayDeque<>();
        return previewing(input, () -> {
            while (pending.isEmpty()) {
                Row r = input.next();
                if (r == null) return null;
                Value v = list.eval(r);
                if (v instanceof ListValue l) {
                    for (Value item : l.items()) {
                        Row copy = r.copy();
                        copy.set(alias, item);
                        pending.add(copy);
                    }
                } else if (!v.isNull()) {
                    r.set(alias, v);
                    pending.add(r);
                }
            }
            return pending.poll();
        }, p -> unnest(p, list, alias));
    }

    /** The first {@code n} rows; it stops pulling afterwards, so {@code limit any} stops the scan early. */
    static Operator limit(Operator input, long n) {
        long[] seen = {0};
        return previewing(input, () -> {
            if (seen[0] >= n) return null;
            Row r = input.next();
            if (r != null) seen[0]++;
            return r;
        }, p -> limit(p, n - seen[0]));
    }

    /** Counts the rows that matched every filter ({@code recordsMatched}). */
    static Operator countMatched(Operator input, ExecContext ctx) {
        return previewing(input, () -> {
            Row r = input.next();
            if (r != null) ctx.matched++;
            return r;
        }, p -> p); // a preview's rows were counted when they arrived
    }
}
