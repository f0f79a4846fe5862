package io.fmscope.query.input;

/**
 * Per-input values for events that do not carry their own.
 *
 * @param name           the input's name, used in event ids ({@code name:line})
 * @param logGroup       @log default
 * @param logStream      @logStream default
 * @param fallbackMillis @timestamp of text lines and of JSON messages without a time field
 */
record Defaults(String name, String logGroup, String logStream, long fallbackMillis) {
}
