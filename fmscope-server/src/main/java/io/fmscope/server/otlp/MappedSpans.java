package io.fmscope.server.otlp;

import io.fmscope.model.trace.Span;
import java.util.List;

/** The spans of one export request that mapped, and how many were rejected with the first reasons. */
record MappedSpans(List<Span> spans, int rejected, List<String> reasons) {

    /** A short message for {@code partial_success.error_message}, or "" when nothing was rejected. */
    String message() {
        if (rejected == 0) {
            return "";
        }
        return rejected + " span(s) rejected: " + String.join("; ", reasons);
    }
}
