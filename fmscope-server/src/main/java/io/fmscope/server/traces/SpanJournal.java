package io.fmscope.server.traces;

import io.fmscope.model.trace.Span;
import io.fmscope.server.spans.GroupJournal;
import io.fmscope.server.spans.RawBatch;
import io.fmscope.storage.duckdb.trace.SpanCodec;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Append-only journal of accepted span batches, so spans acknowledged while the tail sampler still buffers
 * them survive a crash. Each {@link #append} writes one record (length, CRC-32, payload) and forces it to
 * disk before returning: one fsync per group commit. Files
 * ({@code segment-<n>.log}) are closed by {@link #rotate} with the time they were closed; {@link #trimBefore}
 * deletes closed segments whose every span belongs to a decided trace. A record holds the group's batches,
 * each as its request body when known ({@link RawBatch}: no re-encoding on the ingest path; decoded again on
 * replay) or else as {@link SpanCodec} lines. A torn last record (a crash during
 * the write, so never acknowledged) ends {@link #replay}. Not thread-safe: the ingest writer thread appends
 * and rotates; trimming only deletes closed files and locks.
 */
final class SpanJournal implements AutoCloseable {
    private record Closed(Path file, long closedMillis) {
    }

    private static final int SPANS = 0;
    private final Path dir;
    private final ArrayDeque<Closed> closed = new ArrayDeque<>();
    private FileChannel current;
    private Path currentFile;
    private long currentBytes;
    private long next;

    SpanJournal(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
            next = segments().stream().mapToLong(SpanJournal::number).max().orElse(0) + 1;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open span journal " + dir, e);
        }
    }

    /** Reads every record of every segment, oldest first; the segments stay until trimmed. */
    synchronized int replay(Function<RawBatch, List<Span>> decoder, Consumer<List<Span>> batches, long nowMillis) {
        int n = 0;
        for (Path f : segments()) {
            try (InputStream raw = Files.newInputStream(f); DataInputStream in = new DataInputStream(raw)) {
                while (true) {
                    List<Span> batch = read(in, decoder);
                    if (batch == null) {
                        break;
                    }
                    batches.accept(batch);
                    n += batch.size();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read span journal " + f, e);
            }
            closed.addLast(new Closed(f, nowMillis)); // its traces are offered again now
        }
        return n;
    }

    /** Appends one batch of spans and forces it to disk. */
    synchronized void appendSpans(List<Span> spans) {
        append(List.of(new GroupJournal.Batch(spans, null)));
    }

    /** Appends one group of batches as one record and forces it to disk. */
    synchronized void append(List<GroupJournal.Batch> group) {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        for (GroupJournal.Batch b : group) {
            byte[] part = b.raw() == null ? SpanCodec.encodeLines(b.spans()) : b.raw().bytes();
            payload.write(b.raw() == null ? SPANS : b.raw().format().ordinal() + 1);
            payload.writeBytes(ByteBuffer.allocate(4).putInt(part.length).array());
            payload.writeBytes(part);
        }
        byte[] bytes = payload.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(bytes);
        ByteBuffer record = ByteBuffer.allocate(8 + bytes.length).putInt(bytes.length).putInt((int) crc.getValue())
                .put(bytes).flip();
        try {
            if (current == null) {
                currentFile = dir.resolve("segment-" + next++ + ".log");
                current = FileChannel.open(currentFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
                    d.force(true); // the new file's directory entry is durable too
                }
            }
            while (record.hasRemaining()) {
                current.write(record);
            }
            current.force(false);
            currentBytes += bytes.length + 8;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write span journal " + currentFile, e);
        }
    }

    /** Closes the current segment, stamped with {@code nowMillis}: every span in it was offered before then. */
    synchronized void rotate(long nowMillis) {
        if (current == null) {
            return;
        }
        try {
            current.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        closed.addLast(new Closed(currentFile, nowMillis));
        current = null;
        currentBytes = 0;
    }

    synchronized long currentBytes() {
        return currentBytes;
    }

    /** Deletes closed segments closed before {@code watermarkMillis}; returns how many. */
    synchronized int trimBefore(long watermarkMillis) {
        int n = 0;
        while (!closed.isEmpty() && closed.peekFirst().closedMillis() < watermarkMillis) {
            try {
                Files.deleteIfExists(closed.pollFirst().file());
                n++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return n;
    }

    /** Segment files present now (closed and open). */
    synchronized int segmentCount() {
        return segments().size();
    }

    @Override public synchronized void close() {
        if (current != null) {
            try {
                current.close();
            } catch (IOException ignored) {
                // closing anyway; everything appended was forced
            }
            current = null;
        }
    }

    private static List<Span> read(DataInputStream in, Function<RawBatch, List<Span>> decoder) throws IOException {
        int length;
        int crc;
        byte[] bytes;
        try {
            length = in.readInt();
            crc = in.readInt();
            if (length < 0 || length > 1 << 30) {
                return null;
            }
            bytes = in.readNBytes(length);
        } catch (EOFException e) {
            return null;
        }
        CRC32 check = new CRC32();
        check.update(bytes);
        if (bytes.length != length || (int) check.getValue() != crc) {
            return null; // torn by a crash mid-write: that batch was never acknowledged
        }
        List<Span> out = new ArrayList<>();
        ByteBuffer payload = ByteBuffer.wrap(bytes);
        while (payload.hasRemaining()) {
            int kind = payload.get();
            byte[] part = new byte[payload.getInt()];
            payload.get(part);
            if (kind == SPANS) {
                for (String line : new String(part, StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isEmpty()) {
                        out.add(SpanCodec.decode(line));
                    }
                }
            } else {
                out.addAll(decoder.apply(new RawBatch(RawBatch.Format.values()[kind - 1], part)));
            }
        }
        return out;
    }

    private List<Path> segments() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("segment-\\d+\\.log"))
                    .sorted(java.util.Comparator.comparingLong(SpanJournal::number)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long number(Path p) {
        String n = p.getFileName().toString();
        return Long.parseLong(n.substring("segment-".length(), n.length() - ".log".length()));
    }
}
