package io.fmscope.server.spans;

import io.fmscope.model.trace.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one funnel every trace protocol feeds (OTLP, X-Ray UDP, PutTraceSegments). Batches wait in a bounded
 * queue (counted in spans) and one writer thread drains several at once into the sink: a group commit,
 * so many small client batches cost one storage transaction. A full queue is refused at once
 * ({@link IngestFullException}) rather than blocking the client.
 */
public final class SpanIngest implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SpanIngest.class);
    private record Pending(List<Span> spans, RawBatch raw, CompletableFuture<Void> done) {
    }

    private final SpanSink sink;
    private final GroupJournal journal;
    private final int capacity;
    private final int maxCommitSpans;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Thread writer;
    private volatile boolean closed;

    /**
     * @param capacity       spans that may wait at once (a larger single batch is still taken when empty)
     * @param maxCommitSpans spans gathered into one sink call at most
     */
    public SpanIngest(SpanSink sink, int capacity, int maxCommitSpans) {
        this(sink, capacity, maxCommitSpans, null);
    }

    /** {@code journal} (may be null) receives each group before the sink does (see {@link GroupJournal}). */
    public SpanIngest(SpanSink sink, int capacity, int maxCommitSpans, GroupJournal journal) {
        this.sink = sink;
        this.journal = journal;
        this.capacity = capacity;
        this.maxCommitSpans = maxCommitSpans;
        this.writer = Thread.ofPlatform().daemon().name("span-ingest").start(this::drain);
    }

    /** Queues a batch; the future completes once it is stored (or exceptionally with the storage error). */
    public CompletableFuture<Void> submit(List<Span> spans) {
        return submit(spans, null);
    }

    /** As {@link #submit(List)}, with the request body the spans were decoded from (for the journal). */
    public CompletableFuture<Void> submit(List<Span> spans, RawBatch raw) {
        if (spans.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("ingest is closed"));
        }
        int now = queued.addAndGet(spans.size());
        if (now > capacity && now != spans.size()) {
            queued.addAndGet(-spans.size());
            refused.addAndGet(spans.size());
            throw new IngestFullException(now - spans.size(), capacity, 1);
        }
        Pending p = new Pending(List.copyOf(spans), raw, new CompletableFuture<>());
        queue.add(p);
        return p.done();
    }

    /** Queues a batch and waits until it is stored; storage errors are rethrown as they came. */
    public void write(List<Span> spans) {
        write(spans, null);
    }

    /** As {@link #write(List)}, with the request body the spans were decoded from (for the journal). */
    public void write(List<Span> spans, RawBatch raw) {
        try {
            submit(spans, raw).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing spans", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void drain() {
        List<Pending> group = new ArrayList<>();
        while (!closed || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                int n = first.spans().size();
                Pending next;
                while (n < maxCommitSpans && (next = queue.poll()) != null) {
                    group.add(next);
                    n += next.spans().size();
                }
                commit(group, n);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                group.clear();
            }
        }
    }

    private void commit(List<Pending> group, int n) {
        List<Span> all = new ArrayList<>(n);
        group.forEach(p -> all.addAll(p.spans()));
        try {
            if (journal != null) {
                journal.append(group.stream().map(p -> new GroupJournal.Batch(p.spans(), p.raw())).toList());
            }
            sink.accept(all);
            accepted.addAndGet(n);
            group.forEach(p -> p.done().complete(null));
        } catch (RuntimeException e) {
            failed.addAndGet(n);
            LOG.warn("storing {} spans failed: {}", n, e.getMessage());
            group.forEach(p -> p.done().completeExceptionally(e));
        } finally {
            queued.addAndGet(-n);
        }
    }

    public IngestStats stats() {
        return new IngestStats(accepted.get(), refused.get(), failed.get(), queued.get(), capacity);
    }

    /** Stops taking batches, stores what is queued, stops the writer. */
    @Override public void close() {
        closed = true;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
