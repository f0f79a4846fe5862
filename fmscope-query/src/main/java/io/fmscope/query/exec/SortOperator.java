package io.fmscope.query.exec;

import io.fmscope.query.value.Coercion;
import io.fmscope.query.value.Collation;
import io.fmscope.query.value.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * {@code sort}: the natural-sort collation of the reference (section 2.5) per key, descending being its exact
 * reverse; NULL sorts last in both directions; equal rows keep their input order (stable). With a row budget
 * ({@code keep}, from a following limit) it keeps only the best {@code keep} rows in a bounded heap.
 */
final class SortOperator implements Operator {
    private record Keyed(Row row, Value[] keys, long seq) {}

    private final Operator input;
    private final List<Eval> keys;
    private final boolean[] descending;
    private final long keep;
    private Iterator<Row> sorted;
    private final Comparator<Keyed> order;
    private PriorityQueue<Keyed> heap; // while reading the input, with a row budget
    private List<Keyed> all;           // while reading the input, without one
    private long nextSeq;              // input order, for a stable sort

    SortOperator(Operator input, List<Eval> keys, boolean[] descending, long keep) {
        this.input = input;
        this.keys = keys;
        this.descending = descending;
        this.keep = keep;
        this.order = (x, y) -> {
            for (int i = 0; i < descending.length; i++) {
                int c = compareValues(x.keys()[i], y.keys()[i], descending[i]);
                if (c != 0) return c;
            }
            return Long.compare(x.seq(), y.seq());
        };
    }

    /**
     * The rows it would return if its input ended now, in order, as copies: those it holds plus what its input
     * would still return (an aggregation's groups so far); null once the sort returns rows.
     */
    @Override
    public Operator preview() {
        if (sorted != null || (heap == null && all == null)) return null;
        List<Keyed> rows = new ArrayList<>(heap != null ? heap : all);
        Operator pending = input.preview();
        long seq = nextSeq;
        if (pending != null) {
            for (Row r = pending.next(); r != null; r = pending.next()) rows.add(keyed(r, seq++));
        }
        rows.sort(order);
        Iterator<Keyed> it = rows.subList(0, (int) Math.min(rows.size(), keep)).iterator();
        return () -> it.hasNext() ? it.next().row().copy() : null;
    }

    @Override
    public Row next() {
        if (sorted == null) sorted = sort().iterator();
        return sorted.hasNext() ? sorted.next() : null;
    }

    static int compareValues(Value a, Value b, boolean descending) {
        boolean an = a.isNull() || Coercion.isStructure(a); // NULL, and maps and lists, which cannot be sorted
        boolean bn = b.isNull() || Coercion.isStructure(b);
        if (an || bn) return an == bn ? 0 : an ? 1 : -1;
        int c = Collation.compare(a, b);
        return descending ? -c : c;
    }

    private List<Row> sort() {
        List<Keyed> rows;
        if (keep < Integer.MAX_VALUE) {
            heap = new PriorityQueue<>(order.reversed());
            for (Row r = input.next(); r != null; r = input.next()) {
                heap.add(keyed(r, nextSeq++));
                if (heap.size() > keep) heap.poll();
            }
            rows = new ArrayList<>(heap);
            heap = null;
        } else {
            all = new ArrayList<>();
            for (Row r = input.next(); r != null; r = input.next()) all.add(keyed(r, nextSeq++));
            rows = all;
            all = null;
        }
        rows.sort(order);
        List<Row> out = new ArrayList<>(rows.size());
        for (Keyed k : rows) out.add(k.row());
        return out;
    }

    private Keyed keyed(Row r, long seq) {
        Value[] values = new Value[keys.size()];
        for (int i = 0; i < values.length; i++) values[i] = keys.get(i).eval(r);
        return new Keyed(r, values, seq);
    }
}
