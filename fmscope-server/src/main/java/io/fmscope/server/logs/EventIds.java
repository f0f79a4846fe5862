package io.fmscope.server.logs;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Event ids that sort in ingestion order: 13 digits of ingestion time, then a counter that starts at a
 * random point each boot (so two server runs in the same millisecond do not collide), then the event's
 * index in its batch. With the store's (timestamp, id) order this gives CloudWatch's FilterLogEvents order:
 * timestamp, then ingestion time, then request.
 */
public final class EventIds {
    private final AtomicLong requests = new AtomicLong(new java.util.Random().nextLong(1_000_000_000_000L));

    /** A prefix for one request; append {@link #id(String, int)} per event. */
    public String request(long ingestionTime) {
        StringBuilder b = new StringBuilder(33);
        pad(b, ingestionTime, 13);
        pad(b, requests.incrementAndGet() % 1_000_000_000_000_000L, 15);
        return b.toString();
    }

    public static String id(String requestPrefix, int index) {
        return pad(new StringBuilder(requestPrefix.length() + 5).append(requestPrefix), index, 5).toString();
    }

    /** {@code String.format("%0{width}d")} for a non-negative value, without the formatter's cost per event. */
    private static StringBuilder pad(StringBuilder b, long v, int width) {
        String digits = Long.toString(v);
        for (int i = digits.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(digits);
    }
}
