package io.fmscope.storage.duckdb.differential;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.analyzer.AnalyzedQuery;
import io.fmscope.query.analyzer.Analyzer;
import io.fmscope.query.exec.QueryEngine;
import io.fmscope.query.exec.QueryOptions;
import io.fmscope.query.pushdown.PushdownExecutor;
import io.fmscope.storage.LogStore;
import io.fmscope.storage.duckdb.DuckLogStore;
import io.fmscope.storage.memory.MemoryLogStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The same events in the in-memory reference backend (which pushes nothing down, so the reference operators do
 * all the work) and in DuckDB; a query runs on both through {@link PushdownExecutor}, exactly as StartQuery does.
 */
final class TwoStores implements AutoCloseable {
    static final String GROUP = "/differential";
    private static final PushdownExecutor EXECUTOR = new PushdownExecutor(new QueryEngine());

    final LogStore memory = new MemoryLogStore();
    final DuckLogStore duck;
    private final long start;
    private final long end;

    /** Both results of one query. */
    record Pair(PushdownExecutor.Result reference, PushdownExecutor.Result duck) {
    }

    TwoStores(Path dir, List<LogEvent> events) {
        duck = DuckLogStore.open(dir);
        Set<String> streams = new LinkedHashSet<>();
        events.forEach(e -> streams.add(e.logStream()));
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (LogStore s : List.of(memory, duck)) {
            s.groups().create(GROUP, 0);
            for (String stream : streams) {
                s.streams().create(GROUP, stream, 0);
            }
        }
        for (int i = 0; i < events.size(); i += 500) {
            List<LogEvent> batch = new ArrayList<>(events.subList(i, Math.min(events.size(), i + 500)));
            memory.writer().append(batch);
            duck.writer().append(batch);
        }
        for (LogEvent e : events) {
            lo = Math.min(lo, e.timestamp());
            hi = Math.max(hi, e.timestamp());
        }
        start = lo;
        end = hi;
    }

    Pair run(String query) {
        AnalyzedQuery q = Analyzer.standard().analyze(query);
        return new Pair(run(memory, q), run(duck, q));
    }

    PushdownExecutor.Result run(LogStore store, AnalyzedQuery q) {
        QueryOptions options = QueryOptions.defaults().withWindow(start, end).withNow(end + 60_000);
        return EXECUTOR.execute(q, () -> store.reader().scan().logGroups(List.of(GROUP)).timeRange(start, end + 1),
                options);
    }

    @Override public void close() {
        duck.close();
        memory.close();
    }
}
