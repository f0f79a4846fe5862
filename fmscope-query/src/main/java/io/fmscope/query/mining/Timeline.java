package io.fmscope.query.mining;

import java.util.List;

/**
 * The span anomaly looks at: from the first to the last mined line (so a time range wider than the data does not
 * make every pattern look like a burst). It is cut into {@link #BINS} bins of equal length (fewer when it is
 * shorter than that many milliseconds); its <b>recent part</b> is the last quarter, the <b>baseline</b> the three
 * quarters before.
 */
public final class Timeline {
    public static final int BINS = 12;

    private final long start;
    private final long length;
    private final int bins;
    private final long recentStart;
    private final int lines;
    private final int recentLines;

    /** {@code lines} in {@link Line#ORDER}. */
    public Timeline(List<Line> lines) {
        this.start = lines.isEmpty() ? 0 : lines.get(0).time();
        long end = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).time();
        this.length = end - start + 1;
        this.bins = (int) Math.min(BINS, length);
        this.recentStart = start + floorFraction(length, 3, 4);
        int recent = 0;
        for (Line l : lines) if (l.time() >= recentStart) recent++;
        this.lines = lines.size();
        this.recentLines = recent;
    }

    /** floor(value · num / den) for value, num ≥ 0; exact unless the product overflows a long. */
    private static long floorFraction(long value, long num, long den) {
        if (num == 0 || value <= Long.MAX_VALUE / num) return value * num / den;
        return (long) Math.floor((double) value * num / den);
    }

    public int bins() {
        return bins;
    }

    /** The first millisecond of bin {@code i} ({@code i == bins()} gives the end of the span + 1). */
    public long binStart(int i) {
        return start + floorFraction(length, i, bins);
    }

    /** The bin of time {@code t} within the span. */
    public int bin(long t) {
        int i = (int) Math.min(bins - 1, floorFraction(t - start, bins, length));
        while (i > 0 && binStart(i) > t) i--;
        while (i < bins - 1 && binStart(i + 1) <= t) i++;
        return i;
    }

    /** The share of the span's length that bin {@code i} covers. */
    public double binShare(int i) {
        return (binStart(i + 1) - binStart(i)) / (double) length;
    }

    public boolean recent(long t) {
        return t >= recentStart;
    }

    public long recentStart() {
        return recentStart;
    }

    /** All mined lines, and those in the recent part. */
    public int lines() {
        return lines;
    }

    public int recentLines() {
        return recentLines;
    }
}
