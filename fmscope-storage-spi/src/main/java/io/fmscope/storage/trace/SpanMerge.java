package io.fmscope.storage.trace;

import io.fmscope.model.trace.Span;

/** The one overwrite rule every backend applies (see {@link TraceWriter#write}). */
public final class SpanMerge {
    private SpanMerge() {
    }

    /** Whether {@code incoming} replaces {@code stored} (null: nothing stored yet). */
    public static boolean replaces(Span incoming, Span stored) {
        return stored == null || !incoming.inProgress() || stored.inProgress();
    }
}
