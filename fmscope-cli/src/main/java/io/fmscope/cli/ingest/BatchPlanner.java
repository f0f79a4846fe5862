package io.fmscope.cli.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups events into batches PutLogEvents accepts: one stream per batch, chronological order, at most
 * 10,000 events, at most 1,048,576 bytes counting 26 bytes per event, spanning at most 24 hours. Events are
 * buffered per stream up to one batch's worth, sorted, then cut where a limit would be crossed.
 */
public final class BatchPlanner {
    public static final int MAX_EVENTS = 10_000;
    public static final int MAX_BYTES = 1_048_576;
    public static final int OVERHEAD = 26;
    public static final long MAX_SPAN = 24 * 3_600_000L;

    /** One event to send. */
    public record Event(long timestamp, String message) {
        int size() {
            return message.getBytes(StandardCharsets.UTF_8).length + OVERHEAD;
        }
    }

    /** A batch ready for one PutLogEvents call. */
    public record Batch(String stream, List<Event> events) {
    }

    private final Map<String, List<Event>> pending = new LinkedHashMap<>();
    private final Map<String, Long> pendingBytes = new LinkedHashMap<>();

    /** Adds an event; returns the batches that became full (possibly none). */
    public List<Batch> add(String stream, Event e) {
        if (e.size() > MAX_BYTES) {
            throw new IllegalArgumentException("event of " + e.size() + " bytes exceeds PutLogEvents' limit");
        }
        List<Event> buf = pending.computeIfAbsent(stream, s -> new ArrayList<>());
        long bytes = pendingBytes.merge(stream, (long) e.size(), Long::sum);
        buf.add(e);
        if (buf.size() < MAX_EVENTS && bytes <= MAX_BYTES) {
            return List.of();
        }
        pending.remove(stream);
        pendingBytes.remove(stream);
        return cut(stream, buf);
    }

    /** Every buffered event, in batches. */
    public List<Batch> flush() {
        List<Batch> out = new ArrayList<>();
        for (var e : pending.entrySet()) {
            out.addAll(cut(e.getKey(), e.getValue()));
        }
        pending.clear();
        pendingBytes.clear();
        return out;
    }

    /** Sorts and splits one stream's events at the count, byte and span limits. */
    static List<Batch> cut(String stream, List<Event> events) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingLong(Event::timestamp));
        List<Batch> out = new ArrayList<>();
        List<Event> cur = new ArrayList<>();
        long bytes = 0;
        for (Event e : sorted) {
            boolean full = cur.size() == MAX_EVENTS || bytes + e.size() > MAX_BYTES
                    || (!cur.isEmpty() && e.timestamp() - cur.get(0).timestamp() > MAX_SPAN);
            if (full) {
                out.add(new Batch(stream, List.copyOf(cur)));
                cur.clear();
                bytes = 0;
            }
            cur.add(e);
            bytes += e.size();
        }
        if (!cur.isEmpty()) {
            out.add(new Batch(stream, List.copyOf(cur)));
        }
        return out;
    }
}
