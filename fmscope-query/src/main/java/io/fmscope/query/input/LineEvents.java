package io.fmscope.query.input;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.json.EventCursor;
import io.fmscope.query.json.DiscoveryOptions;
import io.fmscope.query.json.EventFields;
import io.fmscope.query.json.MessageScanner;
import io.fmscope.query.value.TimeText;
import io.fmscope.query.value.Value;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Line formats (CLOUDWATCH_EVENTS, JSON_MESSAGES, TEXT): each line is checked (size, UTF-8, blank), parsed per
 * format, range-filtered, then becomes an event. Bad lines are counted, never thrown. {@link #cursor} reads JSON
 * messages without building events: one parse per line resolves the time and the query's fields.
 */
final class LineEvents implements EventSource {
    private final InputStream in;
    private final LineReader lines;
    private final InputFormat format;
    private final ReadOptions options;
    private final Defaults defaults;
    private final MessageScanner timeOnly;
    private final ReadStats stats = new ReadStats();
    private long lineNumber;
    private int lineLength;
    private int lineChars;

    LineEvents(InputStream in, InputFormat format, ReadOptions options, Defaults defaults) {
        this.in = in;
        this.lines = new LineReader(in, options.maxLineBytes());
        this.format = format;
        this.options = options;
        this.defaults = defaults;
        this.timeOnly = format == InputFormat.JSON_MESSAGES
                ? new MessageScanner(List.of(), options.timestampFields(), DiscoveryOptions.DEFAULT) : null;
    }

    /**
     * Moves to the next line that is text and not blank (counting the others); false at the end. Its bytes are
     * {@link #bytes()} from {@link #offset()}, {@link #length()} long, until the next call.
     */
    boolean nextLine() throws IOException {
        while (lines.next()) {
            lineNumber++;
            stats.lines++;
            int len = lines.length();
            if (lines.oversized()) {
                stats.oversized++;
                if (options.oversize() == OversizePolicy.SKIP) {
                    continue;
                }
                len = Utf8.boundary(lines.bytes(), lines.offset(), len);
            }
            int chars = lines.plainAscii() ? len : Utf8.utf16Length(lines.bytes(), lines.offset(), len);
            if (chars < 0) {
                stats.binary++;
                continue;
            }
            if (isBlank(lines.bytes(), lines.offset(), len)) {
                stats.blank++;
                continue;
            }
            lineLength = len;
            lineChars = chars;
            return true;
        }
        return false;
    }

    /** As String.isBlank on the decoded text, without decoding unless a non-ASCII byte comes first. */
    private static boolean isBlank(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            int c = b[i] & 0xff;
            if (c >= 0x80) {
                return new String(b, off, len, StandardCharsets.UTF_8).isBlank();
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public LogEvent next() throws IOException {
        while (nextLine()) {
            LogEvent e = format == InputFormat.JSON_MESSAGES ? jsonMessage()
                    : toEvent(new String(bytes(), offset(), lineLength, StandardCharsets.UTF_8));
            if (e != null) {
                stats.events++;
                return e;
            }
        }
        return null;
    }

    /** A cursor over the remaining events resolving {@code fields}; JSON messages are parsed once, as bytes. */
    EventCursor cursor(EventFields fields, Runnable onClose) {
        return new JsonLineCursor(this, fields, options, defaults, onClose);
    }

    byte[] bytes() {
        return lines.bytes();
    }

    int offset() {
        return lines.offset();
    }

    int length() {
        return lineLength;
    }

    int chars() {
        return lineChars;
    }

    InputFormat format() {
        return format;
    }

    private LogEvent toEvent(String line) {
        return switch (format) {
            case CLOUDWATCH_EVENTS -> envelope(line);
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

    /** The current line as a JSON message: parsed once as bytes for validity and time. */
    private LogEvent jsonMessage() {
        long t = scanTime(timeOnly);
        if (t == BROKEN || !inRange(t)) {
            return null;
        }
        String line = new String(bytes(), offset(), lineLength, StandardCharsets.UTF_8);
        return LogEvent.of(t, line, defaults.logStream(), defaults.logGroup(), id());
    }

    /** Result of {@link #scanTime} for a line that is not exactly one JSON object. */
    static final long BROKEN = Long.MIN_VALUE + 1;

    /**
     * Scans the current line with {@code scanner}: {@link #BROKEN} (counted) when it is not one JSON object, else
     * the value of the first time field that reads as a time ({@link EventTimes}), or the fallback time (counted).
     */
    long scanTime(MessageScanner scanner) {
        if (!scanner.scan(bytes(), offset(), lineLength)) {
            stats.broken++;
            return BROKEN;
        }
        for (int rank = 0; rank < scanner.timePaths(); rank++) {
            Value v = scanner.timeValue(rank);
            long ms = v == null ? TimeText.NO_TIME : EventTimes.toMillis(v);
            if (ms != TimeText.NO_TIME) {
                return ms;
            }
        }
        stats.noTimestamp++;
        return defaults.fallbackMillis();
    }

    boolean inRange(long t) {
        if (options.inRange(t)) {
            return true;
        }
        stats.outOfRange++;
        return false;
    }

    String id() {
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
