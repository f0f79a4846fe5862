package io.fmscope.storage;

/** Removes events that their group's retention policy has expired. */
public interface Retention {

    /**
     * Deletes every event older than {@code now - retentionInDays} in each group that has a retention
     * policy, and updates the stream statistics.
     *
     * @param nowMillis the current time, epoch milliseconds
     * @return the number of events deleted
     */
    long enforce(long nowMillis);

    /** Milliseconds in one retention day. */
    long DAY_MILLIS = 86_400_000L;
}
