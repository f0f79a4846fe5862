package io.fmscope.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.exec.EventSource;
import io.fmscope.query.exec.QueryEngine;
import io.fmscope.query.exec.QueryOptions;
import io.fmscope.query.exec.QueryResult;
import io.fmscope.query.value.Value;
import io.fmscope.server.FmscopeServer;
import io.fmscope.server.ServerConfig;
import io.fmscope.server.insights.ReferenceInsightsEngine;
import io.fmscope.storage.EventScan;
import io.fmscope.storage.duckdb.DuckLogStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;

/**
 * FmLogAnalyzer against a real fmscope server (DuckDB storage, AWS SDK over HTTP): every one of the seed's seven
 * queries completes and returns exactly what the reference engine computes over the same stored events and
 * the same window.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FmLogAnalyzerFunctionalTest {
    static final String GROUP = "/ecs/manga-assist-orchestrator";
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private FmscopeServer server;
    private FmLogAnalyzer analyzer;

    @BeforeAll void load(@TempDir Path dir) {
        server = FmscopeServer.start(ServerConfig.defaults().withPort(0), DuckLogStore.open(dir),
                new ReferenceInsightsEngine(), clock);
        analyzer = FmLogAnalyzer.builder().logGroup(GROUP).endpoint(URI.create("http://127.0.0.1:" + server.port()))
                .clock(clock).pollInterval(Duration.ofMillis(20)).build();
        try (var logs = software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.port()))
                .region(software.amazon.awssdk.regions.Region.AP_NORTHEAST_1)
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("AKID", "secret")))
                .build()) {
            logs.createLogGroup(b -> b.logGroupName(GROUP));
            logs.createLogStream(b -> b.logGroupName(GROUP).logStreamName("task-1"));
            List<InputLogEvent> batch = new ArrayList<>();
            long bytes = 0;
            for (String[] e : AnalyzerFixture.events(NOW.toEpochMilli() - 26 * 3_600_000L, 8_000, 11)) {
                int size = e[1].getBytes(StandardCharsets.UTF_8).length + 26;
                if (bytes + size > 1_048_576) {
                    put(logs, batch);
                    batch = new ArrayList<>();
                    bytes = 0;
                }
                batch.add(InputLogEvent.builder().timestamp(Long.parseLong(e[0])).message(e[1]).build());
                bytes += size;
            }
            put(logs, batch);
        }
    }

    private static void put(software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient logs,
                            List<InputLogEvent> batch) {
        var r = logs.putLogEvents(b -> b.logGroupName(GROUP).logStreamName("task-1").logEvents(batch));
        assertThat(r.rejectedLogEventsInfo()).isNull();
    }

    @AfterAll void stop() {
        analyzer.close();
        server.close();
    }

    @Test void everySeedQueryMatchesTheReferenceEngine() {
        Map<String, Function<FmLogAnalyzer, InsightsQueryResult>> methods = Map.of(
                "latency percentiles", a -> a.queryLatencyPercentiles(),
                "error distribution", a -> a.queryErrorDistribution(),
                "token usage", a -> a.queryTokenUsage(),
                "cost analysis", a -> a.queryCostAnalysis(),
                "rag quality", a -> a.queryRagQuality(),
                "throttle patterns", a -> a.queryThrottlePatterns(),
                "slow requests", a -> a.querySlowRequests());
        Map<String, Integer> windows = Map.of("latency percentiles", 60, "error distribution", 60, "token usage", 1440,
                "cost analysis", 1440, "rag quality", 360, "throttle patterns", 120, "slow requests", 60);
        List<LogEvent> stored = stored();
        for (var m : methods.entrySet()) {
            InsightsQueryResult got = m.getValue().apply(analyzer);
            assertThat(got.status()).as(m.getKey()).isEqualTo("Complete");
            assertThat(got.results()).as(m.getKey()).isNotEmpty();
            assertThat(got.statistics()).containsKeys("recordsMatched", "recordsScanned", "bytesScanned");
            assertThat(got.durationMs()).isPositive();
            long end = NOW.getEpochSecond();
            long start = NOW.minus(Duration.ofMinutes(windows.get(m.getKey()))).getEpochSecond();
            assertSame(got, reference(stored, got.queryText(), start, end), m.getKey());
        }
    }

    @Test void customQueriesAndParametersGoThroughAsWritten() {
        InsightsQueryResult slow = analyzer.querySlowRequests(2500.5, 120);
        assertThat(slow.queryText()).contains("latency.total_e2e_ms > 2500.5");
        assertThat(slow.results()).isNotEmpty().allSatisfy(row -> assertThat(Double.parseDouble(row.get("total_ms")))
                .isGreaterThan(2500.5));
        assertThat(slow.results().get(0)).containsKeys("@timestamp", "metadata.request_id", "model", "@ptr");
        InsightsQueryResult count = analyzer.runQuery("stats count(*) as n", NOW.minus(Duration.ofHours(1)), NOW);
        assertThat(count.results()).hasSize(1);
        assertThat(Long.parseLong(count.results().get(0).get("n"))).isPositive();
        InsightsQueryResult bad = analyzer.runQuery("stats count(*) as n", NOW.plus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(2)));
        assertThat(bad.results()).containsExactly(Map.of("n", "0"));
    }

    private List<LogEvent> stored() {
        List<LogEvent> out = new ArrayList<>();
        try (EventScan s = server.store().reader().scan().logGroups(List.of(GROUP)).open()) {
            s.forEachRemaining(out::add);
        }
        return out;
    }

    private static QueryResult reference(List<LogEvent> events, String query, long startSec, long endSec) {
        return new QueryEngine().execute(query, EventSource.of(events),
                QueryOptions.defaults().withWindow(startSec * 1000, endSec * 1000 + 999).withMaxRows(1000));
    }

    /** Same rows (without @ptr), numbers within 1e-9 relative (DuckDB adds doubles in another order). */
    private static void assertSame(InsightsQueryResult got, QueryResult want, String what) {
        assertThat(got.results()).as(what).hasSize(want.rows().size());
        for (int r = 0; r < want.rows().size(); r++) {
            Map<String, String> row = got.results().get(r);
            for (int c = 0; c < want.columns().size(); c++) {
                Value v = want.rows().get(r).get(c);
                String actual = row.get(want.columns().get(c));
                if (v.isNull()) {
                    assertThat(actual).as(what).isNull();
                } else if (!v.asText().equals(actual)) {
                    double x = Double.parseDouble(v.asText());
                    double y = Double.parseDouble(actual);
                    assertThat(Math.abs(x - y)).as(what + " row " + r + " " + want.columns().get(c))
                            .isLessThanOrEqualTo(1e-9 * Math.max(1, Math.abs(x)));
                }
            }
        }
    }
}
