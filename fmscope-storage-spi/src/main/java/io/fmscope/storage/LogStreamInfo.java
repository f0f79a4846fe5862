package io.fmscope.storage;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A log stream as the catalog knows it: an immutable snapshot.
 *
 * @param logGroup            the owning group
 * @param name                the stream name
 * @param creationTime        epoch milliseconds
 * @param firstEventTime      smallest event timestamp stored, empty before the first event
 * @param lastEventTime       largest event timestamp stored, empty before the first event
 * @param lastIngestionTime   ingestion time of the newest batch, empty before the first event
 * @param storedBytes         UTF-8 bytes of the messages stored in the stream
 * @param uploadSequenceToken grows with every accepted batch (CloudWatch ignores it now; kept for clients)
 */
public record LogStreamInfo(String logGroup, String name, long creationTime, OptionalLong firstEventTime,
                            OptionalLong lastEventTime, OptionalLong lastIngestionTime, long storedBytes,
                            long uploadSequenceToken) {
    public LogStreamInfo {
        Objects.requireNonNull(logGroup, "logGroup");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(firstEventTime, "firstEventTime");
        Objects.requireNonNull(lastEventTime, "lastEventTime");
        Objects.requireNonNull(lastIngestionTime, "lastIngestionTime");
    }

    /** A stream with no events yet. */
    public static LogStreamInfo empty(String logGroup, String name, long creationTime) {
        return new LogStreamInfo(logGroup, name, creationTime, OptionalLong.empty(), OptionalLong.empty(),
                OptionalLong.empty(), 0, 0);
    }
}
