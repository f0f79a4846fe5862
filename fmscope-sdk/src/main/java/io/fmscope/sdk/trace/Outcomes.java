package io.fmscope.sdk.trace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;

/** Writes an {@link Outcome} onto a span the way the OTel → X-Ray mapping reads it back. */
final class Outcomes {
    private Outcomes() {
    }

    static void apply(Span span, Outcome o, Throwable failure) {
        if (failure != null) {
            span.recordException(failure);
            span.setAttribute(FmAttributes.ERROR_TYPE, failure.getClass().getName());
        }
        if (o.httpStatus() > 0) {
            span.setAttribute(FmAttributes.HTTP_STATUS, (long) o.httpStatus());
            if (failure == null && o.failed()) span.setAttribute(FmAttributes.ERROR_TYPE, Integer.toString(o.httpStatus()));
        }
        if (o.failed()) {
            span.setStatus(StatusCode.ERROR, failure == null || failure.getMessage() == null ? "" : failure.getMessage());
        }
    }
}
