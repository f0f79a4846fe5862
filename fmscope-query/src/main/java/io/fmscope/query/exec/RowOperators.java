package io.fmscope.query.exec;

import io.fmscope.query.value.ListValue;
import io.fmscope.query.value.Value;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The one-row-at-a-time operators: filter, compute, unnest, limit, and a counter of matched rows. */
final class RowOperators {
    private RowOperators() {}

    static Operator filter(Operator input, Eval condition) {
        return () -> {
            for (Row r = input.next(); r != null; r = input.next()) {
                if (condition.eval(r).truthy()) return r;
            }
            return null;
        };
    }

    /** Sets each output in order, so a later one may read an earlier one. */
    static Operator compute(Operator input, List<String> names, List<Eval> evals) {
        return () -> {
            Row r = input.next();
            if (r == null) return null;
            for (int i = 0; i < names.size(); i++) r.set(names.get(i), evals.get(i).eval(r));
            return r;
        };
    }

    /** One row per list element; a map, string or number is a one-element list; NULL or [] gives no row. */
    static Operator unnest(Operator input, Eval list, String alias) {
        Deque<Row> pending = new ArrayDeque<>();
        return () -> {
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
        };
    }

    /** The first {@code n} rows; it stops pulling afterwards, so {@code limit any} stops the scan early. */
    static Operator limit(Operator input, long n) {
        long[] seen = {0};
        return () -> {
            if (seen[0] >= n) return null;
            Row r = input.next();
            if (r != null) seen[0]++;
            return r;
        };
    }

    /** Counts the rows that matched every filter ({@code recordsMatched}). */
    static Operator countMatched(Operator input, ExecContext ctx) {
        return () -> {
            Row r = input.next();
            if (r != null) ctx.matched++;
            return r;
        };
    }
}
