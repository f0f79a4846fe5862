package io.fmscope.query.exec;

import io.fmscope.query.functions.Accumulator;
import io.fmscope.query.functions.AggregateFunction;
import io.fmscope.query.value.TimestampValue;
import io.fmscope.query.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hash aggregation for {@code stats}. Rows are grouped by the text of their key values (what a result cell shows),
 * so {@code 1} and {@code "1"} share a group, and timestamps by their instant; a missing key is a group of its
 * own, shown empty. A stats without
 * {@code by} always yields one row, even over no input ({@code count(*)} = 0).
 */
final class AggregateOperator implements Operator {
    /** One aggregate call: the function, the per-row argument, and parameter expressions evaluated per group. */
    record Call(String slot, AggregateFunction function, Eval argument, List<Eval> params) {}

    private final Operator input;
    private final List<String> keyNames;
    private final List<Eval> keys;
    private final List<Call> calls;
    private final List<String> outputNames;
    private final List<Eval> outputs;
    private final String timestampKey;
    private final ExecContext ctx;
    private Iterator<Row> results;
    private Map<GroupKey, Group> groups; // while reading the input

    AggregateOperator(Operator input, List<String> keyNames, List<Eval> keys, List<Call> calls,
                      List<String> outputNames, List<Eval> outputs, String timestampKey, ExecContext ctx) {
        this.input = input;
        this.keyNames = keyNames;
        this.keys = keys;
        this.calls = calls;
        this.outputNames = outputNames;
        this.outputs = outputs;
        this.timestampKey = timestampKey;
        this.ctx = ctx;
    }

    private static final class Group {
        final Value[] keyValues;
        final Accumulator[] accumulators;

        Group(Value[] keyValues, Accumulator[] accumulators) {
            this.keyValues = keyValues;
            this.accumulators = accumulators;
        }
    }

    /** Group identity: per key, its rendered text, or its instant for a timestamp (no formatting per row). */
    private record GroupKey(Object[] texts) {
        @Override
        public boolean equals(Object o) {
            return o instanceof GroupKey g && Arrays.equals(texts, g.texts);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(texts);
        }
    }

    @Override
    public Row next() {
        if (results == null) results = aggregate().iterator();
        return results.hasNext() ? results.next() : null;
    }

    /**
     * The groups so far as result rows (accumulators give their result without being consumed). Nothing while an
     * earlier step still reads its input: as in CloudWatch, a second {@code stats} shows rows only once the first
     * one is done.
     */
    @Override
    public Operator preview() {
        if (results != null || groups == null || input.preview() != null) return null;
        List<Row> rows = new ArrayList<>(groups.size() + 1);
        for (Group g : groups.values()) rows.add(result(g));
        if (rows.isEmpty() && keys.isEmpty()) rows.add(result(new Group(new Value[0], newAccumulators(null))));
        Iterator<Row> it = rows.iterator();
        return () -> it.hasNext() ? it.next() : null;
    }

    private List<Row> aggregate() {
        Map<GroupKey, Group> groups = new LinkedHashMap<>();
        this.groups = groups;
        for (Row r = input.next(); r != null; r = input.next()) {
            Value[] keyValues = new Value[keys.size()];
            Object[] texts = new Object[keys.size()];
            for (int i = 0; i < keyValues.length; i++) {
                keyValues[i] = keys.get(i).eval(r);
                texts[i] = identity(keyValues[i]);
            }
            Row row = r;
            Group g = groups.computeIfAbsent(new GroupKey(texts), k -> new Group(keyValues, newAccumulators(row)));
            long ts = r.timestampMillis();
            for (int i = 0; i < calls.size(); i++) {
                Eval arg = calls.get(i).argument();
                Value v = arg == null ? Value.TRUE : arg.eval(r);
                g.accumulators[i].add(v, ts);
            }
        }
        if (groups.isEmpty() && keys.isEmpty()) {
            groups.put(new GroupKey(new Object[0]), new Group(new Value[0], newAccumulators(null)));
        }
        List<Row> out = new ArrayList<>(groups.size());
        for (Group g : groups.values()) out.add(result(g));
        this.groups = null;
        return out;
    }

    private static Object identity(Value v) {
        if (v.isNull()) return null;
        if (v instanceof TimestampValue t) return t.epochMillis();
        return v.asText();
    }

    private Accumulator[] newAccumulators(Row first) {
        Accumulator[] accs = new Accumulator[calls.size()];
        for (int i = 0; i < accs.length; i++) {
            Call c = calls.get(i);
            Value[] params = new Value[c.params().size()];
            Row at = first != null ? first : Row.detached(ctx.window());
            for (int p = 0; p < params.length; p++) params[p] = c.params().get(p).eval(at);
            accs[i] = ctx.guardCreate(() -> c.function().create(params), c.slot());
        }
        return accs;
    }

    private Row result(Group g) {
        Row row = Row.detached(ctx.window());
        for (int i = 0; i < keyNames.size(); i++) row.set(keyNames.get(i), g.keyValues[i]);
        for (int i = 0; i < calls.size(); i++) row.set(calls.get(i).slot(), g.accumulators[i].result());
        for (int i = 0; i < outputNames.size(); i++) row.set(outputNames.get(i), outputs.get(i).eval(row));
        if (timestampKey != null && !outputNames.contains("@timestamp") && !keyNames.contains("@timestamp")) {
            row.set("@timestamp", row.get(timestampKey));
        }
        return row;
    }
}
