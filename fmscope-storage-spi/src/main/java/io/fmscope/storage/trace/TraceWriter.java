package io.fmscope.storage.trace;

import io.fmscope.model.trace.Span;
import java.util.List;

/** Stores spans. */
public interface TraceWriter {

    /**
     * Stores a batch atomically and durably (it survives a crash right after the call returns). Spans are
     * keyed by (trace id, span id), and a write merges into what is stored, as X-Ray does:
     * <ul>
     *   <li>a completed span replaces any stored version of the same key;</li>
     *   <li>an in-progress span replaces only an in-progress version; it never hides a completed one;</li>
     *   <li>writing the same span again changes nothing (idempotent), so clients may retry.</li>
     * </ul>
     * Spans of one trace may arrive in any order and in separate batches (a child before its parent).
     * When the batch holds the same key twice, the rules above apply in batch order.
     */
    void write(List<Span> spans);

    /**
     * Deletes every trace whose last span ended (or, while in progress, started) before
     * {@code epochNanos}; returns how many traces were deleted. Retention calls this.
     */
    long deleteTracesBefore(long epochNanos);
}
