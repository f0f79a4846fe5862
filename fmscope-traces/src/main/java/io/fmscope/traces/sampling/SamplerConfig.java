package io.fmscope.traces.sampling;

import java.time.Duration;

/**
 * Buffering limits of the {@link TailSampler}.
 *
 * @param decisionWait    longest a trace waits for completion, from its first span (Collector default 30 s)
 * @param completeGrace   a complete trace (root ended, no open or orphaned spans) is decided once no span
 *                        arrived for this long, so spans still in flight join it
 * @param maxTraces       traces buffered at once, all shards together; at the cap the oldest is decided early
 * @param maxSpans        spans buffered at once; at the cap the oldest trace is decided early
 * @param decisionMemory  how long a decision is remembered for late spans
 * @param maxRemembered   decisions remembered at once (oldest forgotten first)
 * @param shards          independent buffers (by trace-id hash), each with its own lock
 */
public record SamplerConfig(Duration decisionWait, Duration completeGrace, int maxTraces, int maxSpans,
                            Duration decisionMemory, int maxRemembered, int shards) {

    public SamplerConfig {
        if (decisionWait.isNegative() || completeGrace.isNegative() || decisionMemory.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative");
        }
        if (maxTraces < 1 || maxSpans < 1 || maxRemembered < 0 || shards < 1) {
            throw new IllegalArgumentException("maxTraces, maxSpans and shards must be positive");
        }
    }

    public static SamplerConfig defaults() {
        return new SamplerConfig(Duration.ofSeconds(30), Duration.ofSeconds(1), 50_000, 2_000_000,
                Duration.ofMinutes(5), 1_000_000, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public SamplerConfig withDecisionWait(Duration d) {
        return new SamplerConfig(d, completeGrace, maxTraces, maxSpans, decisionMemory, maxRemembered, shards);
    }

    public SamplerConfig withCompleteGrace(Duration d) {
        return new SamplerConfig(decisionWait, d, maxTraces, maxSpans, decisionMemory, maxRemembered, shards);
    }

    public SamplerConfig withMaxTraces(int n) {
        return new SamplerConfig(decisionWait, completeGrace, n, maxSpans, decisionMemory, maxRemembered, shards);
    }

    public SamplerConfig withMaxSpans(int n) {
        return new SamplerConfig(decisionWait, completeGrace, maxTraces, n, decisionMemory, maxRemembered, shards);
    }

    public SamplerConfig withDecisionMemory(Duration d, int max) {
        return new SamplerConfig(decisionWait, completeGrace, maxTraces, maxSpans, d, max, shards);
    }

    public SamplerConfig withShards(int n) {
        return new SamplerConfig(decisionWait, completeGrace, maxTraces, maxSpans, decisionMemory, maxRemembered, n);
    }
}
