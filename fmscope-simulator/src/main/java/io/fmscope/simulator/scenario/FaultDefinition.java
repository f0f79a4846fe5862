package io.fmscope.simulator.scenario;

import io.fmscope.model.fmcall.FmCallStatus;

/**
 * One entry of {@code faults.yaml}: what a (component, kind) injects and how it should be diagnosed.
 *
 * @param error the injected error, or null for faults that only slow things down or inflate tokens
 * @param status the FM-call status of a hit request
 * @param upstream {@code error.upstream_service} of the logged error
 * @param signal where it shows: errors, latency, tokens, cold_starts
 */
public record FaultDefinition(Component component, FaultKind kind, ErrorSpec error, FmCallStatus status,
    String upstream, Diagnosis diagnosis, String signal) {}
