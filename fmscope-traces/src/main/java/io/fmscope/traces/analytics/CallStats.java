package io.fmscope.traces.analytics;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * X-Ray's {@code SummaryStatistics} for a node or edge: calls, OK, errors (throttles separately, as
 * {@code ThrottleCount} and {@code OtherCount}), faults, total response time, percentiles, and a response-time
 * histogram in doubling bins from 1 ms.
 */
public record CallStats(long count, long ok, long throttles, long otherErrors, long faults, double totalResponseSeconds,
                        double p50Ms, double p90Ms, double p99Ms, List<HistogramBin> histogram) {
    public CallStats {
        histogram = List.copyOf(histogram);
    }

    public long errors() {
        return throttles + otherErrors;
    }

    /** Mutable accumulator. */
    static final class Acc {
        long count, ok, throttles, otherErrors, faults, totalMicros;
        final Histogram micros = new Histogram(3);

        void add(io.fmscope.model.trace.Span s) {
            long us = Math.max(0, s.durationNanos() / 1000);
            count++;
            totalMicros += us;
            micros.recordValue(us);
            var o = s.outcome();
            if (o.isOk()) ok++;
            if (o.throttle()) throttles++;
            else if (o.error()) otherErrors++;
            if (o.fault()) faults++;
        }

        CallStats freeze() {
            List<HistogramBin> bins = new ArrayList<>();
            if (count > 0) {
                for (HistogramIterationValue v : micros.logarithmicBucketValues(1000, 2.0)) {
                    if (v.getCountAddedInThisIterationStep() > 0) {
                        bins.add(new HistogramBin(v.getValueIteratedTo() / 1e6, v.getCountAddedInThisIterationStep()));
                    }
                }
            }
            return new CallStats(count, ok, throttles, otherErrors, faults, totalMicros / 1e6, pct(50), pct(90), pct(99), bins);
        }

        private double pct(double p) {
            return count == 0 ? 0 : micros.getValueAtPercentile(p) / 1000.0;
        }
    }
}
