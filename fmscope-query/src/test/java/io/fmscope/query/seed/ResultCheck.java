package io.fmscope.query.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.query.exec.QueryResult;
import io.fmscope.query.value.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Compares an engine result with independently computed rows: numbers within 1e-9 relative, text exactly. */
final class ResultCheck {
    private ResultCheck() {}

    /** Every expected row (identified by its key columns) appears once with equal values, and nothing else. */
    static void sameRows(QueryResult r, List<Map<String, Object>> expected, List<String> keys) {
        assertThat(r.columns()).containsExactlyInAnyOrderElementsOf(expected.get(0).keySet());
        assertThat(r.rows()).as("row count").hasSize(expected.size());
        for (Map<String, Object> want : expected) {
            List<List<Value>> found = new ArrayList<>();
            for (List<Value> row : r.rows()) {
                boolean match = true;
                for (String k : keys) match &= equal(row.get(r.columns().indexOf(k)), want.get(k));
                if (match) found.add(row);
            }
            assertThat(found).as("rows with keys %s", keys.stream().map(want::get).toList()).hasSize(1);
            for (var e : want.entrySet()) {
                Value got = found.get(0).get(r.columns().indexOf(e.getKey()));
                assertThat(equal(got, e.getValue())).as("%s: engine %s, expected %s (row %s)", e.getKey(),
                        got.isNull() ? "NULL" : got.asText(), e.getValue(), keys.stream().map(want::get).toList())
                        .isTrue();
            }
        }
    }

    static boolean equal(Value got, Object want) {
        if (want == null) return got.isNull();
        if (got.isNull()) return false;
        if (want instanceof Number n) {
            double g = Double.parseDouble(got.asText());
            double w = n.doubleValue();
            return Math.abs(g - w) <= 1e-9 * Math.max(1, Math.abs(w));
        }
        return got.asText().equals(want.toString());
    }

    /** The column's values are in the given order (ties allowed). */
    static void ordered(QueryResult r, String column, boolean descending, boolean numeric) {
        int c = r.columns().indexOf(column);
        List<String> values = r.rows().stream().map(row -> row.get(c).asText()).toList();
        Comparator<String> cmp = numeric ? Comparator.comparingDouble(Double::parseDouble) : Comparator.naturalOrder();
        if (descending) cmp = cmp.reversed();
        assertThat(values).isSortedAccordingTo(cmp);
    }
}
