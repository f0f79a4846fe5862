package io.fmscope.traces.analytics;

import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.Trace;
import io.fmscope.model.trace.TraceId;
import io.fmscope.traces.synthetic.SyntheticRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;

/**
 * Seed-shaped background traffic (one request every {@code everyMillis}, normal latencies, a little noise)
 * into which each analytics test injects one cause through {@code tweak(minute, request)}.
 */
final class Scenario {
    static final long T0 = 1_780_000_000_000_000_000L;
    static final long MINUTE = 60_000_000_000L;
    static final String SONNET = "anthropic.claude-3-sonnet";
    static final String HAIKU = "anthropic.claude-3-haiku";

    record Ctx(SplittableRandom random, int index, long startNanos) {
        int minute() {
            return (int) ((startNanos - T0) / MINUTE);
        }
    }

    private Scenario() {
    }

    /** Requests from {@code T0 + fromMinute} to {@code T0 + toMinute}, each shaped by {@code shape}. */
    static List<Trace> traffic(long seed, int fromMinute, int toMinute, long everyMillis, BiConsumer<Ctx, SyntheticRequest> shape) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Trace> out = new ArrayList<>();
        int i = 0;
        for (long t = T0 + fromMinute * MINUTE; t < T0 + toMinute * MINUTE; t += everyMillis * 1_000_000L, i++) {
            TraceId id = TraceId.newXRay(t / 1_000_000_000L, r);
            SyntheticRequest b = SyntheticRequest.of(id, t).overheadMs(2 + r.nextDouble() * 4);
            shape.accept(new Ctx(r, i, t), b);
            List<Span> spans = b.build();
            out.add(new Trace(id, spans));
        }
        return out;
    }

    /** A normal request: cache, session, vector search, a model call, delivery. */
    static void normal(Ctx c, SyntheticRequest b, String model) {
        SplittableRandom r = c.random();
        b.cache(1 + r.nextDouble() * 2).session(3 + r.nextDouble() * 7).search(20 + r.nextDouble() * 60)
                .model(model, 600 + r.nextDouble() * 1400, 500, 200, 0.004).deliver(5 + r.nextDouble() * 15);
    }
}
