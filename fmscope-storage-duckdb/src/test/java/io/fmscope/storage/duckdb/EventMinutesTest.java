package io.fmscope.storage.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import io.fmscope.storage.ScanStatistics;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-minute summary gives the same records and bytes scanned as counting the events, for random ranges
 * (cut mid-minute, open-ended, inside one minute, before 1970), stream lists and prefixes, and stays exact after
 * retention cuts a minute, a stream is deleted, the store is reopened (rows folded) and the summary is rebuilt
 * from the events (a data directory from before it).
 */
class EventMinutesTest {
    private static final long DAY = 86_400_000L;
    /** Retention of 30 days then cuts the data 90 minutes and 17.345 s into its ninth day, mid-minute. */
    private static final long NOW = 39 * DAY + 5_400_000 + 17_345;

    @Test void summaryCountsEqualEventCounts(@TempDir Path dir) throws Exception {
        Random r = new Random(7);
        try (DuckLogStore store = DuckLogStore.open(dir)) {
            load(store, r);
            check(store, r, "after loading");
            store.groups().setRetention("g0", OptionalInt.of(30));
            assertThat(store.retention().enforce(NOW)).isPositive();
            check(store, r, "after retention");
            store.streams().delete("g1", "app-1");
            check(store, r, "after a stream was deleted");
        }
        try (DuckLogStore store = DuckLogStore.open(dir)) {
            check(store, r, "after reopening");
            try (Connection c = store.readerConnection(); Statement s = c.createStatement()) {
                s.execute("DROP TABLE " + EventMinutes.TABLE);
            }
        }
        try (DuckLogStore store = DuckLogStore.open(dir)) {
            check(store, r, "after rebuilding from the events");
            store.groups().delete("g0");
            check(store, r, "after a group was deleted");
        }
    }

    private static void load(DuckLogStore store, Random r) {
        for (String g : List.of("g0", "g1")) {
            store.groups().create(g, 0);
            for (String s : List.of("app-1", "app-2", "web")) {
                store.streams().create(g, s, 0);
            }
        }
        int id = 0;
        for (int batch = 0; batch < 60; batch++) {
            List<LogEvent> events = new ArrayList<>();
            String group = "g" + r.nextInt(2);
            long t = (r.nextInt(10) == 0 ? -DAY : 9 * DAY) + r.nextInt(3 * 3_600_000);
            for (int i = 0, n = 1 + r.nextInt(80); i < n; i++) {
                t += r.nextInt(50_000);
                String stream = List.of("app-1", "app-2", "web").get(r.nextInt(3));
                events.add(new LogEvent(t, t, "x".repeat(1 + r.nextInt(40)) + "é", stream, group, "e" + id++));
            }
            store.writer().append(events);
        }
    }

    private static void check(DuckLogStore store, Random r, String when) throws Exception {
        try (Connection c = store.readerConnection()) {
            for (int i = 0; i < 150; i++) {
                ScanRange range = new ScanRange();
                range.groups = r.nextBoolean() ? List.of("g0", "g1") : List.of("g" + r.nextInt(2));
                switch (r.nextInt(3)) {
                    case 0 -> range.streams = List.of(r.nextBoolean() ? "web" : "app-2");
                    case 1 -> range.streamPrefix = "app";
                    default -> { }
                }
                long base = r.nextInt(8) == 0 ? -DAY : 9 * DAY;
                long a = base + r.nextInt(4 * 3_600_000);
                long b = r.nextInt(5) == 0 ? a + r.nextInt(60_000) : a + r.nextInt(2 * 3_600_000);
                range.start = r.nextInt(10) == 0 ? Long.MIN_VALUE : a;
                range.end = r.nextInt(10) == 0 ? Long.MAX_VALUE : b;
                ScanStatistics counted = new ScanStats(range.where(), null).count(c);
                ScanStatistics summed = ScanStats.ofRange(range).count(c);
                assertThat(summed).as("%s: %s %s %s [%d, %d)", when, range.groups, range.streams, range.streamPrefix,
                        range.start, range.end).isEqualTo(counted);
            }
            ScanRange all = new ScanRange();
            all.groups = List.of("g0", "g1");
            assertThat(new ScanStats(all.where(), null).count(c).recordsScanned()).as(when).isPositive();
        }
    }
}
