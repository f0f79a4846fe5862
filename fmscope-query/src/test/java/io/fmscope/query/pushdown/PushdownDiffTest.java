package io.fmscope.query.pushdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.analyzer.Analyzer;
import io.fmscope.query.exec.QueryEngine;
import io.fmscope.query.exec.QueryOptions;
import io.fmscope.query.value.Value;
import io.fmscope.storage.memory.MemoryLogStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A {@code diff} run the way StartQuery runs it: the scans are addressed to the query's own window, yet the
 * comparison range before it must be read too (it was not, so every pattern came out "new").
 */
class PushdownDiffTest {
    private static final long HOUR = 3_600_000L;
    private static final long S = Instant.parse("2024-05-01T10:00:00Z").toEpochMilli();
    private static final String GROUP = "/app";

    @Test
    void readsTheComparisonRangeOutsideTheAddressedWindow() {
        try (MemoryLogStore store = new MemoryLogStore()) {
            store.groups().create(GROUP, 0);
            store.streams().create(GROUP, "s", 0);
            List<LogEvent> events = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                events.add(LogEvent.of(S - HOUR + i * 1000, "ERROR upstream timeout after " + (100 + i) + " ms",
                        "s", GROUP, "p" + i));
            }
            for (int i = 0; i < 3; i++) {
                events.add(LogEvent.of(S + i * 1000, "ERROR upstream timeout after " + (200 + i) + " ms",
                        "s", GROUP, "c" + i));
            }
            store.writer().append(events);

            var result = new PushdownExecutor(new QueryEngine()).execute(
                    Analyzer.standard().analyze("filter @message like /ERROR/ | pattern @message | diff"),
                    () -> store.reader().scan().logGroups(List.of(GROUP)).timeRange(S, S + HOUR),
                    QueryOptions.defaults().withWindow(S, S + HOUR - 1).withNow(S + HOUR));

            int current = result.columns().indexOf("@currentCount");
            int previous = result.columns().indexOf("@previousCount");
            assertThat(result.rows()).hasSize(1);
            List<Value> row = result.rows().get(0);
            assertThat(row.get(current).toString()).isEqualTo("3");
            assertThat(row.get(previous).toString()).isEqualTo("6");
        }
    }
}
