/**
 * The trace analytics HTTP API ({@code /api/traces/...}) over the trace store: service map, latency hotspots,
 * throttle bursts, retry storms and cold starts, computed by {@code io.fmscope.traces.analytics}.
 */
package io.fmscope.server.traces;
