package io.fmscope.server.spans;

import java.nio.file.Path;

/**
 * Trace ingestion settings.
 *
 * @param daemonPort       X-Ray daemon UDP+TCP port (2000 like the real daemon); 0 picks a free one; -1 off
 * @param samplingRules    a YAML/JSON rules file, or null for the bundled defaults
 * @param otlpMaxBodyBytes OTLP request cap after decompression (413 above it)
 * @param ingestQueueSpans spans that may wait for storage before clients get 429 / datagrams are dropped
 */
public record TracingConfig(int daemonPort, Path samplingRules, long otlpMaxBodyBytes, int ingestQueueSpans) {
    public static final int DEFAULT_DAEMON_PORT = 2000;
    public static final int DISABLED = -1;

    public static TracingConfig defaults() {
        return new TracingConfig(DEFAULT_DAEMON_PORT, null, 64L * 1024 * 1024, 200_000);
    }

    public TracingConfig withDaemonPort(int p) {
        return new TracingConfig(p, samplingRules, otlpMaxBodyBytes, ingestQueueSpans);
    }

    public TracingConfig withSamplingRules(Path file) {
        return new TracingConfig(daemonPort, file, otlpMaxBodyBytes, ingestQueueSpans);
    }

    public TracingConfig withOtlpMaxBodyBytes(long n) {
        return new TracingConfig(daemonPort, samplingRules, n, ingestQueueSpans);
    }

    public TracingConfig withIngestQueueSpans(int n) {
        return new TracingConfig(daemonPort, samplingRules, otlpMaxBodyBytes, n);
    }
}
