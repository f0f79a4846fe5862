package io.fmscope.server.insights;

import io.fmscope.storage.LogStore;
import io.fmscope.storage.ScanBuilder;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** One query execution on a worker thread: Scheduled, Running, then Complete, Failed, Cancelled or Timeout. */
final class QueryRun implements Runnable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(QueryRun.class);
    private final QueryRecord initial;
    private final InsightsEngine.PreparedQuery prepared;
    private final LogStore store;
    private final Clock clock;
    private final Duration timeout;
    private final Consumer<QueryRecord> publish;
    private final Duration partialEvery;
    private final InsightsEngine.CancelSignal cancel = new InsightsEngine.CancelSignal();
    private final AtomicBoolean finished = new AtomicBoolean();

    QueryRun(QueryRecord initial, InsightsEngine.PreparedQuery prepared, LogStore store, Clock clock,
             Duration timeout, Duration partialEvery, Consumer<QueryRecord> publish) {
        this.partialEvery = partialEvery;
        this.initial = initial;
        this.prepared = prepared;
        this.store = store;
        this.clock = clock;
        this.timeout = timeout;
        this.publish = publish;
    }

    /** Requests cancellation; false if the run already finished. */
    boolean cancel() {
        if (finished.get()) {
            return false;
        }
        cancel.cancel();
        return true;
    }

    @Override public void run() {
        if (cancel.cancelled()) {
            finish(QueryStatus.Cancelled, List.of(), QueryRecord.Statistics.ZERO, null);
            return;
        }
        publish.accept(initial.with(QueryStatus.Running, 0, List.of(), QueryRecord.Statistics.ZERO, null));
        try {
            InsightsEngine.Output out = prepared.run(this::scan, initial.startMillis(),
                    initial.endMillisExclusive() - 1, initial.limit(), timeout, cancel,
                    new InsightsEngine.Partials(this::partial, partialEvery));
            var stats = statistics(out);
            LOG.debug("query {} ran as {}: {} rows", initial.queryId(), out.plan(), out.rows().size());
            finish(QueryStatus.Complete, rows(out), stats, null);
        } catch (InsightsEngine.Stopped e) {
            finish(e.timedOut() ? QueryStatus.Timeout : QueryStatus.Cancelled, List.of(), QueryRecord.Statistics.ZERO,
                    e.getMessage());
        } catch (RuntimeException e) {
            finish(QueryStatus.Failed, List.of(), QueryRecord.Statistics.ZERO, String.valueOf(e.getMessage()));
        }
    }

    /** Running with the rows and counters so far (GetQueryResults returns partial results while Running). */
    private void partial(InsightsEngine.Output soFar) {
        if (!finished.get() && !cancel.cancelled()) {
            publish.accept(initial.with(QueryStatus.Running, 0, rows(soFar), statistics(soFar), null));
        }
    }

    private static QueryRecord.Statistics statistics(InsightsEngine.Output out) {
        return new QueryRecord.Statistics(out.recordsMatched(), out.recordsScanned(), out.bytesScanned());
    }

    /** A fresh scan of the query's groups and time range. */
    private ScanBuilder scan() {
        return store.reader().scan().logGroups(initial.logGroupNames())
                .timeRange(initial.startMillis(), initial.endMillisExclusive());
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
            if (r.ptr() != null) {
                cells.add(cell("@ptr", r.ptr()));
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
}
