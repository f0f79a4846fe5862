package io.fmscope.server.spans;

import io.fmscope.model.trace.Span;
import java.util.List;

/**
 * Where ingested spans go once decoded: the trace store's writer by default; a tail sampler or metrics
 * tap can wrap it. Must store the batch durably (or decide not to keep it) before returning.
 */
@FunctionalInterface
public interface SpanSink {

    void accept(List<Span> spans);
}
