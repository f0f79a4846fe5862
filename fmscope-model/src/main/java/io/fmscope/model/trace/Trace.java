package io.fmscope.model.trace;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** All stored spans of one trace, ordered by start time (then span id). Never empty. */
public record Trace(TraceId traceId, List<Span> spans) {

    public Trace {
        Objects.requireNonNull(traceId, "traceId");
        if (spans == null || spans.isEmpty()) {
            throw new IllegalArgumentException("a trace has at least one span");
        }
        spans = spans.stream().sorted(Comparator.comparingLong(Span::startNanos)
                .thenComparing(s -> s.spanId().value(), Long::compareUnsigned)).toList();
    }

    public long startNanos() {
        return spans.getFirst().startNanos();
    }

    /** Latest end of the completed spans (the start if none completed). */
    public long endNanos() {
        return spans.stream().filter(s -> !s.inProgress()).mapToLong(Span::endNanos).max().orElse(startNanos());
    }

    public long durationNanos() {
        return endNanos() - startNanos();
    }

    /** The root: a span without a parent (the earliest if several), else the earliest span. */
    public Span root() {
        return spans.stream().filter(Span::isRoot).findFirst().orElse(spans.getFirst());
    }

    public Optional<Span> span(SpanId id) {
        return spans.stream().filter(s -> s.spanId().equals(id)).findFirst();
    }

    public List<Span> children(SpanId parent) {
        return spans.stream().filter(s -> parent.equals(s.parentId())).toList();
    }

    /** OR of every span's flags. */
    public Outcome outcome() {
        return spans.stream().map(Span::outcome).reduce(Outcome.OK, Outcome::or);
    }

    public boolean inProgress() {
        return spans.stream().anyMatch(Span::inProgress);
    }

    /**
     * The service that recorded {@code span}: its own service if known, else that of the nearest ancestor
     * that knows one (an independent X-Ray subsegment inherits its segment's name).
     */
    public String serviceOf(Span span) {
        return serviceOf(span, byId());
    }

    private Map<SpanId, Span> byId() {
        Map<SpanId, Span> byId = new HashMap<>();
        spans.forEach(s -> byId.put(s.spanId(), s));
        return byId;
    }

    private String serviceOf(Span span, Map<SpanId, Span> byId) {
        Span cur = span;
        for (int hops = 0; cur != null && hops <= spans.size(); hops++) {
            if (!cur.service().isEmpty()) {
                return cur.service();
            }
            cur = cur.parentId() == null ? null : byId.get(cur.parentId());
        }
        return "";
    }

    /** Every service name in the trace, in order of first appearance. */
    public Set<String> services() {
        Set<String> out = new LinkedHashSet<>();
        Map<SpanId, Span> byId = byId();
        spans.forEach(s -> {
            String svc = serviceOf(s, byId);
            if (!svc.isEmpty()) {
                out.add(svc);
            }
        });
        return out;
    }
}
