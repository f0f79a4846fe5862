package io.fmscope.query.pushdown;

import io.fmscope.query.exec.QueryOptions;
import io.fmscope.query.value.Coercion;
import io.fmscope.query.value.Collation;
import io.fmscope.query.value.Value;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The part of a pushed-down query that runs on the backend's rows: the sort the backend did not take (reference
 * rules: natural collation, NULL last both ways, stable), the limit, the row cap, and the result columns.
 *
 * @param columns result columns, in order
 * @param sort    keys still to sort by (column names), empty when the backend sorted or nothing sorts
 * @param limit   rows kept after the sort ({@code Long.MAX_VALUE} for none)
 */
public record RowsResidual(List<String> columns, List<Key> sort, long limit) {
    /** A residual sort key. */
    public record Key(String column, boolean descending) {
    }

    public RowsResidual {
        columns = List.copyOf(columns);
        sort = List.copyOf(sort);
    }

    /** Converts, sorts, cuts and projects the rows of {@code scanColumns}; at most {@code cap} rows. */
    public List<List<Value>> apply(List<String> scanColumns, Iterable<List<Object>> rows, long cap) {
        List<Value[]> all = new ArrayList<>();
        for (List<Object> r : rows) {
            Value[] v = new Value[r.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = value(r.get(i));
            }
            all.add(v);
        }
        if (!sort.isEmpty()) {
            all.sort(order(scanColumns));
        }
        long keep = Math.min(Math.min(limit, cap), QueryOptions.MAX_ROWS_LIMIT);
        int[] pick = columns.stream().mapToInt(scanColumns::indexOf).toArray();
        List<List<Value>> out = new ArrayList<>();
        for (Value[] row : all) {
            if (out.size() >= keep) {
                break;
            }
            List<Value> projected = new ArrayList<>(pick.length);
            for (int p : pick) {
                projected.add(p < 0 ? Value.NULL : row[p]);
            }
            out.add(projected);
        }
        return out;
    }

    private Comparator<Value[]> order(List<String> scanColumns) {
        Comparator<Value[]> c = (a, b) -> 0;
        for (Key k : sort) {
            int i = scanColumns.indexOf(k.column());
            c = c.thenComparing((a, b) -> compare(i < 0 ? Value.NULL : a[i], i < 0 ? Value.NULL : b[i], k.descending()));
        }
        return c; // List.sort is stable: ties keep the backend's order
    }

    /** As the reference sort: NULL (and structures) last in both directions, otherwise the natural collation. */
    static int compare(Value a, Value b, boolean descending) {
        boolean an = a.isNull() || Coercion.isStructure(a);
        boolean bn = b.isNull() || Coercion.isStructure(b);
        if (an || bn) {
            return an == bn ? 0 : an ? 1 : -1;
        }
        int c = Collation.compare(a, b);
        return descending ? -c : c;
    }

    /** A backend value as the engine's value. */
    static Value value(Object o) {
        return switch (o) {
            case null -> Value.NULL;
            case Long l -> Value.of(l);
            case Double d -> Value.of(d);
            case String s -> Value.of(s);
            case Boolean b -> Value.of(b);
            case Instant t -> Value.timestamp(t.toEpochMilli());
            default -> throw new IllegalArgumentException("unexpected value from a backend: " + o.getClass());
        };
    }
}
