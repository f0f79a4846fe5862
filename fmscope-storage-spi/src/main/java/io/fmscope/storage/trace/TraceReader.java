package io.fmscope.storage.trace;

import io.fmscope.model.trace.Trace;
import io.fmscope.model.trace.TraceId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads traces back, whole: every stored span of a trace. */
public interface TraceReader {

    Optional<Trace> trace(TraceId id);

    /** The stored traces among {@code ids}, in the order asked (unknown ids skipped, duplicates once). */
    List<Trace> traces(Collection<TraceId> ids);

    /**
     * Traces whose start (earliest span start) lies in the query's range and that pass its filters,
     * ordered by start then trace id, at most {@link TraceQuery#limit()} of them.
     */
    List<Trace> find(TraceQuery query);

    /** How many spans are stored (each key once). */
    long spanCount();
}
