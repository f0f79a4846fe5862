package io.fmscope.errors.trend;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Per-category error counts since start and a bounded timeline for trends. Thread-safe; time comes from the
 * injected {@link Clock} so tests and simulations control it.
 */
public final class ErrorStats {
    public static final Duration DEFAULT_RETENTION = Duration.ofHours(24);
    public static final int DEFAULT_MAX_EVENTS = 100_000;

    private final Clock clock;
    private final Duration retention;
    private final int maxEvents;
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, CategoryTimeline> timelines = new ConcurrentHashMap<>();

    public ErrorStats(Clock clock) {
        this(clock, DEFAULT_RETENTION, DEFAULT_MAX_EVENTS);
    }

    public ErrorStats(Clock clock, Duration retention, int maxEvents) {
        if (retention.isNegative() || retention.isZero()) throw new IllegalArgumentException("retention must be positive");
        if (maxEvents < 1) throw new IllegalArgumentException("maxEvents must be positive");
        this.clock = clock;
        this.retention = retention;
        this.maxEvents = maxEvents;
    }

    public Clock clock() { return clock; }

    /** Records one occurrence at the clock's current instant. */
    public void record(String category, String sessionId, String modelId) {
        recordAt(category, clock.instant(), sessionId, modelId);
    }

    public void recordAt(String category, Instant at, String sessionId, String modelId) {
        counts.computeIfAbsent(category, c -> new LongAdder()).increment();
        timelines.computeIfAbsent(category, c -> new CategoryTimeline(retention, maxEvents))
                .add(new CategoryTimeline.Event(at, sessionId, modelId));
    }

    /** Occurrences per category since start (not limited by retention), sorted by category. */
    public Map<String, Long> counts() {
        var out = new TreeMap<String, Long>();
        counts.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /**
     * The trend of {@code category} over the {@code window} ending now, split into {@code buckets} equal buckets
     * and tested with Mann-Kendall at {@code alpha}. Empty when the category has no events in the window.
     */
    public Optional<ErrorTrend> trend(String category, Duration window, int buckets, double alpha) {
        if (buckets < 1) throw new IllegalArgumentException("buckets must be positive");
        if (window.isNegative() || window.isZero()) throw new IllegalArgumentException("window must be positive");
        CategoryTimeline timeline = timelines.get(category);
        if (timeline == null) return Optional.empty();
        Instant end = clock.instant();
        Instant start = end.minus(window);
        var events = timeline.between(start, end.plusNanos(1));
        if (events.isEmpty()) return Optional.empty();
        long[] counts = new long[buckets];
        long windowNanos = window.toNanos();
        var sessions = new java.util.HashSet<String>();
        var models = new TreeSet<String>();
        Instant first = events.getFirst().at();
        Instant last = first;
        for (var e : events) {
            if (e.at().isBefore(first)) first = e.at();
            if (e.at().isAfter(last)) last = e.at();
            long offset = Duration.between(start, e.at()).toNanos();
            int bucket = (int) Math.min(buckets - 1, offset * buckets / windowNanos);
            counts[bucket]++;
            if (e.sessionId() != null) sessions.add(e.sessionId());
            if (e.modelId() != null) models.add(e.modelId());
        }
        double minutes = window.toMillis() / 60_000.0;
        TrendResult test = MannKendall.test(counts, alpha);
        return Optional.of(new ErrorTrend(category, events.size(), window.toMinutes(), test.direction(),
                events.size() / minutes, first, last, sessions.size(),
                models.stream().toList(), java.util.Arrays.stream(counts).boxed().toList(), test));
    }
}
