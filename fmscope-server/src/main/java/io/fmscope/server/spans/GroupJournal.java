package io.fmscope.server.spans;

import io.fmscope.model.trace.Span;
import java.util.List;

/**
 * Called by {@link SpanIngest}'s writer thread with each group of accepted batches, before the group goes to
 * the sink; once it returns the group must survive a crash. A throw fails the whole group.
 */
@FunctionalInterface
public interface GroupJournal {

    /** One accepted batch: its spans, and the request body they came from when known (else null). */
    record Batch(List<Span> spans, RawBatch raw) {
    }

    void append(List<Batch> group);
}
