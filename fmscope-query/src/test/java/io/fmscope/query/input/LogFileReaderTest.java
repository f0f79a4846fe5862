package io.fmscope.query.input;

import static io.fmscope.query.input.Files2.MTIME;
import static io.fmscope.query.input.Files2.read;
import static io.fmscope.query.input.Files2.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFileReaderTest {
    @TempDir
    Path dir;

    @Test
    void cloudWatchEventLines() throws IOException {
        Path p = write(dir, "events.jsonl", """
                {"timestamp":1714557600000,"message":"START RequestId: 1","logStreamName":"2024/05/01/[$LATEST]ab","ingestionTime":1714557600500,"eventId":"3791"}
                {"timestamp":1714557601000,"message":"{\\"level\\":\\"ERROR\\"}","logStream":"s2","logGroup":"/aws/lambda/chat"}
                """);
        Files2.Read r = read(p, ReadOptions.DEFAULT);
        assertThat(r.format()).isEqualTo(InputFormat.CLOUDWATCH_EVENTS);
        assertThat(r.events()).containsExactly(
                new LogEvent(1714557600000L, 1714557600500L, "START RequestId: 1", "2024/05/01/[$LATEST]ab",
                        "events.jsonl", "3791"),
                new LogEvent(1714557601000L, 1714557601000L, "{\"level\":\"ERROR\"}", "s2", "/aws/lambda/chat",
                        "events.jsonl:2"));
        assertThat(r.counts()).isEqualTo(new ReadCounts(2, 2, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void awsCliResponseDocument() throws IOException {
        Path p = write(dir, "filter-log-events.json", """
                {
                    "events": [
                        {
                            "logStreamName": "web-1",
                            "timestamp": 1714557600000,
                            "message": "GET /health 200",
                            "ingestionTime": 1714557600100,
                            "eventId": "e1"
                        },
                        {"timestamp": 1714557601000, "message": {"inline": true}},
                        {"message": "no time"},
                        7
                    ],
                    "searchedLogStreams": [],
                    "nextToken": "abc"
                }
                """);
        Files2.Read r = read(p, ReadOptions.DEFAULT.withNames("/app/web", null));
        assertThat(r.format()).isEqualTo(InputFormat.CLOUDWATCH_RESPONSE);
        assertThat(r.events()).containsExactly(
                new LogEvent(1714557600000L, 1714557600100L, "GET /health 200", "web-1", "/app/web", "e1"),
                new LogEvent(1714557601000L, 1714557601000L, "{\"inline\":true}", "filter-log-events.json",
                        "/app/web", "filter-log-events.json:2"));
        assertThat(r.counts().broken()).isEqualTo(2);
        assertThat(r.counts().lines()).isEqualTo(4);
    }

    @Test
    void truncatedResponseDocumentKeepsWhatCameBefore() throws IOException {
        Path p = write(dir, "cut.json", "{\"events\":[{\"timestamp\":1,\"message\":\"a\"},{\"timestamp\":2,\"mess");
        Files2.Read r = read(p, ReadOptions.DEFAULT);
        assertThat(r.events()).extracting(LogEvent::message).containsExactly("a");
        assertThat(r.counts().broken()).isEqualTo(1);
    }

    @Test
    void jsonMessagesTakeTheirTimeFromTheDocumentedFields() throws IOException {
        Path p = write(dir, "app.log", String.join("\n",
                "{\"@timestamp\":\"2024-05-01T10:00:00.123Z\",\"timestamp\":1,\"msg\":\"a\"}",
                "{\"timestamp\":1714557600,\"msg\":\"b\"}",
                "{\"metadata\":{\"timestamp_iso\":\"2024-05-01T10:00:00+00:00\",\"timestamp_epoch_ms\":1714557600999}}",
                "{\"metadata\":{\"timestamp_iso\":\"2024-05-01T10:00:01.5+00:00\"}}",
                "{\"time\":\"2024-05-01 10:00:02\"}",
                "{\"msg\":\"no time\",\"items\":[{\"timestamp\":5}]}",
                "{\"timestamp\":\"not a time\",\"ts\":1714557600000}"));
        Files2.Read r = read(p, ReadOptions.DEFAULT);
        assertThat(r.format()).isEqualTo(InputFormat.JSON_MESSAGES);
        assertThat(r.events()).extracting(LogEvent::timestamp).containsExactly(1714557600123L, 1714557600000L,
                1714557600999L, 1714557601500L, 1714557602000L, MTIME, 1714557600000L);
        assertThat(r.events().get(0).message()).startsWith("{\"@timestamp\"");
        assertThat(r.events()).extracting(LogEvent::logGroup).containsOnly("app.log");
        assertThat(r.counts().noTimestamp()).isEqualTo(1);
    }

    @Test
    void timestampFieldsAreConfigurable() throws IOException {
        Path p = write(dir, "custom.jsonl", "{\"when\":1714557600000,\"timestamp\":1}\n");
        Files2.Read r = read(p, ReadOptions.DEFAULT.withTimestampFields(List.of("when")));
        assertThat(r.events()).extracting(LogEvent::timestamp).containsExactly(1714557600000L);
    }

    @Test
    void plainTextLinesGetTheFileTime() throws IOException {
        Path p = write(dir, "server.txt", "081109 203615 148 INFO dfs.DataNode: Receiving block\r\n\r\n"
                + "081109 203807 222 INFO dfs.DataNode: PacketResponder 0\n");
        Files2.Read r = read(p, ReadOptions.DEFAULT);
        assertThat(r.format()).isEqualTo(InputFormat.TEXT);
        assertThat(r.events()).extracting(LogEvent::message).containsExactly(
                "081109 203615 148 INFO dfs.DataNode: Receiving block", "081109 203807 222 INFO dfs.DataNode: PacketResponder 0");
        assertThat(r.events()).extracting(LogEvent::timestamp).containsOnly(MTIME);
        assertThat(r.events()).extracting(LogEvent::id).containsExactly("server.txt:1", "server.txt:3");
        assertThat(r.counts().blank()).isEqualTo(1);
        Files2.Read fixed = read(p, ReadOptions.DEFAULT.withFallbackMillis(42L));
        assertThat(fixed.events()).extracting(LogEvent::timestamp).containsOnly(42L);
    }

    @Test
    void formatCanBeForced() throws IOException {
        Path p = write(dir, "events.jsonl", "{\"timestamp\":1714557600000,\"message\":\"m\"}\n");
        Files2.Read r = read(p, ReadOptions.DEFAULT.withFormat(InputFormat.TEXT));
        assertThat(r.format()).isEqualTo(InputFormat.TEXT);
        assertThat(r.events().get(0).message()).isEqualTo("{\"timestamp\":1714557600000,\"message\":\"m\"}");
    }

    @Test
    void timeRangeIsInclusiveAndCounted() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            b.append("{\"timestamp\":").append(1000 * i).append(",\"message\":\"m").append(i).append("\"}\n");
        }
        Path p = write(dir, "range.jsonl", b.toString());
        Files2.Read r = read(p, ReadOptions.DEFAULT.withTimeRange(3000, 6000));
        assertThat(r.events()).extracting(LogEvent::message).containsExactly("m3", "m4", "m5", "m6");
        assertThat(r.counts().outOfRange()).isEqualTo(6);
        Files2.Read text = read(write(dir, "t.txt", "a\nb\n"), ReadOptions.DEFAULT.withTimeRange(0, MTIME - 1));
        assertThat(text.events()).isEmpty();
        assertThat(text.counts().outOfRange()).isEqualTo(2);
    }
}
