package io.fmscope.query.exec;

import static io.fmscope.query.plan.PatternColumns.ANOMALY_SCORE;
import static io.fmscope.query.plan.PatternColumns.ANOMALY_TYPE;
import static io.fmscope.query.plan.PatternColumns.DESCRIPTION;
import static io.fmscope.query.plan.PatternColumns.SLOT;

import io.fmscope.query.mining.Anomaly;
import io.fmscope.query.value.LongValue;
import io.fmscope.query.value.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * {@code anomaly}: for each pattern row, one copy per anomaly found (the row's fields kept, {@code @anomalyType},
 * {@code @anomalyScore}, {@code @description} added); rows without one are dropped. Highest score first; equal
 * scores keep their input order.
 */
final class AnomalyOperator implements Operator {
    private final Operator input;
    private final PatternOperator patterns;
    private Iterator<Row> out;

    AnomalyOperator(Operator input, PatternOperator patterns) {
        this.input = input;
        this.patterns = patterns;
    }

    @Override
    public Row next() {
        if (out == null) out = run().iterator();
        return out.hasNext() ? out.next() : null;
    }

    private List<Row> run() {
        List<Scored> scored = new ArrayList<>();
        for (Row r = input.next(); r != null; r = input.next()) {
            if (!(r.get(SLOT) instanceof LongValue slot)) continue;
            for (Anomaly a : patterns.anomalies((int) slot.value())) {
                Row copy = r.copy();
                copy.set(ANOMALY_TYPE, Value.of(a.type()));
                copy.set(ANOMALY_SCORE, Value.of(a.score()));
                copy.set(DESCRIPTION, Value.of(a.description()));
                scored.add(new Scored(copy, a.score()));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()); // stable: ties keep input order
        return scored.stream().map(Scored::row).toList();
    }

    private record Scored(Row row, double score) {}
}
