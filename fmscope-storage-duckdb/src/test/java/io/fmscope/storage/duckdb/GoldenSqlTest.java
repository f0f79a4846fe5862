package io.fmscope.storage.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.analyzer.Analyzer;
import io.fmscope.query.pushdown.Pushdown;
import io.fmscope.query.pushdown.PushdownPlanner;
import io.fmscope.storage.duckdb.pushdown.SqlExpr;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQL each command is pushed down as, checked against {@code src/test/resources/golden/<command>.sql}: the
 * statement, its parameters, and what the planner took. Run with {@code -Dgolden.update=true} to rewrite the
 * files after a deliberate change (then review the diff).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoldenSqlTest {
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    /** Command to the query that shows how it is pushed down. */
    static final Map<String, String> CASES = Map.of(
            "filter", "filter status = \"ERROR\" and (latency.total_e2e_ms > 3000 or retries in [2, 3])"
                    + " and not cached and @message like /Throttl/ | stats count(*) as errors",
            "fields", "fields @timestamp, metadata.model_id as model, latency.total_e2e_ms * 2 as doubled"
                    + " | filter model != \"haiku\"",
            "stats", "filter status = \"SUCCESS\" | stats avg(latency.total_e2e_ms) as avg_ms,"
                    + " pct(latency.total_e2e_ms, 99) as p99, count(*) as calls by bin(5m)",
            "sort", "stats count(*) as calls, sum(retries) as retries, count_distinct(metadata.model_id) as models"
                    + " by status | sort calls desc, retries asc",
            "limit", "fields @timestamp, status | filter latency.total_e2e_ms >= 1500.5 | limit 20",
            "display", "filter retries > 0 | display @timestamp, retries, status",
            "parse", "filter status = \"THROTTLED\" | parse @message '\"error_code\":\"*\"' as code"
                    + " | stats count(*) by code",
            "dedup", "filter cached | fields status, retries | dedup status",
            "percentile", "stats pct(latency.total_e2e_ms, 50) as p50, percentile(latency.total_e2e_ms, 90) as p90"
                    + " by status");

    private DuckLogStore store;

    @BeforeAll void load(@TempDir Path dir) {
        store = DuckLogStore.open(dir);
        store.groups().create("g", 0);
        store.streams().create("g", "s", 0);
        List<LogEvent> events = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            events.add(new LogEvent(1000L * i, 1000L * i, "{\"status\":\"ERROR\",\"retries\":" + i
                    + ",\"cached\":false,\"latency\":{\"total_e2e_ms\":" + (1000.5 * i) + "},"
                    + "\"metadata\":{\"model_id\":\"haiku\"}}", "s", "g", "e" + i));
        }
        store.writer().append(events);
    }

    @AfterAll void close() {
        store.close();
    }

    @TestFactory
    Stream<DynamicTest> everyCommandHasItsGoldenSql() {
        return CASES.keySet().stream().sorted().map(command -> DynamicTest.dynamicTest(command, () -> {
            String actual = render(CASES.get(command));
            Path file = GOLDEN.resolve(command + ".sql");
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            assertThat(file).as("golden file (create it with -Dgolden.update=true)").exists();
            assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        }));
    }

    /** The query, what the planner pushed down, the SQL and its parameters. */
    String render(String query) throws IOException {
        Pushdown p = PushdownPlanner.plan(Analyzer.standard().analyze(query),
                () -> store.reader().scan().logGroups(List.of("g")).timeRange(0, 86_400_000L), 10_000);
        String taken = switch (p) {
            case Pushdown.Rows r -> "rows: " + String.join(", ", r.stepsTaken());
            case Pushdown.Events e -> "events, filters taken: " + e.filtersPushed();
        };
        SqlExpr sql = ((DuckScanBuilder) p.scan()).statement();
        return "-- " + query + "\n-- pushed down: " + taken + "\n" + sql.sql() + "\n-- parameters: " + sql.params()
                + "\n";
    }
}
