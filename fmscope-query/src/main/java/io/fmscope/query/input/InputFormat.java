package io.fmscope.query.input;

/** What the lines of a file are. AUTO decides per file from its first lines ({@link FormatSniffer}). */
public enum InputFormat {
    AUTO,
    /** JSON lines, each a CloudWatch event: {@code {"timestamp": ms, "message": "...", "logStreamName": ...}}. */
    CLOUDWATCH_EVENTS,
    /** One JSON document as {@code aws logs filter-log-events}/{@code get-log-events} print it: {@code {"events":[...]}}. */
    CLOUDWATCH_RESPONSE,
    /** JSON lines that are the log messages themselves; the timestamp comes from a field ({@link ReadOptions}). */
    JSON_MESSAGES,
    /** Any text, one event per line. */
    TEXT
}
