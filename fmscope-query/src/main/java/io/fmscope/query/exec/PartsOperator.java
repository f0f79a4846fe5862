package io.fmscope.query.exec;

import io.fmscope.query.functions.FunctionRegistry;
import io.fmscope.query.plan.PlanNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Runs a row-local chain of the plan ({@link ParallelScan}) over each part of a split source on a small thread
 * pool, and hands the rows on in source order: all of part 0, then part 1, and so on. Each part gets its own
 * operators and counters (added to the query's once the part is read); at most {@code threads + 1} parts are read
 * ahead of the consumer, so buffered rows stay bounded. A part that fails re-throws when the consumer reaches it, as
 * a sequential scan would fail at that row.
 */
final class PartsOperator implements Operator, AutoCloseable {
    private static final int BATCH = 512;
    private static final Object END = new Object();

    private final PlanNode chain;
    private final List<EventSource> parts;
    private final FunctionRegistry functions;
    private final ExecContext ctx;
    private final QueryOptions options;
    private final int threads;
    private final List<Part> started = new ArrayList<>();
    private ExecutorService pool;
    private volatile boolean closed;
    private int current;
    private List<Row> batch = List.of();
    private int inBatch;

    /** One part being read: its queue of row batches (then END or the failure) and its own counters. */
    private record Part(LinkedBlockingQueue<Object> queue, ExecContext ctx) {}

    PartsOperator(PlanNode chain, List<EventSource> parts, FunctionRegistry functions, ExecContext ctx,
                  QueryOptions options, int threads) {
        this.chain = chain;
        this.parts = parts;
        this.functions = functions;
        this.ctx = ctx;
        this.options = options;
        this.threads = threads;
    }

    @Override
    public Row next() {
        if (pool == null) start();
        while (inBatch == batch.size()) {
            if (current == parts.size()) return null;
            Object o = take(started.get(current).queue());
            if (o == END) {
                finishPart(started.get(current).ctx());
                current++;
                if (started.size() < parts.size()) submit(started.size());
            } else if (o instanceof RuntimeException e) {
                throw e;
            } else {
                @SuppressWarnings("unchecked")
                List<Row> rows = (List<Row>) o;
                batch = rows;
                inBatch = 0;
            }
        }
        return batch.get(inBatch++);
    }

    private void start() {
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fmscope-query-scan");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < Math.min(parts.size(), threads + 1); i++) submit(i);
    }

    private void submit(int index) {
        Part part = new Part(new LinkedBlockingQueue<>(), ctx.forPart());
        started.add(part);
        pool.execute(() -> read(parts.get(index), part));
    }

    /**
     * Reads one part to its end on a pool thread, in batches. The part's readers are closed before END is queued, so
     * whatever a source does on close (a file part reports its read counters) has happened when the query returns.
     */
    private void read(EventSource source, Part part) {
        OperatorBuilder builder = new OperatorBuilder(functions, part.ctx(), source, options, null, null, null);
        Object last = END;
        try {
            Operator op = builder.build(chain, Long.MAX_VALUE);
            List<Row> rows = new ArrayList<>(BATCH);
            for (Row r = op.next(); r != null && !closed; r = op.next()) {
                rows.add(r);
                if (rows.size() == BATCH) {
                    part.queue().add(rows);
                    rows = new ArrayList<>(BATCH);
                }
            }
            if (!rows.isEmpty()) part.queue().add(rows);
        } catch (RuntimeException e) {
            last = e;
        } finally {
            try {
                builder.close();
            } catch (RuntimeException e) {
                if (last == END) last = e;
            }
            part.queue().add(last);
        }
    }

    private Object take(LinkedBlockingQueue<Object> queue) {
        try {
            Object o;
            while ((o = queue.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS)) == null) ctx.checkpoint();
            ctx.maybeReport(); // a busy queue never times out into checkpoint()
            return o;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryExecutionException(QueryExecutionException.Kind.CANCELLED, "query interrupted", e);
        }
    }

    /** A part read in full: its counters become the query's. */
    private void finishPart(ExecContext part) {
        ctx.scanned += part.scanned;
        ctx.bytesScanned += part.bytesScanned;
        ctx.regexGaveUp += part.regexGaveUp;
        ctx.partMerged(part);
    }

    @Override
    public void close() {
        closed = true;
        if (pool != null) pool.shutdownNow();
    }
}
