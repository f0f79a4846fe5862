package io.fmscope.server;

import java.util.List;

/** Lets tests in sub-packages use {@link SeedShapedEvents}. */
public final class SeedShapedEventsAccess {
    private SeedShapedEventsAccess() {
    }

    /** Timestamp and message of one event. */
    public record Event(long timestamp, String message) {
    }

    public static List<Event> generate(int n, long start, long step, long seed) {
        return SeedShapedEvents.generate(n, start, step, seed).stream()
                .map(e -> new Event(e.timestamp(), e.message())).toList();
    }
}
