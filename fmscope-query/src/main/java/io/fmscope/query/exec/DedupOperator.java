package io.fmscope.query.exec;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code dedup}: keeps the first row per distinct combination of the fields' values (compared as shown), in the
 * order rows arrive. A row with a missing value in any of the fields is always kept: nulls are not duplicates.
 */
final class DedupOperator implements Operator {
    private final Operator input;
    private final List<Eval> fields;
    private final Set<List<String>> seen = new HashSet<>();

    DedupOperator(Operator input, List<Eval> fields) {
        this.input = input;
        this.fields = fields;
    }

    @Override
    public Row next() {
        for (Row r = input.next(); r != null; r = input.next()) {
            String[] texts = new String[fields.size()];
            boolean hasNull = false;
            for (int i = 0; i < texts.length; i++) {
                var v = fields.get(i).eval(r);
                hasNull |= v.isNull();
                texts[i] = v.isNull() ? null : v.asText();
            }
            if (hasNull || seen.add(Arrays.asList(texts))) return r;
        }
        return null;
    }
}
