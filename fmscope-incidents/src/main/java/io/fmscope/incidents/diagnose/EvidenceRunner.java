package io.fmscope.incidents.diagnose;

import io.fmscope.incidents.diagnose.Hypothesis.Evidence;
import io.fmscope.incidents.diagnose.Hypothesis.ExampleEvent;
import io.fmscope.query.exec.QueryEngine;
import io.fmscope.query.exec.QueryOptions;
import io.fmscope.query.exec.QueryResult;
import io.fmscope.query.value.Coercion;
import io.fmscope.query.value.Value;
import io.fmscope.storage.LogStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Runs evidence queries with the reference Logs Insights engine over the store, and reads examples out of them. */
final class EvidenceRunner {
    static final int MAX_MESSAGE_CHARS = 2_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private final LogStore store;
    private final QueryEngine engine = new QueryEngine();

    EvidenceRunner(LogStore store) {
        this.store = store;
    }

    /** Runs {@code query} over {@code [from, to)} and keeps every column except the raw message fields. */
    Result run(String description, String query, long from, long to) {
        QueryOptions options = QueryOptions.defaults().withWindow(from, to - 1).withTimeout(TIMEOUT);
        QueryResult r = engine.execute(query, StoreEvents.of(store, from, to), options);
        List<String> columns = r.columns();
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++)
            if (!List.of("@message", "@log", "@logStream").contains(columns.get(i))) shown.add(i);
        List<List<String>> rows = new ArrayList<>();
        List<ExampleEvent> examples = new ArrayList<>();
        int ts = columns.indexOf("@timestamp"), msg = columns.indexOf("@message");
        int log = columns.indexOf("@log"), stream = columns.indexOf("@logStream");
        for (List<Value> row : r.rows()) {
            List<String> cells = new ArrayList<>(shown.size());
            for (int i : shown) cells.add(row.get(i).asText());
            rows.add(cells);
            if (msg >= 0) examples.add(new ExampleEvent(time(row.get(ts)), text(row, log), text(row, stream),
                    cut(text(row, msg))));
        }
        List<String> kept = shown.stream().map(columns::get).toList();
        return new Result(new Evidence(description, query, Instant.ofEpochMilli(from), Instant.ofEpochMilli(to), kept, rows),
                examples);
    }

    /** Values of a column of an evidence table, without nulls. */
    static List<String> column(Evidence e, String... names) {
        for (String name : names) {
            int c = e.columns().indexOf(name);
            if (c >= 0) return e.rows().stream().map(r -> r.get(c)).filter(v -> v != null && !v.isBlank()).toList();
        }
        return List.of();
    }

    private static String text(List<Value> row, int i) {
        return i < 0 ? null : Coercion.toText(row.get(i));
    }

    private static Instant time(Value v) {
        return Instant.ofEpochMilli(Coercion.toEpochMillis(v));
    }

    private static String cut(String s) {
        if (s == null || s.length() <= MAX_MESSAGE_CHARS) return s;
        return s.substring(0, MAX_MESSAGE_CHARS) + "…";
    }

    record Result(Evidence evidence, List<ExampleEvent> examples) {}
}
