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
        return String.format("%013d%015d", ingestionTime, requests.incrementAndGet() % 1_000_000_000_000_000L);
    }

    public static String id(String requestPrefix, int index) {
        return requestPrefix + String.format("%05d", index);
    }
}
