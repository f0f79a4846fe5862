package io.fmscope.query.input;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.value.TimeText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Line formats (CLOUDWATCH_EVENTS, JSON_MESSAGES, TEXT): each line is checked (size, UTF-8, blank), parsed per
 * format, range-filtered, then becomes an event. Bad lines are counted, never thrown.
 */
final class LineEvents implements EventSource {
    private final InputStream in;
    private final LineReader lines;
    private final InputFormat format;
    private final ReadOptions options;
    private final Defaults defaults;
    private final MessageTime messageTime;
    private final ReadStats stats = new ReadStats();
    private long lineNumber;

    LineEvents(InputStream in, InputFormat format, ReadOptions options, Defaults defaults) {
        this.in = in;
        this.lines = new LineReader(in, options.maxLineBytes());
        this.format = format;
        this.options = options;
        this.defaults = defaults;
        this.messageTime = format == InputFormat.JSON_MESSAGES ? new MessageTime(options.timestampFields()) : null;
    }

    @Override
    public LogEvent next() throws IOException {
        while (lines.next()) {
            lineNumber++;
            stats.lines++;
            int len = lines.length();
            if (lines.oversized()) {
                stats.oversized++;
                if (options.oversize() == OversizePolicy.SKIP) {
                    continue;
                }
                len = Utf8.boundary(lines.bytes(), len);
            }
            if (!Utf8.isText(lines.bytes(), len)) {
                stats.binary++;
                continue;
            }
            String line = new String(lines.bytes(), 0, len, StandardCharsets.UTF_8);
            if (line.isBlank()) {
                stats.blank++;
                continue;
            }
            LogEvent e = toEvent(line);
            if (e != null) {
                stats.events++;
                return e;
            }
        }
        return null;
    }

    private LogEvent toEvent(String line) {
        return switch (format) {
            case CLOUDWATCH_EVENTS -> envelope(line);
            case JSON_MESSAGES -> jsonMessage(line);
            default -> inRange(defaults.fallbackMillis())
                    ? LogEvent.of(defaults.fallbackMillis(), line, defaults.logStream(), defaults.logGroup(), id())
                    : null;
        };
    }

    private LogEvent envelope(String line) {
        Envelope e = Envelope.parseLine(line);
        if (e == null) {
            stats.broken++;
            return null;
        }
        if (!inRange(e.timestamp())) {
            return null;
        }
        return new LogEvent(e.timestamp(), e.ingestionTime(), e.message(),
                e.logStream() != null ? e.logStream() : defaults.logStream(),
                e.logGroup() != null ? e.logGroup() : defaults.logGroup(),
                e.eventId() != null ? e.eventId() : id());
    }

    private LogEvent jsonMessage(String line) {
        long t = messageTime.scan(line);
        if (t == MessageTime.BROKEN) {
            stats.broken++;
            return null;
        }
        if (t == TimeText.NO_TIME) {
            stats.noTimestamp++;
            t = defaults.fallbackMillis();
        }
        return inRange(t) ? LogEvent.of(t, line, defaults.logStream(), defaults.logGroup(), id()) : null;
    }

    private boolean inRange(long t) {
        if (options.inRange(t)) {
            return true;
        }
        stats.outOfRange++;
        return false;
    }

    private String id() {
        return defaults.name() + ":" + lineNumber;
    }

    @Override
    public ReadStats stats() {
        return stats;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
