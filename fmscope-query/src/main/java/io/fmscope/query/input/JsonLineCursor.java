package io.fmscope.query.input;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.json.EventCursor;
import io.fmscope.query.json.EventFields;
import io.fmscope.query.json.MessageScanner;
import io.fmscope.query.json.SystemFields;
import io.fmscope.query.value.Value;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/**
 * The remaining lines of a JSON_MESSAGES input as a cursor for a query: each line is parsed once, as bytes, for
 * its validity, its time and the query's fields together ({@link MessageScanner}). The line's text becomes a String
 * only when the query reads {@code @message} (or {@code @ptr} is asked for), and no event object is built.
 * Counts as {@link LineEvents#next()} does. Not thread-safe.
 */
final class JsonLineCursor implements EventCursor {
    private final LineEvents lines;
    private final EventFields fields;
    private final Defaults defaults;
    private final Runnable onClose;
    private final MessageScanner scanner;
    private final boolean needsText;
    private final Value[] discovered;
    private final IntFunction<Value> system = this::system;
    private long time;
    private int chars;
    private String message;
    private String id;

    JsonLineCursor(LineEvents lines, EventFields fields, ReadOptions options, Defaults defaults, Runnable onClose) {
        this.lines = lines;
        this.fields = fields;
        this.defaults = defaults;
        this.onClose = onClose;
        this.scanner = new MessageScanner(fields.discoveredNames(), options.timestampFields(), fields.options());
        this.needsText = fields.needsMessageOrId();
        this.discovered = new Value[fields.discoveredNames().size()];
    }

    @Override
    public boolean next() {
        try {
            while (lines.nextLine()) {
                long t = lines.scanTime(scanner);
                if (t == LineEvents.BROKEN || !lines.inRange(t)) {
                    continue;
                }
                lines.stats().events++;
                time = t;
                chars = lines.chars();
                if (needsText) {
                    message = new String(lines.bytes(), lines.offset(), lines.length(), StandardCharsets.UTF_8);
                    id = lines.id();
                }
                scanner.values(discovered);
                return true;
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long timestamp() {
        return time;
    }

    @Override
    public String logGroup() {
        return defaults.logGroup();
    }

    @Override
    public long messageChars() {
        return chars;
    }

    @Override
    public Value[] values() {
        Value[] out = new Value[fields.names().size()];
        fields.combine(system, discovered, out);
        return out;
    }

    /** A file line's ingestion time is its time; its text and id exist when the query reads them. */
    private Value system(int index) {
        return SystemFields.get(index, time, time, message, defaults.logStream(), defaults.logGroup(), id);
    }

    /** Not built: the fields were resolved while parsing. */
    @Override
    public LogEvent event() {
        return null;
    }

    @Override
    public void close() {
        onClose.run();
    }
}
