package io.fmscope.server.traces;

import io.fmscope.model.trace.Span;
import io.fmscope.server.spans.GroupJournal;
import io.fmscope.server.spans.RawBatch;
import io.fmscope.server.spans.SpanSink;
import io.fmscope.traces.sampling.SamplerConfig;
import io.fmscope.traces.sampling.SamplingRules;
import io.fmscope.traces.sampling.TailSampler;
import io.javalin.http.Handler;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tail sampler as a stage of the ingest funnel: a {@link SpanSink} that offers spans to a
 * {@link TailSampler} writing kept spans to {@code downstream} (the trace store's writer), ticked every
 * 100 ms by its own daemon thread, flushed on close. {@link #reportHandler()} serves
 * {@code GET /api/traces/sampling}.
 *
 * <p>With a journal directory, every accepted batch is first appended to a {@link SpanJournal} (forced to disk,
 * so acknowledged spans that still wait for a decision survive a crash) and replayed into the sampler on
 * start. A segment is deleted once every trace with a span in it is decided and its kept spans were handed to
 * {@code downstream} (see {@link TailSampler#oldestPendingMillis}); a failed downstream write stops trimming
 * until the next start replays the journal.
 */
public final class TailSamplingStage implements SpanSink, GroupJournal, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TailSamplingStage.class);
    static final long TICK_MILLIS = 100;
    static final long SEGMENT_BYTES = 64L << 20;
    static final long SEGMENT_MILLIS = 1_000;
    private final TailSampler sampler;
    private final SpanJournal journal;
    private final Clock clock;
    private final ScheduledExecutorService ticker;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final int replayed;
    private volatile boolean trimBlocked;
    private long segmentOpenedMillis;

    public TailSamplingStage(SamplingRules rules, SamplerConfig config, SpanSink downstream, Clock clock) {
        this(rules, config, downstream, clock, null, raw -> {
            throw new IllegalStateException("no journal");
        });
    }

    /**
     * {@code journalDir}: where the span journal lives (null: no journal, as for an in-memory store);
     * {@code decoder} turns a journaled request body back into its spans on replay.
     */
    public TailSamplingStage(SamplingRules rules, SamplerConfig config, SpanSink downstream, Clock clock,
                             Path journalDir, Function<RawBatch, List<Span>> decoder) {
        this.sampler = new TailSampler(rules, config, downstream::accept, clock);
        this.clock = clock;
        this.journal = journalDir == null ? null : new SpanJournal(journalDir);
        this.replayed = journal == null ? 0 : journal.replay(decoder, sampler::offer, clock.millis());
        if (replayed > 0) {
            LOG.info("span journal: {} acknowledged spans offered again to the tail sampler", replayed);
        }
        this.segmentOpenedMillis = clock.millis();
        this.ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("tail-sampler").factory());
        ticker.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Journals a group (when a journal is configured); {@link io.fmscope.server.spans.SpanIngest}'s writer
     * thread calls this right before {@link #accept} with the same spans.
     */
    @Override public void append(List<GroupJournal.Batch> group) {
        if (journal == null) {
            return;
        }
        long now = clock.millis();
        if (journal.currentBytes() > SEGMENT_BYTES || now - segmentOpenedMillis >= SEGMENT_MILLIS) {
            journal.rotate(now); // every span in it has been offered: this thread offered them
            segmentOpenedMillis = now;
        }
        journal.append(group);
    }

    /** Offers spans to the sampler (journaled first by {@link #append} when they come from the ingest). */
    @Override public void accept(List<Span> spans) {
        inFlight.incrementAndGet();
        try {
            sampler.offer(spans);
        } catch (RuntimeException e) {
            trimBlocked = true; // decided spans may not have reached the store: keep the journal for replay
            throw e;
        } finally {
            inFlight.decrementAndGet();
        }
    }

    public TailSampler sampler() {
        return sampler;
    }

    /** Spans replayed from the journal at start. */
    public int replayed() {
        return replayed;
    }

    /** Journal segment files on disk now (0 without a journal). */
    public int journalSegments() {
        return journal == null ? 0 : journal.segmentCount();
    }

    public SamplingReport report() {
        return SamplingReport.of(sampler.stats(), sampler.metrics(), new SamplingReport.Journal(replayed, journalSegments()));
    }

    public Handler reportHandler() {
        return ctx -> ctx.contentType("application/json").result(AnalyticsJson.MAPPER.writeValueAsBytes(report()));
    }

    private void tick() {
        try {
            sampler.tick();
            trim();
        } catch (RuntimeException e) {
            trimBlocked = true;
            LOG.warn("tail sampler tick failed: {}", e.getMessage());
        }
    }

    /** Runs after a tick, on the ticker thread: the watermark first, then no offer may be mid-way. */
    private void trim() {
        if (journal == null || trimBlocked) {
            return;
        }
        long watermark = sampler.oldestPendingMillis();
        if (inFlight.get() == 0) {
            journal.trimBefore(watermark);
        }
    }

    @Override public void close() {
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            sampler.flush();
        } catch (RuntimeException e) {
            trimBlocked = true; // the journal keeps them; the next start offers them again
            LOG.warn("tail sampler flush failed: {}", e.getMessage());
        }
        if (journal != null) {
            if (!trimBlocked) {
                journal.rotate(clock.millis());
                journal.trimBefore(Long.MAX_VALUE); // every trace decided and its kept spans stored
            }
            journal.close();
        }
    }
}
