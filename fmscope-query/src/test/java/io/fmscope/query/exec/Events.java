package io.fmscope.query.exec;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.value.Value;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: events from messages, and running a query over them. */
final class Events {
    static final long T0 = 1_700_000_000_000L; // 2023-11-14T22:13:20Z

    private Events() {}

    /** Events one second apart starting at {@link #T0}, in stream "s", group "g". */
    static List<LogEvent> of(String... messages) {
        List<LogEvent> out = new ArrayList<>();
        for (int i = 0; i < messages.length; i++) {
            out.add(LogEvent.of(T0 + i * 1000L, messages[i], "s", "g", "e" + i));
        }
        return out;
    }

    static QueryResult run(String query, List<LogEvent> events) {
        return new QueryEngine().execute(query, EventSource.of(events), QueryOptions.defaults().withNow(T0));
    }

    /** The result as rows of rendered text ("" for NULL), for compact assertions. */
    static List<List<String>> text(QueryResult r) {
        return r.rows().stream().map(row -> row.stream().map(v -> v.isNull() ? "" : v.asText()).toList()).toList();
    }

    static List<String> column(QueryResult r, String name) {
        int c = r.columns().indexOf(name);
        return r.rows().stream().map(row -> row.get(c)).map(v -> v.isNull() ? "" : v.asText()).toList();
    }

    static Value v(QueryResult r, int row, String column) {
        return r.value(row, column);
    }
}
