package io.fmscope.cli.query;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.exec.EventSource;
import io.fmscope.query.input.FilePart;
import io.fmscope.query.input.LogFileReader;
import io.fmscope.query.input.ReadCounts;
import io.fmscope.query.input.ReadOptions;
import io.fmscope.query.json.EventCursor;
import io.fmscope.query.json.EventFields;
import io.fmscope.query.value.Value;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * One part of a split input file, read on one of the engine's scan threads. Reports events read (for the progress
 * bar, in batches) and, once read, its read counters.
 */
final class FilePartSource implements EventSource {
    private final FilePart part;
    private final ReadOptions options;
    private final UnaryOperator<InputStream> counting;
    private final LongConsumer eventsRead;
    private final Consumer<ReadCounts> finished;

    FilePartSource(FilePart part, ReadOptions options, UnaryOperator<InputStream> counting, LongConsumer eventsRead,
                   Consumer<ReadCounts> finished) {
        this.part = part;
        this.options = options;
        this.counting = counting;
        this.eventsRead = eventsRead;
        this.finished = finished;
    }

    private LogFileReader reader() {
        try {
            return LogFileReader.open(part, options, counting);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + part.file() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Stream<LogEvent> open() {
        LogFileReader r = reader();
        return r.stream().onClose(() -> finished.accept(r.counts()));
    }

    @Override
    public EventCursor scan(EventFields fields) {
        LogFileReader r = reader();
        EventCursor c = r.scan(fields);
        return new EventCursor() {
            private long unreported;
            private boolean closed;

            @Override
            public boolean next() {
                if (!c.next()) return false;
                if (++unreported == 1024) {
                    eventsRead.accept(unreported);
                    unreported = 0;
                }
                return true;
            }

            @Override
            public long timestamp() {
                return c.timestamp();
            }

            @Override
            public String logGroup() {
                return c.logGroup();
            }

            @Override
            public long messageChars() {
                return c.messageChars();
            }

            @Override
            public Value[] values() {
                return c.values();
            }

            @Override
            public LogEvent event() {
                return c.event();
            }

            @Override
            public void close() {
                if (closed) return;
                closed = true;
                eventsRead.accept(unreported);
                ReadCounts counts = r.counts();
                c.close();
                finished.accept(counts);
            }
        };
    }
}
