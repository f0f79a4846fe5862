/**
 * The FM-request tracer (the seed's X-Ray FM tracer) on the OpenTelemetry API: a root span per FM request
 * ({@link io.fmscope.sdk.trace.FmTracer#request}) with typed children for cache, session store, vector search,
 * model invoke and response delivery, following the GenAI, DB and AWS semantic conventions; X-Ray
 * error/throttle/fault semantics through {@code http.response.status_code} and span status; the seed's
 * timing summary; and {@link io.fmscope.sdk.trace.FmTracer#currentTraceId()} for joining logs to traces.
 * Nothing here throws into the application. {@link io.fmscope.sdk.trace.FmTracing} and
 * {@link io.fmscope.sdk.trace.XrayIdGenerator} need the optional OpenTelemetry SDK dependency.
 */
package io.fmscope.sdk.trace;
