package io.fmscope.incidents.detect;

import io.fmscope.incidents.facts.EventFacts;
import io.fmscope.incidents.facts.Tally;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * One baseline: the newest {@code maxBuckets} data-bearing buckets it admitted, as a running sum, and the newest
 * {@code recentBuckets} of them as a second sum. Buckets are admitted oldest first, as they leave the long window.
 */
final class Baseline {
    private final int maxBuckets;
    private final int recentBuckets;
    private final ArrayDeque<Long> order = new ArrayDeque<>();
    private final ArrayDeque<Long> recentOrder = new ArrayDeque<>();
    private final Set<Long> members = new HashSet<>();
    private final Set<Long> recentMembers = new HashSet<>();
    private final Tally all = new Tally();
    private final Tally recent = new Tally();

    Baseline(int maxBuckets, int recentBuckets) {
        this.maxBuckets = maxBuckets;
        this.recentBuckets = recentBuckets;
    }

    /** Admits a bucket; returns the bucket starts it no longer holds. */
    List<Long> admit(long start, Tally bucket, LongFunction<Tally> lookup) {
        all.add(bucket);
        order.addLast(start);
        members.add(start);
        recent.add(bucket);
        recentOrder.addLast(start);
        recentMembers.add(start);
        if (recentOrder.size() > recentBuckets) {
            long old = recentOrder.removeFirst();
            recentMembers.remove(old);
            recent.subtract(lookup.apply(old));
        }
        List<Long> evicted = new ArrayList<>(1);
        while (order.size() > maxBuckets) {
            long oldest = order.removeFirst();
            members.remove(oldest);
            all.subtract(lookup.apply(oldest));
            evicted.add(oldest);
        }
        return evicted;
    }

    /** Counts a late event whose bucket this baseline already holds. */
    void late(long bucket, EventFacts f) {
        if (!members.contains(bucket)) return;
        all.add(f);
        if (recentMembers.contains(bucket)) recent.add(f);
    }

    boolean holds(long bucket) {
        return members.contains(bucket);
    }

    Tally all() {
        return all;
    }

    Tally recent() {
        return recent;
    }

    int buckets() {
        return order.size();
    }
}
