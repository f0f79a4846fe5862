package io.fmscope.query.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.exec.EventSource;
import io.fmscope.query.exec.QueryEngine;
import io.fmscope.query.exec.QueryOptions;
import io.fmscope.query.exec.QueryResult;
import io.fmscope.query.json.EventCursor;
import io.fmscope.query.json.EventFields;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one-parse file cursor ({@link LogFileReader#scan}) must give every query the same result, statistics and
 * read counts as reading events one by one and resolving their fields afterwards.
 */
class ScanCursorTest {
    @TempDir
    static Path dir;

    private static Path file() throws IOException, URISyntaxException {
        Path p = dir.resolve("mixed.jsonl");
        if (Files.exists(p)) return p;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(Files.readAllBytes(Path.of(ScanCursorTest.class.getClassLoader()
                .getResource("fixtures/mangaassist-fm-calls.jsonl").toURI())));
        for (String line : List.of("", "   ", "{\"broken\":", "{\"a\":1} tail", "not json",
                "{\"@timestamp\":\"2024-05-01T10:30:00Z\",\"@message\":\"inner\",\"log_type\":\"FM_CALL\"}",
                "{\"log_type\":\"FM_CALL\",\"status\":\"SUCCESS\",\"note\":\"マンガ 漫画 \\uD83D\\uDE00\"}",
                "\t{\"timestamp\":1714557700000,\"items\":[{\"id\":1},{\"id\":2}]}\r",
                "{\"timestamp\":\"2030-01-01T00:00:00Z\",\"status\":\"ERROR\"}")) {
            out.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(new byte[] {'{', 0, '}', '\n', (byte) 0xff, '\n'});
        Files.write(p, out.toByteArray());
        return p;
    }

    private static EventSource cursorSource(Path p, ReadOptions options) {
        return new EventSource() {
            @Override
            public Stream<LogEvent> open() {
                throw new AssertionError("the engine must scan through the cursor");
            }

            @Override
            public EventCursor scan(EventFields fields) {
                try {
                    return LogFileReader.open(p, options).scan(fields);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private static List<LogEvent> events(Path p, ReadOptions options) throws IOException {
        List<LogEvent> out = new ArrayList<>();
        try (LogFileReader r = LogFileReader.open(p, options)) {
            r.forEachRemaining(out::add);
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "fields @timestamp, @message, @logStream, @log, @ingestionTime, @ptr | sort @timestamp asc | limit 10000",
        "filter log_type = 'FM_CALL' and status = 'SUCCESS' | stats avg(latency.bedrock_invoke_ms) as a,"
            + " pct(latency.bedrock_invoke_ms, 99) as p, count(*) as n by bin(5m)",
        "stats count(*) by status, metadata.model_id, error.error_type",
        "fields @@timestamp, @message, items.1.id, note | filter ispresent(@@timestamp) or ispresent(items.0.id)"
            + " or ispresent(note)",
        "filter @message like /THROTTLED/ | stats count(*) as n, max(metadata.conversation_turn) as t",
        "fields metadata.request_id as r, prompt_metrics.rag_relevance_scores.0 as s | sort r | limit 40",
        "stats count_distinct(metadata.session_id), sum(cost.total_cost_usd), min(@timestamp), max(@timestamp)",
        "filter metadata.request_id in (filter status = 'TIMEOUT' | fields metadata.request_id)"
            + " | fields metadata.request_id, status"})
    void sameResultsAsEventByEventReading(String query) throws Exception {
        Path p = file();
        for (ReadOptions options : List.of(ReadOptions.DEFAULT,
                ReadOptions.DEFAULT.withTimeRange(1714557600000L + 3_600_000, 1714557600000L + 7_200_000))) {
            QueryOptions q = QueryOptions.defaults().withNow(1714600000000L);
            QueryResult viaCursor = new QueryEngine().execute(query, cursorSource(p, options), q);
            QueryResult viaEvents = new QueryEngine().execute(query, EventSource.of(events(p, options)), q);
            assertThat(viaCursor.columns()).isEqualTo(viaEvents.columns());
            assertThat(viaCursor.rows()).isEqualTo(viaEvents.rows());
            assertThat(viaCursor.statistics()).isEqualTo(viaEvents.statistics());
            if (options == ReadOptions.DEFAULT) assertThat(viaCursor.rows()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fields @message", "stats count(*) by log_type"})
    void sameReadCounts(String query) throws Exception {
        Path p = file();
        ReadOptions options = ReadOptions.DEFAULT.withTimeRange(0, 1714557600000L + 3_600_000);
        ReadCounts viaEvents;
        try (LogFileReader r = LogFileReader.open(p, options)) {
            r.forEachRemaining(e -> { });
            viaEvents = r.counts();
        }
        try (LogFileReader r = LogFileReader.open(p, options)) {
            EventCursor c = r.scan(new EventFields(List.of("@message", "log_type"),
                    io.fmscope.query.json.DiscoveryOptions.DEFAULT));
            long n = 0;
            while (c.next()) n++;
            assertThat(r.counts()).isEqualTo(viaEvents);
            assertThat(n).isEqualTo(viaEvents.events());
        }
        assertThat(viaEvents.broken()).isEqualTo(3);
        assertThat(viaEvents.binary()).isEqualTo(2);
        assertThat(viaEvents.blank()).isEqualTo(2);
        assertThat(viaEvents.outOfRange()).isPositive();
    }
}
