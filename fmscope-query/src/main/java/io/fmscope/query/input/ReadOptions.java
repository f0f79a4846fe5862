package io.fmscope.query.input;

import java.util.List;
import java.util.Objects;

/**
 * How files are read.
 *
 * @param format          the format, or AUTO to detect per file
 * @param maxLineBytes    longest line (event message for CLOUDWATCH_RESPONSE) accepted, in bytes
 * @param oversize        what happens to longer ones
 * @param startMillis     earliest @timestamp kept, inclusive (Long.MIN_VALUE: no bound)
 * @param endMillis       latest @timestamp kept, inclusive (Long.MAX_VALUE: no bound)
 * @param logGroup        @log for events that do not name one; null = the file name
 * @param logStream       @logStream for events that do not name one; null = the file name
 * @param timestampFields for JSON_MESSAGES, the fields tried in order for the event time
 * @param fallbackMillis  @timestamp of text lines and of JSON messages without a usable time field;
 *                        null = the file's last-modified time
 */
public record ReadOptions(InputFormat format, int maxLineBytes, OversizePolicy oversize, long startMillis,
                          long endMillis, String logGroup, String logStream, List<String> timestampFields,
                          Long fallbackMillis) {
    /** CloudWatch's maximum event size. */
    public static final int ONE_MB = 1 << 20;
    /**
     * The documented order of time fields in JSON messages: the CloudWatch-style names first, then the seed's
     * FM-call records ({@code metadata.timestamp_epoch_ms} before the ISO copy: exact and cheaper), then common
     * logger names.
     */
    public static final List<String> DEFAULT_TIMESTAMP_FIELDS = List.of(
            "@timestamp", "timestamp", "metadata.timestamp_epoch_ms", "metadata.timestamp_iso",
            "timestamp_epoch_ms", "timestamp_iso", "time", "ts", "date");
    public static final ReadOptions DEFAULT = new ReadOptions(InputFormat.AUTO, ONE_MB, OversizePolicy.SKIP,
            Long.MIN_VALUE, Long.MAX_VALUE, null, null, DEFAULT_TIMESTAMP_FIELDS, null);

    public ReadOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(oversize, "oversize");
        timestampFields = List.copyOf(timestampFields);
        if (maxLineBytes < 16) {
            throw new IllegalArgumentException("maxLineBytes must be at least 16");
        }
    }

    public ReadOptions withFormat(InputFormat f) {
        return new ReadOptions(f, maxLineBytes, oversize, startMillis, endMillis, logGroup, logStream,
                timestampFields, fallbackMillis);
    }

    public ReadOptions withMaxLine(int bytes, OversizePolicy policy) {
        return new ReadOptions(format, bytes, policy, startMillis, endMillis, logGroup, logStream,
                timestampFields, fallbackMillis);
    }

    public ReadOptions withTimeRange(long start, long end) {
        return new ReadOptions(format, maxLineBytes, oversize, start, end, logGroup, logStream,
                timestampFields, fallbackMillis);
    }

    public ReadOptions withNames(String group, String stream) {
        return new ReadOptions(format, maxLineBytes, oversize, startMillis, endMillis, group, stream,
                timestampFields, fallbackMillis);
    }

    public ReadOptions withTimestampFields(List<String> fields) {
        return new ReadOptions(format, maxLineBytes, oversize, startMillis, endMillis, logGroup, logStream,
                fields, fallbackMillis);
    }

    public ReadOptions withFallbackMillis(Long millis) {
        return new ReadOptions(format, maxLineBytes, oversize, startMillis, endMillis, logGroup, logStream,
                timestampFields, millis);
    }

    boolean inRange(long t) {
        return t >= startMillis && t <= endMillis;
    }
}
