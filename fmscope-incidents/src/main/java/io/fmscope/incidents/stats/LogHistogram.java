package io.fmscope.incidents.stats;

import java.util.Arrays;

/**
 * A mergeable histogram of non-negative values in logarithmic buckets of 2% width (bucket {@code i} holds
 * {@code [γ^i, γ^(i+1))}, γ = 1.02), with a separate count of zeros. Quantiles are accurate to ±1% of the value
 * whatever the scale (milliseconds, tokens, dollars), windows are sums and differences of histograms, and
 * memory follows the range of the data, not a fixed bucket count. Not thread-safe.
 */
public final class LogHistogram {
    public static final double GAMMA = 1.02;
    private static final double LOG_GAMMA = Math.log(GAMMA);
    /** Index of values ≤ 0; below every positive bucket (γ^-2000 is far below any measured value). */
    static final int ZERO_INDEX = -2000;
    private static final int MAX_INDEX = 2000;

    private long zeros;
    private long total;
    private int offset;
    private long[] counts = new long[0];

    public static int indexOf(double value) {
        if (!(value > 0)) return ZERO_INDEX;
        int i = (int) Math.floor(Math.log(value) / LOG_GAMMA);
        return Math.max(ZERO_INDEX + 1, Math.min(MAX_INDEX, i));
    }

    /** The lower bound of bucket {@code index} (0 for the zero bucket). */
    public static double lowerBound(int index) {
        return index <= ZERO_INDEX ? 0 : Math.pow(GAMMA, index);
    }

    /** A representative value of bucket {@code index}: its geometric middle. */
    public static double middle(int index) {
        return index <= ZERO_INDEX ? 0 : Math.pow(GAMMA, index + 0.5);
    }

    public void add(double value) {
        add(indexOf(value), 1);
    }

    void add(int index, long n) {
        total += n;
        if (index <= ZERO_INDEX) {
            zeros += n;
            return;
        }
        ensure(index);
        counts[index - offset] += n;
    }

    public void addAll(LogHistogram other) {
        merge(other, 1);
    }

    /** Removes the samples of {@code other}, which must have been added before. */
    public void subtract(LogHistogram other) {
        merge(other, -1);
    }

    private void merge(LogHistogram other, int sign) {
        zeros += sign * other.zeros;
        total += sign * other.total;
        for (int i = 0; i < other.counts.length; i++) {
            long c = other.counts[i];
            if (c == 0) continue;
            int index = i + other.offset;
            ensure(index);
            counts[index - offset] += sign * c;
        }
    }

    private void ensure(int index) {
        if (counts.length == 0) {
            offset = index;
            counts = new long[8];
            return;
        }
        if (index < offset) {
            int grow = Math.max(offset - index, 8);
            long[] bigger = new long[counts.length + grow];
            System.arraycopy(counts, 0, bigger, grow, counts.length);
            counts = bigger;
            offset -= grow;
        } else if (index - offset >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(index - offset + 1, counts.length + 8));
        }
    }

    public long count() {
        return total;
    }

    /** The bucket index holding the {@code q}-quantile (0 ≤ q ≤ 1); {@link #ZERO_INDEX} when empty or zero. */
    public int quantileIndex(double q) {
        if (total == 0) return ZERO_INDEX;
        long rank = Math.max(1, (long) Math.ceil(q * total));
        long seen = zeros;
        if (seen >= rank) return ZERO_INDEX;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) return i + offset;
        }
        return counts.length + offset - 1;
    }

    /** The {@code q}-quantile, accurate to ±1%; NaN when empty. */
    public double quantile(double q) {
        return total == 0 ? Double.NaN : middle(quantileIndex(q));
    }

    /** Samples in buckets with index ≥ {@code index}. */
    public long countFrom(int index) {
        if (index <= ZERO_INDEX) return total;
        long n = 0;
        for (int i = Math.max(0, index - offset); i < counts.length; i++) n += counts[i];
        return n;
    }

    /** Samples in buckets with index < {@code index} (zeros included). */
    public long countBelow(int index) {
        return total - countFrom(index);
    }

    public double mean() {
        if (total == 0) return Double.NaN;
        double sum = 0;
        for (int i = 0; i < counts.length; i++) if (counts[i] != 0) sum += counts[i] * middle(i + offset);
        return sum / total;
    }

    /** Median absolute deviation from the median (unscaled); NaN when empty. */
    public double medianAbsoluteDeviation() {
        if (total == 0) return Double.NaN;
        double median = quantile(0.5);
        int n = 0;
        double[] dev = new double[counts.length + 1];
        long[] weight = new long[counts.length + 1];
        if (zeros > 0) {
            dev[n] = median;
            weight[n++] = zeros;
        }
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) continue;
            dev[n] = Math.abs(middle(i + offset) - median);
            weight[n++] = counts[i];
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(dev[a], dev[b]));
        long half = (total + 1) / 2;
        long seen = 0;
        for (Integer i : order) {
            seen += weight[i];
            if (seen >= half) return dev[i];
        }
        return dev[order[n - 1]];
    }

    public LogHistogram copy() {
        LogHistogram h = new LogHistogram();
        h.zeros = zeros;
        h.total = total;
        h.offset = offset;
        h.counts = counts.clone();
        return h;
    }
}
