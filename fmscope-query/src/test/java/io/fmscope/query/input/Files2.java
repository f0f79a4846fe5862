package io.fmscope.query.input;

import io.fmscope.model.log.LogEvent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Test helper: writes fixture files and reads them back. */
final class Files2 {
    static final long MTIME = 1_700_000_000_000L;

    private Files2() {
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        Files.setLastModifiedTime(p, FileTime.fromMillis(MTIME));
        return p;
    }

    static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    record Read(InputFormat format, List<LogEvent> events, ReadCounts counts) {
    }

    static Read read(Path p, ReadOptions options) throws IOException {
        try (LogFileReader r = LogFileReader.open(p, options)) {
            List<LogEvent> events = new ArrayList<>();
            r.forEachRemaining(events::add);
            return new Read(r.format(), events, r.counts());
        }
    }
}
