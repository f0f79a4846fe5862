package io.fmscope.traces.metrics;

/** A span's service (the recording service, "" when unknown) and its operation (the span name). */
public record OperationKey(String service, String operation) {
}
