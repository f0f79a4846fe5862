/**
 * The span model shared by every tracing part: 128-bit {@link io.fmscope.model.trace.TraceId} (X-Ray and
 * W3C renderings), {@link io.fmscope.model.trace.SpanId}, the immutable {@link io.fmscope.model.trace.Span}
 * that holds what both OTLP and X-Ray carry, and {@link io.fmscope.model.trace.Trace}, a trace's spans.
 */
package io.fmscope.model.trace;
