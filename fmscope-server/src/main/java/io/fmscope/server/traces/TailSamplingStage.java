package io.fmscope.server.traces;

import io.fmscope.model.trace.Span;
import io.fmscope.server.spans.SpanSink;
import io.fmscope.traces.sampling.SamplerConfig;
import io.fmscope.traces.sampling.SamplingRules;
import io.fmscope.traces.sampling.TailSampler;
import io.javalin.http.Handler;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tail sampler as a stage of the ingest funnel: a {@link SpanSink} that offers spans to a
 * {@link TailSampler} writing kept spans to {@code downstream} (the trace store's writer), ticked every
 * 100 ms by its own daemon thread, flushed on close. {@link #reportHandler()} serves
 * {@code GET /api/traces/sampling}.
 */
public final class TailSamplingStage implements SpanSink, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TailSamplingStage.class);
    static final long TICK_MILLIS = 100;
    private final TailSampler sampler;
    private final ScheduledExecutorService ticker;

    public TailSamplingStage(SamplingRules rules, SamplerConfig config, SpanSink downstream, Clock clock) {
        this.sampler = new TailSampler(rules, config, downstream::accept, clock);
        this.ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("tail-sampler").factory());
        ticker.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override public void accept(List<Span> spans) {
        sampler.offer(spans);
    }

    public TailSampler sampler() {
        return sampler;
    }

    public SamplingReport report() {
        return SamplingReport.of(sampler.stats(), sampler.metrics());
    }

    public Handler reportHandler() {
        return ctx -> ctx.contentType("application/json").result(AnalyticsJson.MAPPER.writeValueAsBytes(report()));
    }

    private void tick() {
        try {
            sampler.tick();
        } catch (RuntimeException e) {
            // a failing store write must not stop the ticker; the next tick retries nothing but keeps deciding
            LOG.warn("tail sampler tick failed: {}", e.getMessage());
        }
    }

    @Override public void close() {
        ticker.shutdownNow();
        sampler.flush();
    }
}
