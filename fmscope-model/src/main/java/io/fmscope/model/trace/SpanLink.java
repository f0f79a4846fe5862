package io.fmscope.model.trace;

import java.util.Map;
import java.util.Objects;

/** A link to a span in (possibly) another trace; asynchronous hops (queues, Lambda) use these. */
public record SpanLink(TraceId traceId, SpanId spanId, Map<String, AttributeValue> attributes) {

    public SpanLink {
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(spanId, "spanId");
        attributes = Attributes.copy(attributes);
    }
}
