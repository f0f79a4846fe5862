package io.fmscope.patterns.discovery;

import java.util.Arrays;

/**
 * Occurrence counts of one pattern in fixed-width time buckets, in bounded memory: at most
 * {@code maxBuckets} buckets. When the events span more, the width doubles (adjacent buckets merge), so
 * a file covering a week and a stream covering a minute both fit; once {@code maxBuckets} buckets cover
 * the retention, the oldest buckets are dropped instead. Bucket {@code i} covers
 * {@code [(lo + i) * width, (lo + i + 1) * width)} in epoch milliseconds. Not thread-safe.
 */
final class TimeBuckets {
    private final int maxBuckets;
    private final long retentionMillis;
    private long width;
    private long lo;
    private long[] counts = new long[0];
    private int used;

    TimeBuckets(long baseWidthMillis, int maxBuckets, long retentionMillis) {
        this.width = baseWidthMillis;
        this.maxBuckets = maxBuckets;
        this.retentionMillis = retentionMillis;
    }

    void add(long atMillis, long n) {
        long idx = Math.floorDiv(atMillis, width);
        if (used == 0) lo = idx;
        while (idx < lo && lo + used - idx > maxBuckets || idx >= lo + maxBuckets) {
            if (width * maxBuckets < retentionMillis) {
                coarsen();
                idx = Math.floorDiv(atMillis, width);
            } else if (idx < lo) {
                return; // older than the retention behind the newest event: only the totals count it
            } else {
                slide(idx - (lo + maxBuckets - 1));
            }
        }
        if (idx < lo) shiftRight((int) (lo - idx));
        int pos = (int) (idx - lo);
        ensure(pos + 1);
        counts[pos] += n;
        used = Math.max(used, pos + 1);
    }

    private void coarsen() {
        long newLo = Math.floorDiv(lo, 2);
        long[] merged = new long[counts.length];
        int newUsed = 0;
        for (int j = 0; j < used; j++) {
            int p = (int) (Math.floorDiv(lo + j, 2) - newLo);
            merged[p] += counts[j];
            newUsed = p + 1;
        }
        counts = merged;
        used = newUsed;
        lo = newLo;
        width *= 2;
    }

    private void slide(long by) {
        int d = (int) Math.min(by, used);
        System.arraycopy(counts, d, counts, 0, used - d);
        Arrays.fill(counts, used - d, used, 0);
        used -= d;
        lo += by;
    }

    private void shiftRight(int by) {
        ensure(used + by);
        System.arraycopy(counts, 0, counts, by, used);
        Arrays.fill(counts, 0, by, 0);
        used += by;
        lo -= by;
    }

    private void ensure(int n) {
        if (counts.length < n) counts = Arrays.copyOf(counts, Math.min(maxBuckets, Math.max(n, counts.length * 2 + 4)));
    }

    /**
     * Counts over {@code buckets} equal parts of {@code [end - window, end]}, fewer when the stored width is
     * coarser than a part; null when that leaves fewer than {@code minBuckets}.
     */
    long[] series(long endMillis, long windowMillis, int buckets, int minBuckets) {
        return series(stored(), endMillis, windowMillis, buckets, minBuckets);
    }

    static long[] series(Stored s, long endMillis, long windowMillis, int buckets, int minBuckets) {
        if (windowMillis <= 0) return null;
        int b = (int) Math.min(buckets, windowMillis / s.width());
        if (b < minBuckets) return null;
        long start = endMillis - windowMillis;
        long[] out = new long[b];
        for (int j = 0; j < s.counts().length; j++) {
            long t0 = (s.lo() + j) * s.width();
            if (s.counts()[j] == 0 || t0 + s.width() <= start || t0 > endMillis) continue;
            long at = Math.max(t0, start);
            out[(int) Math.min(b - 1, (at - start) * b / windowMillis)] += s.counts()[j];
        }
        return out;
    }

    long width() {
        return width;
    }

    Stored stored() {
        return new Stored(width, lo, Arrays.copyOf(counts, used));
    }

    static TimeBuckets restore(Stored s, int maxBuckets, long retentionMillis) {
        TimeBuckets t = new TimeBuckets(s.width(), maxBuckets, retentionMillis);
        for (int j = 0; j < s.counts().length; j++) {
            if (s.counts()[j] > 0) t.add((s.lo() + j) * s.width(), s.counts()[j]);
        }
        return t;
    }

    /** The persisted form: width in milliseconds, index of the first bucket, counts. */
    record Stored(long width, long lo, long[] counts) {
    }
}
