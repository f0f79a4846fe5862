package io.fmscope.query.input;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.json.EventCursor;
import io.fmscope.query.json.EventFields;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;

/**
 * Streams the events of one file (plain or gzip, told apart by the magic bytes {@code 1f 8b}) in file order,
 * holding one line at a time. Broken, binary, oversized and out-of-range lines are counted in {@link #counts()},
 * never thrown. Not thread-safe; close it (or the stream from {@link #stream()}).
 */
public final class LogFileReader implements Iterator<LogEvent>, AutoCloseable {
    private final EventSource source;
    private final InputFormat format;
    private LogEvent next;
    private boolean finished;

    private LogFileReader(EventSource source, InputFormat format) {
        this.source = source;
        this.format = format;
    }

    /** Opens {@code file}; names default to the file name and the fallback time to its last-modified time. */
    public static LogFileReader open(Path file, ReadOptions options) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long fallback = options.fallbackMillis() != null ? options.fallbackMillis()
                : Files.getLastModifiedTime(file).toMillis();
        return open(Files.newInputStream(file), name, fallback, options);
    }

    /**
     * Opens one part of a split file ({@link FileSplitter}), in the format detected for the whole file. Names and
     * the fallback time are the file's; event ids number lines from the part's start, so a part that does not start
     * the file has ids of its own (do not rely on them across parts).
     */
    public static LogFileReader open(FilePart part, ReadOptions options) throws IOException {
        return open(part, options, UnaryOperator.identity());
    }

    /** As {@link #open(FilePart, ReadOptions)}, reading the file's bytes through {@code wrap} (e.g. to count them). */
    public static LogFileReader open(FilePart part, ReadOptions options, UnaryOperator<InputStream> wrap)
            throws IOException {
        Path file = part.file();
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long fallback = options.fallbackMillis() != null ? options.fallbackMillis()
                : Files.getLastModifiedTime(file).toMillis();
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ).position(part.start());
        InputStream in = wrap.apply(new BoundedInputStream(Channels.newInputStream(ch), part.size()));
        if (part.format() == null) return open(in, name, fallback, options); // a whole file
        return open(in, name, fallback, options.withFormat(part.format()), false);
    }

    /**
     * Opens a stream (e.g. stdin) that this reader then owns.
     *
     * @param name           default @log/@logStream (unless options set them) and event id prefix
     * @param fallbackMillis @timestamp for text lines and JSON messages without a time field
     */
    public static LogFileReader open(InputStream raw, String name, long fallbackMillis, ReadOptions options)
            throws IOException {
        return open(raw, name, fallbackMillis, options, true);
    }

    /** {@code gzip}: whether gzip magic bytes mean a compressed stream (not in a part cut from a plain file). */
    private static LogFileReader open(InputStream raw, String name, long fallbackMillis, ReadOptions options,
                                      boolean gzip) throws IOException {
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        try {
            if (gzip) in = gunzipIfNeeded(in);
            byte[] head = new byte[FormatSniffer.SNIFF_BYTES];
            in.mark(head.length + 1);
            int len = in.readNBytes(head, 0, head.length);
            boolean complete = len < head.length || in.read() < 0;
            in.reset();
            InputFormat format = options.format() != InputFormat.AUTO ? options.format()
                    : FormatSniffer.detect(head, len, complete);
            Defaults defaults = new Defaults(name, options.logGroup() != null ? options.logGroup() : name,
                    options.logStream() != null ? options.logStream() : name, fallbackMillis);
            EventSource source = format == InputFormat.CLOUDWATCH_RESPONSE
                    ? new ResponseEvents(in, options, defaults) : new LineEvents(in, format, options, defaults);
            return new LogFileReader(source, format);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static InputStream gunzipIfNeeded(InputStream in) throws IOException {
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        return in;
    }

    /** The format used (the detected one under AUTO). */
    public InputFormat format() {
        return format;
    }

    /** Counters so far (complete once the reader is exhausted). */
    public ReadCounts counts() {
        return source.stats().snapshot();
    }

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            try {
                next = source.next();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            finished = next == null;
        }
        return next != null;
    }

    @Override
    public LogEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        LogEvent e = next;
        next = null;
        return e;
    }

    /** A sequential, ordered stream over the remaining events; closing it closes this reader. */
    public Stream<LogEvent> stream() {
        Spliterator<LogEvent> s = Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(s, false).onClose(this::close);
    }

    /**
     * The remaining events as a cursor resolving {@code fields}; closing it closes this reader. JSON-message lines
     * are parsed once, as bytes, for validity, time and fields together; other formats build events and resolve
     * them with {@code fields}. Use either this or the iterator, not both.
     */
    public EventCursor scan(EventFields fields) {
        if (source instanceof LineEvents lines && lines.format() == InputFormat.JSON_MESSAGES && next == null) {
            return lines.cursor(fields, this::close);
        }
        return EventCursor.of(stream(), fields);
    }

    @Override
    public void close() {
        try {
            source.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
