package io.fmscope.incidents.detect;

import io.fmscope.incidents.facts.EventFacts;
import io.fmscope.incidents.facts.Tally;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Time buckets of one step each, and the windows over them: short and long end at the evaluation time
 * {@code now}; two baselines hold the most recent data-bearing buckets older than the long window. The
 * <em>clean</em> baseline leaves out what incidents covered (from a long window before an incident opened until it
 * closed, at most the maximum exclusion), so an incident's own signals are never compared with the incident; the
 * <em>full</em> baseline keeps everything, so every other signal keeps learning while an incident is open and a
 * slow drift during a long incident does not look like a step when it ends. Late events still count in whichever
 * windows cover their bucket.
 */
final class Timeline {
    private final long step;
    private final long shortSpan;
    private final long longSpan;
    private final long maxExclusion;
    private final TreeMap<Long, Tally> buckets = new TreeMap<>();
    private final Map<Long, Integer> holders = new HashMap<>();
    private final List<long[]> exclusions = new ArrayList<>();
    private final Tally shortWindow = new Tally();
    private final Tally longWindow = new Tally();
    private final Baseline clean;
    private final Baseline full;
    private long now = Long.MIN_VALUE;
    private long dropped;

    Timeline(DetectorConfig config) {
        this.step = config.stepMillis();
        this.shortSpan = config.shortWindow().toMillis();
        this.longSpan = config.longWindow().toMillis();
        this.maxExclusion = config.maxExclusion().toMillis();
        int max = (int) (config.baselineWindow().toMillis() / step), recent = (int) (config.recentWindow().toMillis() / step);
        this.clean = new Baseline(max, recent);
        this.full = new Baseline(max, recent);
    }

    long bucketOf(long timestamp) {
        return Math.floorDiv(timestamp, step) * step;
    }

    /** Adds an event's facts to its bucket and to every window already covering that bucket. */
    void add(EventFacts f) {
        long b = bucketOf(f.timestamp());
        if (now == Long.MIN_VALUE) now = b;
        if (b < now - longSpan && !holders.containsKey(b)) {
            dropped++; // older than the long window and in no baseline: nothing would read it
            return;
        }
        buckets.computeIfAbsent(b, k -> new Tally()).add(f);
        if (b >= now) return;
        if (b >= now - shortSpan) shortWindow.add(f);
        if (b >= now - longSpan) {
            longWindow.add(f);
            return;
        }
        clean.late(b, f);
        full.late(b, f);
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
        long leaving = now - longSpan;
        Tally leavingLong = buckets.get(leaving);
        if (leavingLong != null) {
            longWindow.subtract(leavingLong);
            if (leavingLong.total() == 0) buckets.remove(leaving);
            else {
                hold(leaving, full.admit(leaving, leavingLong, buckets::get));
                if (!excluded(leaving)) hold(leaving, clean.admit(leaving, leavingLong, buckets::get));
            }
        }
        now += step;
        if (!exclusions.isEmpty()) exclusions.removeIf(e -> e[1] <= now - longSpan); // no longer admits anything
    }

    /** Counts one more baseline holding {@code start}, one fewer for each evicted bucket (freed at zero). */
    private void hold(long start, List<Long> evicted) {
        holders.merge(start, 1, Integer::sum);
        for (long old : evicted) {
            if (holders.merge(old, -1, Integer::sum) == 0) {
                holders.remove(old);
                buckets.remove(old);
            }
        }
    }

    private boolean excluded(long bucketStart) {
        for (long[] e : exclusions) if (bucketStart + step > e[0] && bucketStart < e[1]) return true;
        return false;
    }

    /** Keeps buckets from {@code from} on out of the clean baseline (for at most the maximum exclusion). */
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

    /** The baseline without incidents (for signals of incidents) or with everything (for all others). */
    Baseline baseline(boolean withoutIncidents) {
        return withoutIncidents ? clean : full;
    }

    long dropped() {
        return dropped;
    }
}
