package io.fmscope.traces.sampling;

import io.fmscope.model.trace.Span;
import java.util.List;

/** Where kept spans go (usually {@code TraceWriter::write}). Called outside the sampler's locks. */
@FunctionalInterface
public interface SpanSink {
    void accept(List<Span> spans);
}
