package io.fmscope.storage.duckdb.differential;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cases the generator found or that sit on a rule's edge, pinned: aggregates over a field no event has (still one
 * row per group), empty inputs, percentiles on both sides of the exact-decimal rule, ties under a limit, NULL
 * keys, string keys sorted by the natural collation, a widened column, {@code @message} text tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EdgeCaseDifferentialTest {
    private TwoStores stores;

    @BeforeAll void load(@TempDir Path dir) {
        stores = new TwoStores(dir, RandomFixture.events(4242, 300));
    }

    @AfterAll void close() {
        stores.close();
    }

    /**
     * {@code bin} floors with one modulo for timestamps from 1970 on and with the exact double modulo before; events
     * on both sides of the epoch must land in the reference's buckets.
     */
    @ParameterizedTest
    @ValueSource(strings = {"stats count(*) as c, sum(n) as t by bin(5m)", "stats count(*) as c by bin(1h), s",
        "stats min(@timestamp) as first by bin(7m) | sort first desc"})
    void binsAcrossTheEpochMatchTheReference(String query, @TempDir Path dir) {
        List<LogEvent> shifted = RandomFixture.events(77, 400).stream()
                .map(e -> new LogEvent(e.timestamp() - RandomFixture.START - 3 * 3_600_000L,
                        e.ingestionTime(), e.message(), e.logStream(), e.logGroup(), e.id()))
                .toList();
        assertThat(shifted).anyMatch(e -> e.timestamp() < -300_000).anyMatch(e -> e.timestamp() > 300_000);
        try (TwoStores epoch = new TwoStores(dir, shifted)) {
            TwoStores.Pair p = epoch.run(query);
            assertThat(p.duck().plan()).contains("stats");
            assertThat(SameResult.difference(query, p.reference(), p.duck())).as(query + " ran as " + p.duck().plan())
                    .isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "stats pct(missing, 7) as a, pct(missing, 50) as b, sum(missing) as c, avg(missing) as d, min(missing) as e,"
                + " count(missing) as f, count_distinct(missing) as g",
        "filter missing = 1 | stats count(*) as c, pct(n, 90) as p",
        "stats count(*) as c by missing",
        "stats pct(n, 7) as p7, pct(n, 90) as p90, pct(n, 99) as p99, pct(d, 0) as p0, pct(d, 100) as p100,"
                + " pct(d, 99.9) as p999 by s",
        "stats count(*) as c by s | sort c desc | limit 3",
        "stats count(*) as c by o.y, b | sort c asc | limit 4",
        "stats sum(n) as t by bin(15m) | sort t desc | limit 5",
        "fields s, n | sort s desc | limit 7",
        "fields n, d | sort n desc, d asc | limit 11",
        "filter m = \"m1\" or m > 2 | stats count(*) as c",
        "filter @message like \"a1\" and @logStream = \"s1\" | fields @timestamp, @message",
        "filter d * 2 > n / 3 and not (s in [\"a\", \"b\", \"10\"]) | stats avg(d) as a, max(@timestamp) as t by b"})
    void sameRowsAsTheReference(String query) {
        TwoStores.Pair p = stores.run(query);
        assertThat(SameResult.difference(query, p.reference(), p.duck())).as(query + " ran as " + p.duck().plan())
                .isNull();
    }
}
