package io.fmscope.cli.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.query.exec.QueryEngine;
import io.fmscope.query.exec.QueryOptions;
import io.fmscope.query.exec.QueryResult;
import io.fmscope.query.input.ReadOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files read in parts on several threads give the sequential result, counts and progress. */
class FileEventsTest {
    @TempDir
    Path dir;

    private Path file(String name, int from, int n) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            lines.add(i % 97 == 0 ? "{\"cut\":" : "{\"timestamp\":" + (1714557600000L + i * 1000L) + ",\"status\":\""
                    + (i % 3 == 0 ? "ERROR" : "SUCCESS") + "\",\"ms\":" + (i % 1000) / 10.0 + "}");
        }
        return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    @Test
    void partsOnThreadsGiveTheSequentialResultAndCounts() throws IOException {
        List<Path> files = List.of(file("a.jsonl", 0, 6000), file("b.jsonl", 6000, 3000));
        String q = "filter status = 'SUCCESS' | stats avg(ms), pct(ms, 99), count(*) by bin(5m)";
        FileEvents oneByOne = new FileEvents(files, ReadOptions.DEFAULT, null, Long.MAX_VALUE);
        QueryResult one = new QueryEngine().execute(q, oneByOne, QueryOptions.defaults().withParallelism(1));
        FileEvents split = new FileEvents(files, ReadOptions.DEFAULT, null, 20_000);
        assertThat(split.parts(8)).hasSizeGreaterThan(4);
        FileEvents parts = new FileEvents(files, ReadOptions.DEFAULT, null, 20_000);
        QueryResult many = new QueryEngine().execute(q, parts, QueryOptions.defaults().withParallelism(3));
        assertThat(many.rows()).isEqualTo(one.rows()).hasSizeGreaterThan(20);
        assertThat(many.statistics()).isEqualTo(one.statistics());
        assertThat(parts.counts()).isEqualTo(oneByOne.counts());
        assertThat(parts.counts().broken()).isEqualTo(93);
        assertThat(parts.eventsRead()).isEqualTo(9000 - 93);
        assertThat(parts.bytesRead()).isEqualTo(parts.totalBytes());
    }
}
