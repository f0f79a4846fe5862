package io.fmscope.incidents.detect;

import io.fmscope.incidents.facts.EventFacts;
import io.fmscope.incidents.facts.Tally;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Time buckets of one step each, and the windows over them: short and long end at the evaluation time
 * {@code now}; the baseline holds the most recent data-bearing buckets older than the long window that no
 * incident covered, and the recent baseline the newest of those. An exclusion starts a long window before an
 * incident opens and ends when it closes (or after the maximum exclusion), so an incident does not become its
 * own baseline. Late events still count in whichever windows cover their bucket.
 */
final class Timeline {
    private final long step;
    private final long shortSpan;
    private final long longSpan;
    private final long maxExclusion;
    private final int maxBaselineBuckets;
    private final int recentBuckets;
    private final TreeMap<Long, Tally> buckets = new TreeMap<>();
    private final ArrayDeque<Long> baselineOrder = new ArrayDeque<>();
    private final ArrayDeque<Long> recentOrder = new ArrayDeque<>();
    private final Set<Long> inBaseline = new HashSet<>();
    private final Set<Long> inRecent = new HashSet<>();
    private final List<long[]> exclusions = new ArrayList<>();
    private final Tally shortWindow = new Tally();
    private final Tally longWindow = new Tally();
    private final Tally baseline = new Tally();
    private final Tally recent = new Tally();
    private long now = Long.MIN_VALUE;
    private long dropped;

    Timeline(DetectorConfig config) {
        this.step = config.stepMillis();
        this.shortSpan = config.shortWindow().toMillis();
        this.longSpan = config.longWindow().toMillis();
        this.maxExclusion = config.maxExclusion().toMillis();
        this.maxBaselineBuckets = (int) (config.baselineWindow().toMillis() / step);
        this.recentBuckets = (int) (config.recentWindow().toMillis() / step);
    }

    long bucketOf(long timestamp) {
        return Math.floorDiv(timestamp, step) * step;
    }

    /** Adds an event's facts to its bucket and to every window already covering that bucket. */
    void add(EventFacts f) {
        long b = bucketOf(f.timestamp());
        if (now == Long.MIN_VALUE) now = b;
        if (b < now - longSpan && !inBaseline.contains(b)) {
            dropped++; // older than the long window and not part of the baseline: nothing would read it
            return;
        }
        buckets.computeIfAbsent(b, k -> new Tally()).add(f);
        if (b >= now) return;
        if (b >= now - shortSpan) shortWindow.add(f);
        if (b >= now - longSpan) {
            longWindow.add(f);
            return;
        }
        baseline.add(f);
        if (inRecent.contains(b)) recent.add(f);
    }

    /** The evaluation time: windows end here (exclusive). */
    long now() {
        return now;
    }

    boolean started() {
        return now != Long.MIN_VALUE;
    }

    /** Moves every window one step forward. */
    void slide() {
        Tally entering = buckets.get(now);
        if (entering != null) {
            shortWindow.add(entering);
            longWindow.add(entering);
        }
        Tally leavingShort = buckets.get(now - shortSpan);
        if (leavingShort != null) shortWindow.subtract(leavingShort);
        long leavingStart = now - longSpan;
        Tally leavingLong = buckets.get(leavingStart);
        if (leavingLong != null) {
            longWindow.subtract(leavingLong);
            if (excluded(leavingStart) || leavingLong.total() == 0) buckets.remove(leavingStart);
            else admit(leavingStart, leavingLong);
        }
        now += step;
        if (!exclusions.isEmpty()) exclusions.removeIf(e -> e[1] <= now - longSpan); // no longer admits anything
    }

    private void admit(long start, Tally bucket) {
        baseline.add(bucket);
        baselineOrder.addLast(start);
        inBaseline.add(start);
        recent.add(bucket);
        recentOrder.addLast(start);
        inRecent.add(start);
        if (recentOrder.size() > recentBuckets) {
            long old = recentOrder.removeFirst();
            inRecent.remove(old);
            Tally t = buckets.get(old);
            if (t != null) recent.subtract(t);
        }
        while (baselineOrder.size() > maxBaselineBuckets) {
            long oldest = baselineOrder.removeFirst();
            inBaseline.remove(oldest);
            Tally gone = buckets.remove(oldest);
            if (gone != null) baseline.subtract(gone);
        }
    }

    private boolean excluded(long bucketStart) {
        for (long[] e : exclusions) if (bucketStart + step > e[0] && bucketStart < e[1]) return true;
        return false;
    }

    /** Keeps buckets from {@code from} on out of the baselines (for at most the maximum exclusion). */
    long[] exclude(long from) {
        long[] e = {from, from + maxExclusion};
        exclusions.add(e);
        return e;
    }

    /** Ends an exclusion early, when its incident closes. */
    void endExclusion(long[] exclusion, long to) {
        exclusion[1] = Math.min(exclusion[1], to);
    }

    Tally shortWindow() {
        return shortWindow;
    }

    Tally longWindow() {
        return longWindow;
    }

    Tally baseline() {
        return baseline;
    }

    /** The newest buckets of the baseline (the recent window's worth). */
    Tally recent() {
        return recent;
    }

    long dropped() {
        return dropped;
    }

    /** Buckets in the baseline. */
    long baselineBuckets() {
        return baselineOrder.size();
    }
}
