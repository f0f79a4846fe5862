package io.fmscope.benchmarks.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Writes generated records to a JSON-lines file (gzip when the name ends in {@code .gz}): either the messages
 * themselves, one per line, or CloudWatch event envelopes ({@code {"timestamp", "message", "logStreamName",
 * "logGroupName"}}) as {@code aws logs filter-log-events} returns them.
 *
 * <p>{@code main}: {@code --out FILE [--count N] [--seed S] [--envelopes]} (defaults: 1,000,000 records, the
 * default seed, messages).
 */
public final class SeedDataFile {
    public enum Layout { MESSAGES, ENVELOPES }

    public static final String LOG_GROUP = "/mangaassist/fm-calls";
    public static final String LOG_STREAM = "orchestrator-1";
    private static final JsonFactory JSON = new JsonFactory();

    private SeedDataFile() {
    }

    /** Writes {@code count} records; returns the bytes written before compression. */
    public static long write(Path file, long count, GeneratorConfig config, Layout layout) throws IOException {
        SeedRecordGenerator gen = new SeedRecordGenerator(config);
        long chars = 0;
        OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        if (file.toString().endsWith(".gz")) raw = new GZIPOutputStream(raw, 1 << 16);
        try (Writer w = new OutputStreamWriter(raw, StandardCharsets.UTF_8)) {
            for (long i = 0; i < count; i++) {
                SeedRecord r = gen.next();
                String line = layout == Layout.MESSAGES ? r.json() : envelope(r);
                w.write(line);
                w.write('\n');
                chars += line.length() + 1; // records are ASCII
            }
        }
        return chars;
    }

    static String envelope(SeedRecord r) throws IOException {
        java.io.StringWriter out = new java.io.StringWriter(r.json().length() + 200);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("timestamp", r.timestampMillis());
            g.writeStringField("message", r.json());
            g.writeStringField("logStreamName", LOG_STREAM);
            g.writeStringField("logGroupName", LOG_GROUP);
            g.writeEndObject();
        }
        return out.toString();
    }

    public static void main(String[] args) throws IOException {
        Path out = null;
        long count = 1_000_000;
        GeneratorConfig config = GeneratorConfig.DEFAULT;
        Layout layout = Layout.MESSAGES;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--count" -> count = Long.parseLong(args[++i]);
                case "--seed" -> config = config.withSeed(Long.parseLong(args[++i]));
                case "--envelopes" -> layout = Layout.ENVELOPES;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (out == null) throw new IllegalArgumentException("--out FILE is required");
        long bytes = write(out, count, config, layout);
        System.out.printf("%,d records, %,d bytes -> %s%n", count, bytes, out);
    }
}
