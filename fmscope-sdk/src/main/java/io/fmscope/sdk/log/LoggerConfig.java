package io.fmscope.sdk.log;

import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Immutable settings shared by every record a logger builds.
 *
 * @param service written as {@code metadata.service}; may be null
 * @param region written as {@code metadata.region}
 * @param costModel prices calls; null omits the cost section
 * @param errorEnricher fills severity, retryability and root cause
 * @param captureContent write raw prompt, response and query text (redacted, cut)
 * @param maxCapturedChars longest captured text
 * @param clock timestamps records that carry none
 * @param traceIdSource the current trace id (e.g. from OpenTelemetry), or null
 * @param defaultTags tags added to every FM-call record before the call's own
 */
record LoggerConfig(
    String service,
    String region,
    CostModel costModel,
    ErrorEnricher errorEnricher,
    boolean captureContent,
    int maxCapturedChars,
    Clock clock,
    Supplier<String> traceIdSource,
    Map<String, String> defaultTags) {}
