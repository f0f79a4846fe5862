package io.fmscope.query.exec;

import static io.fmscope.query.plan.PatternColumns.CHANGE_RATIO;
import static io.fmscope.query.plan.PatternColumns.CURRENT_COUNT;
import static io.fmscope.query.plan.PatternColumns.PATTERN;
import static io.fmscope.query.plan.PatternColumns.PATTERN_ID;
import static io.fmscope.query.plan.PatternColumns.PREVIOUS_COUNT;
import static io.fmscope.query.plan.PatternColumns.RATIO;
import static io.fmscope.query.plan.PatternColumns.REGEX;
import static io.fmscope.query.plan.PatternColumns.SAMPLE_COUNT;
import static io.fmscope.query.plan.PatternColumns.SEVERITY;
import static io.fmscope.query.plan.PatternColumns.SLOT;
import static io.fmscope.query.plan.PatternColumns.STATUS;
import static io.fmscope.query.plan.PatternColumns.TIMESTAMP;
import static io.fmscope.query.plan.PatternColumns.TOKENS;

import io.fmscope.query.mining.Anomaly;
import io.fmscope.query.mining.AnomalyDetector;
import io.fmscope.query.mining.Line;
import io.fmscope.query.mining.MinedPattern;
import io.fmscope.query.mining.PatternMiner;
import io.fmscope.query.mining.PatternText;
import io.fmscope.query.mining.Severity;
import io.fmscope.query.mining.Timeline;
import io.fmscope.query.mining.TokenValues;
import io.fmscope.query.mining.WindowChange;
import io.fmscope.query.plan.PatternNode;
import io.fmscope.query.value.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code pattern} (and {@code diff}, which is a pattern over two time ranges): reads every input row, mines the
 * value's text ({@link PatternMiner}) and yields one row per pattern. {@code @ratio} is the share of the input rows,
 * counting rows whose value is missing or blank, which no pattern gets. Keeps what {@code anomaly} asks for.
 */
final class PatternOperator implements Operator {
    private static final int TOP_VALUES = 10;

    private final Operator input;
    private final PatternInput source;
    private final PatternNode node;
    private final ExecContext ctx;
    private final DiffWindows windows;
    private List<Line> lines;
    private List<MinedPattern> patterns;
    private TokenValues[] tokens;
    private AnomalyDetector detector;
    private Iterator<Row> out;

    PatternOperator(Operator input, Eval value, PatternNode node, ExecContext ctx, DiffWindows windows) {
        this.input = input;
        this.source = new PatternInput(value, node.value());
        this.node = node;
        this.ctx = ctx;
        this.windows = windows;
    }

    @Override
    public Row next() {
        if (out == null) out = run().iterator();
        return out.hasNext() ? out.next() : null;
    }

    private List<Row> run() {
        lines = new ArrayList<>();
        long rows = 0;
        for (Row r = input.next(); r != null; r = input.next()) {
            rows++;
            String text = source.text(r);
            if (text != null) lines.add(new Line(r.timestampMillis(), text));
        }
        patterns = PatternMiner.mine(lines, ctx::checkpoint);
        tokens = new TokenValues[patterns.size()];
        return windows == null ? patternRows(rows) : diffRows();
    }

    private List<Row> patternRows(long inputRows) {
        List<Row> out = new ArrayList<>(patterns.size());
        for (int i = 0; i < patterns.size(); i++) {
            MinedPattern p = patterns.get(i);
            Row row = common(p, i, p.last());
            row.set(RATIO, Value.of(Math.round(p.count() * 10_000.0 / inputRows) / 10_000.0));
            row.set(SAMPLE_COUNT, Value.of((long) p.count()));
            if (node.details()) row.set(TOKENS, tokenList(tokens(i)));
            out.add(row);
        }
        return out;
    }

    private record Compared(MinedPattern pattern, int slot, long current, long previous, long last) {}

    /** diff: per pattern its events in each range; most current events first, then most previous ones. */
    private List<Row> diffRows() {
        List<Compared> compared = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            MinedPattern p = patterns.get(i);
            long current = 0;
            long previous = 0;
            long lastCurrent = Long.MIN_VALUE;
            long lastPrevious = Long.MIN_VALUE;
            for (int idx : p.lines()) {
                long t = lines.get(idx).time();
                if (windows.inCurrent(t)) {
                    current++;
                    lastCurrent = t;
                }
                if (windows.inPrevious(t)) {
                    previous++;
                    lastPrevious = t;
                }
            }
            compared.add(new Compared(p, i, current, previous, current > 0 ? lastCurrent : lastPrevious));
        }
        compared.sort(Comparator.comparingLong(Compared::current).reversed()
                .thenComparing(Comparator.comparingLong(Compared::previous).reversed())
                .thenComparingInt(Compared::slot));
        List<Row> out = new ArrayList<>(compared.size());
        for (Compared c : compared) {
            WindowChange change = new WindowChange(c.current(), c.previous());
            Row row = common(c.pattern(), c.slot(), c.last());
            row.set(CURRENT_COUNT, Value.of(c.current()));
            row.set(PREVIOUS_COUNT, Value.of(c.previous()));
            row.set(CHANGE_RATIO, change.changeRatio() == null ? Value.NULL : Value.of(change.changeRatio()));
            row.set(STATUS, Value.of(change.status()));
            out.add(row);
        }
        return out;
    }

    private Row common(MinedPattern p, int slot, long last) {
        Row row = Row.detached(ctx.window());
        row.set(PATTERN, Value.of(p.text()));
        row.set(SEVERITY, Value.of(Severity.of(p.template())));
        row.set(PATTERN_ID, Value.of(PatternText.id(p.text())));
        row.set(REGEX, Value.of(PatternText.regex(p.template())));
        row.set(TIMESTAMP, Value.timestamp(last));
        row.set(SLOT, Value.of((long) slot));
        return row;
    }

    private TokenValues tokens(int slot) {
        if (tokens[slot] == null) tokens[slot] = TokenValues.of(patterns.get(slot), lines);
        return tokens[slot];
    }

    /** {@code @tokens}: per variable, its name and its most frequent values with their counts. */
    private static Value tokenList(TokenValues t) {
        List<Value> out = new ArrayList<>();
        for (int v = 0; v < t.variables().size(); v++) {
            Map<String, Value> counts = new LinkedHashMap<>();
            t.top(v, TOP_VALUES).forEach((text, n) -> counts.put(text, Value.of((long) n)));
            Map<String, Value> entry = new LinkedHashMap<>();
            entry.put("name", Value.of(t.variables().get(v).name()));
            entry.put("values", Value.map(counts));
            out.add(Value.map(entry));
        }
        return Value.list(out);
    }

    /** The anomalies of the pattern in {@code slot} (for {@link AnomalyOperator}). */
    List<Anomaly> anomalies(int slot) {
        if (detector == null) detector = new AnomalyDetector(lines, new Timeline(lines));
        return detector.detect(patterns.get(slot), tokens(slot));
    }
}
