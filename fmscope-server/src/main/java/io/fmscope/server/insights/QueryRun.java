package io.fmscope.server.insights;

import io.fmscope.model.log.LogEvent;
import io.fmscope.storage.EventScan;
import io.fmscope.storage.LogStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** One query execution on a worker thread: Scheduled, Running, then Complete, Failed, Cancelled or Timeout. */
final class QueryRun implements Runnable {
    private final QueryRecord initial;
    private final InsightsEngine.PreparedQuery prepared;
    private final LogStore store;
    private final Clock clock;
    private final long timeoutMillis;
    private final Consumer<QueryRecord> publish;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean finished = new AtomicBoolean();

    QueryRun(QueryRecord initial, InsightsEngine.PreparedQuery prepared, LogStore store, Clock clock,
             long timeoutMillis, Consumer<QueryRecord> publish) {
        this.initial = initial;
        this.prepared = prepared;
        this.store = store;
        this.clock = clock;
        this.timeoutMillis = timeoutMillis;
        this.publish = publish;
    }

    /** Requests cancellation; false if the run already finished. */
    boolean cancel() {
        if (finished.get()) {
            return false;
        }
        cancelled.set(true);
        return true;
    }

    @Override public void run() {
        long started = clock.millis();
        if (cancelled.get()) {
            finish(QueryStatus.Cancelled, List.of(), QueryRecord.Statistics.ZERO, null);
            return;
        }
        publish.accept(initial.with(QueryStatus.Running, 0, List.of(), QueryRecord.Statistics.ZERO, null));
        long[] scanned = new long[2];
        boolean[] timedOut = new boolean[1];
        try (EventScan scan = store.reader().scan().logGroups(initial.logGroupNames())
                .timeRange(initial.startMillis(), initial.endMillisExclusive()).open()) {
            Iterator<LogEvent> counting = new Iterator<>() {
                @Override public boolean hasNext() {
                    return scan.hasNext();
                }

                @Override public LogEvent next() {
                    LogEvent e = scan.next();
                    scanned[0]++;
                    scanned[1] += e.message().getBytes(StandardCharsets.UTF_8).length;
                    return e;
                }
            };
            InsightsEngine.Output out = prepared.run(counting, initial.limit(), () -> {
                timedOut[0] = clock.millis() - started > timeoutMillis;
                return cancelled.get() || timedOut[0];
            });
            var stats = new QueryRecord.Statistics(out.recordsMatched(), scanned[0], scanned[1]);
            QueryStatus s = cancelled.get() ? QueryStatus.Cancelled : timedOut[0] ? QueryStatus.Timeout : QueryStatus.Complete;
            finish(s, s == QueryStatus.Complete ? rows(out) : List.of(), stats, null);
        } catch (RuntimeException e) {
            finish(QueryStatus.Failed, List.of(), new QueryRecord.Statistics(0, scanned[0], scanned[1]),
                    String.valueOf(e.getMessage()));
        }
    }

    private void finish(QueryStatus s, List<List<Map<String, String>>> rows, QueryRecord.Statistics st, String why) {
        finished.set(true);
        publish.accept(initial.with(s, clock.millis(), rows, st, why));
    }

    private static List<List<Map<String, String>>> rows(InsightsEngine.Output out) {
        List<List<Map<String, String>>> rows = new ArrayList<>(out.rows().size());
        for (InsightsEngine.Row r : out.rows()) {
            List<Map<String, String>> cells = new ArrayList<>(r.cells().size() + 1);
            for (InsightsEngine.Cell c : r.cells()) {
                if (c.value() != null) {
                    cells.add(cell(c.field(), c.value()));
                }
            }
            if (r.source() != null) {
                cells.add(cell("@ptr", pointer(r.source())));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static Map<String, String> cell(String field, String value) {
        Map<String, String> m = new LinkedHashMap<>(4);
        m.put("field", field);
        m.put("value", value);
        return m;
    }

    /** An opaque pointer to the event: base64 of its group and id. */
    static String pointer(LogEvent e) {
        return Base64.getEncoder().encodeToString((e.logGroup() + "\n" + e.id()).getBytes(StandardCharsets.UTF_8));
    }
}
