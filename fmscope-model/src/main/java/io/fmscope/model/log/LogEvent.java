package io.fmscope.model.log;

import java.util.Objects;

/**
 * One log event as CloudWatch Logs stores it: the unit every query scans.
 *
 * @param timestamp     event time, epoch milliseconds (the query's {@code @timestamp})
 * @param ingestionTime when the event was received, epoch milliseconds ({@code @ingestionTime})
 * @param message       the raw event text ({@code @message}); never null, may be empty
 * @param logStream     stream name ({@code @logStream}); never null, may be empty
 * @param logGroup      log group name ({@code @log}); never null, may be empty
 * @param id            opaque, unique within a source; exposed as {@code @ptr}; never null
 */
public record LogEvent(long timestamp, long ingestionTime, String message, String logStream, String logGroup,
                       String id) {

    public LogEvent {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(logStream, "logStream");
        Objects.requireNonNull(logGroup, "logGroup");
        Objects.requireNonNull(id, "id");
    }

    /** An event whose ingestion time equals its timestamp, as for events read from files. */
    public static LogEvent of(long timestamp, String message, String logStream, String logGroup, String id) {
        return new LogEvent(timestamp, timestamp, message, logStream, logGroup, id);
    }
}
