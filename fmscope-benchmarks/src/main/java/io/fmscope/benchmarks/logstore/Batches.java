package io.fmscope.benchmarks.logstore;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The data set, made once: PutLogEvents request bodies (batches of at most 10,000 events and 1,048,576 bytes
 * counting 26 per event, CloudWatch's limits, so about 700 seed-shaped events each) and the same messages as
 * a JSON-lines file for DuckDB's read_json and jq.
 */
final class Batches {
    static final int MAX_EVENTS = 10_000;
    static final int MAX_BYTES = 1_048_576;
    private static final JsonFactory JSON = new JsonFactory();

    final List<byte[]> bodies = new ArrayList<>();
    long events;
    long messageBytes;

    /** Builds the bodies for {@code streams} streams (round robin) and writes every message to {@code lines}. */
    static Batches make(SeedShapedLog log, int n, String group, int streams, OutputStream lines) {
        Batches b = new Batches();
        int i = 0;
        int batch = 0;
        try {
            while (i < n) {
                ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 20);
                try (JsonGenerator g = JSON.createGenerator(body)) {
                    g.writeStartObject();
                    g.writeStringField("logGroupName", group);
                    g.writeStringField("logStreamName", "task-" + (batch++ % streams));
                    g.writeArrayFieldStart("logEvents");
                    long bytes = 0;
                    int count = 0;
                    while (i < n && count < MAX_EVENTS) {
                        String m = log.message(i);
                        byte[] utf8 = m.getBytes(StandardCharsets.UTF_8);
                        if (bytes + utf8.length + 26 > MAX_BYTES) {
                            break;
                        }
                        bytes += utf8.length + 26;
                        count++;
                        g.writeStartObject();
                        g.writeNumberField("timestamp", log.timestamp(i));
                        g.writeStringField("message", m);
                        g.writeEndObject();
                        lines.write(utf8);
                        lines.write('\n');
                        b.messageBytes += utf8.length;
                        i++;
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                b.bodies.add(body.toByteArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        b.events = n;
        return b;
    }
}
