package io.fmscope.benchmarks.traces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A short run of the benchmark: requests are acknowledged and every acknowledged span is stored. */
class OtlpIngestBenchmarkTest {

    @Test void shortRunStoresEverythingItAcknowledges() throws Exception {
        IngestRun.Result r = OtlpIngestBenchmark.run("memory", 2, 64, 0, 1000);
        assertThat(r.failed()).as(r.toString()).isZero();
        assertThat(r.throttled()).as(r.toString()).isZero();
        assertThat(r.acknowledgedSpans()).isPositive().isEqualTo(r.acknowledgedSpans() / 66 * 66);
    }

    @Test void shortSampledRunOnDuckDbAcknowledgesWithoutFailures() throws Exception {
        IngestRun.Result r = OtlpIngestBenchmark.run("duckdb", true, 2, 64, 0, 1000);
        assertThat(r.failed()).as(r.toString()).isZero();
        assertThat(r.acknowledgedSpans()).isPositive(); // run() checks the sampler was offered every one of them
    }

    @Test void batchesHoldWholeSixSpanTraces() {
        assertThat(SpanBatches.spansPerRequest(512)).isEqualTo(516);
        SpanBatches.Batch b = SpanBatches.protobuf(1, 512, 1).getFirst();
        assertThat(b.offsets()).hasSize(516); // one trace id per span
        assertThat(b.fresh(1)).isNotEqualTo(b.fresh(2)).hasSameSizeAs(b.body());
    }
}
