package io.fmscope.model.trace;

import java.util.List;

/**
 * One exception of an X-Ray cause (or an OTel {@code exception} event). Only {@code id} is required by
 * X-Ray; the others are null/0/empty when absent.
 *
 * @param remote    raised by a downstream service (OTel CLIENT/PRODUCER spans)
 * @param truncated stack frames omitted
 * @param skipped   exceptions skipped
 * @param causeId   id of the exception that caused this one
 */
public record SpanException(String id, String type, String message, boolean remote, int truncated, int skipped,
                            String causeId, List<StackFrame> stack) {

    public SpanException {
        stack = stack == null ? List.of() : List.copyOf(stack);
    }
}
