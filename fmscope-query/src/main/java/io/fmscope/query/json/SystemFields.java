package io.fmscope.query.json;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.value.Value;

import java.util.List;

/**
 * The fields every event has (reference section 4). {@code @timestamp} is a timestamp value; {@code @ingestionTime}
 * too; {@code @log} is the log group name as given (CloudWatch prefixes an account id, which a local source does
 * not have); {@code @ptr} is the event id.
 */
public final class SystemFields {
    public static final String TIMESTAMP = "@timestamp";
    public static final String MESSAGE = "@message";
    public static final String LOG_STREAM = "@logStream";
    public static final String LOG = "@log";
    public static final String INGESTION_TIME = "@ingestionTime";
    public static final String PTR = "@ptr";
    /** All system field names, in the order a full record shows them. */
    public static final List<String> NAMES = List.of(TIMESTAMP, MESSAGE, LOG_STREAM, LOG, INGESTION_TIME, PTR);

    private SystemFields() {
    }

    public static boolean isSystemField(String name) {
        return index(name) >= 0;
    }

    /** The system field {@code name} of {@code e}; {@link Value#NULL} if {@code name} is not a system field. */
    public static Value get(LogEvent e, String name) {
        return get(e, index(name));
    }

    /** Position of {@code name} in {@link #NAMES}, or -1; lets hot loops resolve names once. */
    public static int index(String name) {
        return switch (name) {
            case TIMESTAMP -> 0;
            case MESSAGE -> 1;
            case LOG_STREAM -> 2;
            case LOG -> 3;
            case INGESTION_TIME -> 4;
            case PTR -> 5;
            default -> -1;
        };
    }

    /** The system field at {@code index} in {@link #NAMES} ({@link Value#NULL} for -1). */
    public static Value get(LogEvent e, int index) {
        return get(index, e.timestamp(), e.ingestionTime(), e.message(), e.logStream(), e.logGroup(), e.id());
    }

    /** The system field at {@code index} of an event given by its parts (for sources that build no event). */
    public static Value get(int index, long timestamp, long ingestionTime, String message, String logStream,
                            String logGroup, String id) {
        return switch (index) {
            case 0 -> Value.timestamp(timestamp);
            case 1 -> Value.of(message);
            case 2 -> Value.of(logStream);
            case 3 -> Value.of(logGroup);
            case 4 -> Value.timestamp(ingestionTime);
            case 5 -> Value.of(id);
            default -> Value.NULL;
        };
    }
}
