package io.fmscope.server.insights;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.exec.EventSource;
import io.fmscope.query.exec.QueryEngine;
import io.fmscope.query.exec.QueryOptions;
import io.fmscope.query.exec.QueryResult;
import io.fmscope.query.value.Value;
import io.fmscope.server.FmscopeServer;
import io.fmscope.server.ServerConfig;
import io.fmscope.server.ServerFixture;
import io.fmscope.storage.EventScan;
import io.fmscope.storage.duckdb.DuckLogStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.QueryStatus;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResultField;

/**
 * The acceptance round trip: 50,000 seed-shaped events through PutLogEvents in full (1 MiB) batches, then
 * every seed query through StartQuery / GetQueryResults, compared with the reference engine run directly
 * over the same stored events.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedQueriesFunctionalTest {
    static final long NOW = Instant.parse("2026-03-01T12:00:00Z").toEpochMilli();
    static final int EVENTS = 50_000;
    static final long START = NOW - 12 * 3_600_000L;
    private FmscopeServer server;
    private CloudWatchLogsClient logs;

    @BeforeAll void load(@TempDir Path dir) {
        server = FmscopeServer.start(ServerConfig.defaults().withPort(0), DuckLogStore.open(dir),
                new ReferenceInsightsEngine(), Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC));
        logs = ServerFixture.client(URI.create("http://127.0.0.1:" + server.port()));
        logs.createLogGroup(b -> b.logGroupName("/manga-assist/fm-calls"));
        logs.createLogStream(b -> b.logGroupName("/manga-assist/fm-calls").logStreamName("app-1"));
        var events = io.fmscope.server.SeedShapedEventsAccess.generate(EVENTS, START, 12 * 3_600_000L / EVENTS, 42);
        List<InputLogEvent> batch = new ArrayList<>();
        long bytes = 0;
        for (var e : events) { // batches as large as PutLogEvents allows: 10,000 events or 1 MiB
            int size = e.message().getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 26;
            if (batch.size() == 10_000 || bytes + size > 1_048_576) {
                put(batch);
                batch = new ArrayList<>();
                bytes = 0;
            }
            batch.add(InputLogEvent.builder().timestamp(e.timestamp()).message(e.message()).build());
            bytes += size;
        }
        put(batch);
    }

    private void put(List<InputLogEvent> batch) {
        var r = logs.putLogEvents(b -> b.logGroupName("/manga-assist/fm-calls").logStreamName("app-1").logEvents(batch));
        assertThat(r.rejectedLogEventsInfo()).isNull();
    }

    @AfterAll void stop() {
        logs.close();
        server.close();
    }

    private List<LogEvent> stored() {
        List<LogEvent> out = new ArrayList<>();
        try (EventScan s = server.store().reader().scan().logGroups(List.of("/manga-assist/fm-calls")).open()) {
            s.forEachRemaining(out::add);
        }
        return out;
    }

    private GetQueryResultsResponse run(String query) throws InterruptedException {
        String id = logs.startQuery(b -> b.logGroupName("/manga-assist/fm-calls").queryString(query)
                .startTime(START / 1000).endTime(NOW / 1000)).queryId();
        for (int i = 0; i < 600; i++) {
            GetQueryResultsResponse r = logs.getQueryResults(b -> b.queryId(id));
            if (r.status() != QueryStatus.RUNNING && r.status() != QueryStatus.SCHEDULED) {
                return r;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("query did not finish: " + query);
    }

    @Test void everySeedQueryMatchesTheReferenceEngine() throws Exception {
        List<String> queries = SeedQueries.load();
        assertThat(queries).hasSize(8);
        List<LogEvent> stored = stored();
        assertThat(stored).hasSize(EVENTS);
        QueryEngine reference = new QueryEngine();
        for (String q : queries) {
            GetQueryResultsResponse got = run(q);
            assertThat(got.status()).as(q).isEqualTo(QueryStatus.COMPLETE);
            QueryResult want = reference.execute(q, EventSource.of(stored),
                    QueryOptions.defaults().withWindow(START, NOW / 1000 * 1000 + 999).withNow(NOW));
            assertThat(want.rows()).as("reference rows for " + q).isNotEmpty();
            List<List<String>> expected = new ArrayList<>();
            for (List<Value> row : want.rows()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.size(); c++) {
                    if (!row.get(c).isNull()) {
                        cells.add(want.columns().get(c) + "=" + row.get(c).asText());
                    }
                }
                expected.add(cells);
            }
            List<List<String>> actual = got.results().stream().map(row -> row.stream()
                    .filter(f -> !f.field().equals("@ptr")).map(f -> f.field() + "=" + f.value()).toList()).toList();
            SameRows.assertSame(actual, expected, q);
            assertThat(got.statistics().recordsScanned()).isEqualTo(EVENTS);
            assertThat(got.statistics().recordsMatched()).isPositive();
            assertThat(got.statistics().bytesScanned()).isPositive();
        }
    }

    @Test void eventRowsCarryAPointerAndTimestampsInCloudWatchFormat() throws Exception {
        GetQueryResultsResponse r = run("fields @timestamp, metadata.model_id | filter status = \"THROTTLED\" | limit 5");
        assertThat(r.results()).hasSize(5);
        for (List<ResultField> row : r.results()) {
            assertThat(row).extracting(ResultField::field).contains("@timestamp", "@ptr");
            String ts = row.stream().filter(f -> f.field().equals("@timestamp")).findFirst().orElseThrow().value();
            assertThat(ts).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}");
        }
        assertThat(r.results().stream().map(row -> row.get(row.size() - 1).value()).distinct()).hasSize(5);
    }
}
