package io.fmscope.query.exec;

import io.fmscope.query.value.ListValue;
import io.fmscope.query.value.MapValue;
import io.fmscope.query.value.NumberText;
import io.fmscope.query.value.Value;
import java.util.List;

/**
 * Reads a field. The flat name comes first ({@code a.b.0} as JSON discovery names it); when that is empty and a
 * shorter prefix names a map or list (from {@code jsonParse} or {@code unnest}), the rest of the path walks into
 * it: {@code js.accounts}, {@code json_message.users}.
 */
final class FieldEval implements Eval {
    /** Resolve through the row's own layout: for result columns and stats rows. */
    private static final int DYNAMIC = -2;

    private final String name;
    private final int scanIndex;
    private final String[] prefixes;
    private final List<List<String>> rests;

    FieldEval(List<String> path, ScanLayout layout) {
        this.name = String.join(".", path);
        this.scanIndex = layout == null ? DYNAMIC : layout.index(name);
        int n = path.size() - 1;
        this.prefixes = new String[n];
        this.rests = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int cut = n - i; // longest prefix first
            prefixes[i] = String.join(".", path.subList(0, cut));
            rests.add(List.copyOf(path.subList(cut, path.size())));
        }
    }

    @Override
    public Value eval(Row row) {
        Value v = scanIndex == DYNAMIC ? row.get(name) : row.get(name, scanIndex);
        if (!v.isNull() || prefixes.length == 0) return v;
        for (int i = 0; i < prefixes.length; i++) {
            Value base = row.get(prefixes[i]);
            if (base instanceof MapValue || base instanceof ListValue) {
                for (String key : rests.get(i)) base = member(base, key);
                return base;
            }
        }
        return Value.NULL;
    }

    /** {@code value.key}: a map entry, or a list element when the key is an index. */
    static Value member(Value value, String key) {
        if (value instanceof MapValue m) {
            Value v = m.get(key);
            return v == null ? Value.NULL : v;
        }
        if (value instanceof ListValue l) {
            Value index = NumberText.parse(key);
            if (index.isNull()) return Value.NULL;
            return element(l, index);
        }
        return Value.NULL;
    }

    /** {@code list[index]} for an integral index in range, else NULL. */
    static Value element(ListValue list, Value index) {
        double d = io.fmscope.query.value.Coercion.toDouble(index);
        if (Double.isNaN(d) || d != Math.rint(d) || d < 0 || d >= list.size()) return Value.NULL;
        Value v = list.get((long) d);
        return v == null ? Value.NULL : v;
    }
}
