package io.fmscope.traces.sampling;

import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.TraceId;
import io.fmscope.traces.synthetic.SyntheticRequest;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seed-shaped traffic with known outcomes: 3% of traces carry an issue (a throttled model call, a faulting
 * vector search or a rejected session read), 10% are slow (a model call of 3.2-6 s, over the 3 s target),
 * the rest are normal (at most about 2.2 s). Trace i is the same on every call (seeded by i).
 */
final class Traffic {
    enum Kind { ISSUE, SLOW, NORMAL }

    record Request(List<Span> spans, Kind kind, long startMillis, long endMillis) {
        TraceId id() {
            return spans.getFirst().traceId();
        }
    }

    static final long T0_MILLIS = 1_780_000_000_000L;

    private Traffic() {
    }

    static Request request(int i) {
        SplittableRandom r = new SplittableRandom(0x5EED_0000L + i);
        long startMillis = T0_MILLIS + i * 10L;
        TraceId id = TraceId.newXRay(startMillis / 1000, r);
        double u = r.nextDouble();
        Kind kind = u < 0.03 ? Kind.ISSUE : u < 0.13 ? Kind.SLOW : Kind.NORMAL;
        long in = 200 + r.nextInt(1500);
        long out = 50 + r.nextInt(600);
        double cost = in * 3e-6 + out * 15e-6;
        double modelMs = kind == Kind.SLOW ? 3200 + r.nextDouble() * 2800 : 600 + r.nextDouble() * 1400;
        SyntheticRequest b = SyntheticRequest.of(id, startMillis * 1_000_000L).overheadMs(2 + r.nextDouble() * 6)
                .cache(1 + r.nextDouble() * 2).session(3 + r.nextDouble() * 7).search(20 + r.nextDouble() * 60)
                .model("anthropic.claude-3-sonnet", modelMs, in, out, cost).deliver(5 + r.nextDouble() * 15);
        if (kind == Kind.ISSUE) {
            switch (r.nextInt(3)) {
                case 0 -> b.rootStatus(500);
                case 1 -> b.rootStatus(429);
                default -> b.rootStatus(400);
            }
        }
        List<Span> spans = b.build();
        if (kind == Kind.ISSUE) spans = withChildOutcome(spans, r.nextInt(3));
        Span root = spans.getLast();
        return new Request(spans, kind, startMillis, root.endNanos() / 1_000_000L);
    }

    /** Moves the issue onto a child for two thirds of issue traces, so detection must look past the root. */
    private static List<Span> withChildOutcome(List<Span> spans, int which) {
        if (which == 0) return spans;
        Span root = spans.getLast().toBuilder().outcome(io.fmscope.model.trace.Outcome.OK)
                .status(io.fmscope.model.trace.SpanStatus.UNSET).build();
        int child = which == 1 ? 3 : 2;
        Span c = spans.get(child);
        Span failed = c.toBuilder().outcome(which == 1 ? new io.fmscope.model.trace.Outcome(true, true, false)
                : new io.fmscope.model.trace.Outcome(false, false, true)).build();
        List<Span> out = new java.util.ArrayList<>(spans);
        out.set(child, failed);
        out.set(out.size() - 1, root);
        return out;
    }
}
