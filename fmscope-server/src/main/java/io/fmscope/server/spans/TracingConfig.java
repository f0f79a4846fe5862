package io.fmscope.server.spans;

import java.nio.file.Path;

/**
 * Trace ingestion settings.
 *
 * @param daemonPort         X-Ray daemon UDP+TCP port (2000 like the real daemon); 0 picks a free one; -1 off
 * @param samplingRules      a YAML/JSON rules file, or null for the bundled defaults
 * @param otlpMaxBodyBytes   OTLP request cap after decompression (413 above it)
 * @param ingestQueueSpans   spans that may wait for storage before clients get 429 / datagrams are dropped
 * @param tailSampling       whether ingested traces go through the tail sampler before the store (off by
 *                           default: with it on, a trace is stored only once decided, seconds after its spans)
 * @param tailSamplingRules  the tail sampler's rules file (YAML/JSON), or null for the bundled rules
 */
public record TracingConfig(int daemonPort, Path samplingRules, long otlpMaxBodyBytes, int ingestQueueSpans,
                            boolean tailSampling, Path tailSamplingRules) {
    public static final int DEFAULT_DAEMON_PORT = 2000;
    public static final int DISABLED = -1;

    public TracingConfig(int daemonPort, Path samplingRules, long otlpMaxBodyBytes, int ingestQueueSpans) {
        this(daemonPort, samplingRules, otlpMaxBodyBytes, ingestQueueSpans, false, null);
    }

    public static TracingConfig defaults() {
        return new TracingConfig(DEFAULT_DAEMON_PORT, null, 64L * 1024 * 1024, 200_000, false, null);
    }

    public TracingConfig withDaemonPort(int p) {
        return new TracingConfig(p, samplingRules, otlpMaxBodyBytes, ingestQueueSpans, tailSampling, tailSamplingRules);
    }

    public TracingConfig withSamplingRules(Path file) {
        return new TracingConfig(daemonPort, file, otlpMaxBodyBytes, ingestQueueSpans, tailSampling, tailSamplingRules);
    }

    public TracingConfig withOtlpMaxBodyBytes(long n) {
        return new TracingConfig(daemonPort, samplingRules, n, ingestQueueSpans, tailSampling, tailSamplingRules);
    }

    public TracingConfig withIngestQueueSpans(int n) {
        return new TracingConfig(daemonPort, samplingRules, otlpMaxBodyBytes, n, tailSampling, tailSamplingRules);
    }

    /** Tail sampling on or off, with a rules file (null: the bundled rules). */
    public TracingConfig withTailSampling(boolean on, Path rules) {
        return new TracingConfig(daemonPort, samplingRules, otlpMaxBodyBytes, ingestQueueSpans, on, rules);
    }
}
