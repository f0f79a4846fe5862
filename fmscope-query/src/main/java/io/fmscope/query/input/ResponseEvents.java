package io.fmscope.query.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.fmscope.model.log.LogEvent;
import io.fmscope.query.json.JsonValues;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * CLOUDWATCH_RESPONSE: streams the {@code events} array of one or more concatenated AWS CLI response documents
 * without loading them. An element without timestamp or message is counted broken; a syntax error counts one
 * broken and ends the input (the stream cannot be resynchronised). Messages over the size limit follow the
 * oversize policy.
 */
final class ResponseEvents implements EventSource {
    private final InputStream in;
    private final JsonParser p;
    private final ReadOptions options;
    private final Defaults defaults;
    private final ReadStats stats = new ReadStats();
    private boolean inEvents;
    private boolean done;
    private long index;

    ResponseEvents(InputStream in, ReadOptions options, Defaults defaults) throws IOException {
        this.in = in;
        this.p = JsonValues.FACTORY.createParser(in);
        this.options = options;
        this.defaults = defaults;
    }

    @Override
    public LogEvent next() throws IOException {
        try {
            while (!done) {
                LogEvent e = step();
                if (e != null) {
                    return e;
                }
            }
        } catch (IOException | RuntimeException e) {
            stats.broken++;
            done = true;
        }
        return null;
    }

    /** Advances one token-level step; returns an event when one is complete. */
    private LogEvent step() throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            done = true;
            return null;
        }
        if (!inEvents) {
            if (t == JsonToken.FIELD_NAME && p.getParsingContext().getParent().inRoot()) {
                JsonToken v = p.nextToken();
                if ("events".equals(p.currentName()) && v == JsonToken.START_ARRAY) {
                    inEvents = true;
                } else {
                    p.skipChildren();
                }
            }
            return null;
        }
        if (t == JsonToken.END_ARRAY) {
            inEvents = false;
            return null;
        }
        stats.lines++;
        index++;
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            stats.broken++;
            return null;
        }
        Envelope e = Envelope.read(p);
        return e == null ? broken() : toEvent(e);
    }

    private LogEvent broken() {
        stats.broken++;
        return null;
    }

    private LogEvent toEvent(Envelope e) {
        String message = e.message();
        if (message.length() > options.maxLineBytes() / 4
                && message.getBytes(StandardCharsets.UTF_8).length > options.maxLineBytes()) {
            stats.oversized++;
            if (options.oversize() == OversizePolicy.SKIP) {
                return null;
            }
            byte[] b = message.getBytes(StandardCharsets.UTF_8);
            message = new String(b, 0, Utf8.boundary(b, options.maxLineBytes()), StandardCharsets.UTF_8);
        }
        if (!options.inRange(e.timestamp())) {
            stats.outOfRange++;
            return null;
        }
        stats.events++;
        return new LogEvent(e.timestamp(), e.ingestionTime(), message,
                e.logStream() != null ? e.logStream() : defaults.logStream(),
                e.logGroup() != null ? e.logGroup() : defaults.logGroup(),
                e.eventId() != null ? e.eventId() : defaults.name() + ":" + index);
    }

    @Override
    public ReadStats stats() {
        return stats;
    }

    @Override
    public void close() throws IOException {
        try {
            p.close();
        } finally {
            in.close();
        }
    }
}
