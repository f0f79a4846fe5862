package io.fmscope.storage.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.analyzer.Analyzer;
import io.fmscope.query.exec.QueryEngine;
import io.fmscope.query.exec.QueryOptions;
import io.fmscope.query.pushdown.PushdownExecutor;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reader connections keep their prepared statements between scans, and drop them when the typed columns change:
 * the same pushed-down query sees a column widened from BIGINT to DOUBLE and a column added since it last ran.
 */
class ReadersTest {
    private static final PushdownExecutor EXECUTOR = new PushdownExecutor(new QueryEngine());

    @Test void aStatementIsPreparedOncePerTableShape(@TempDir Path dir) throws Exception {
        try (DuckLogStore store = DuckLogStore.open(dir)) {
            Readers readers = store.state().readers;
            PreparedStatement first;
            try (Readers.Reader r = readers.borrow(1)) {
                first = r.prepare("SELECT count(*) FROM events");
                assertThat(r.prepare("SELECT count(*) FROM events")).isSameAs(first);
            }
            try (Readers.Reader r = readers.borrow(1)) {
                assertThat(r.prepare("SELECT count(*) FROM events")).isSameAs(first);
            }
            try (Readers.Reader r = readers.borrow(2)) {
                assertThat(r.prepare("SELECT count(*) FROM events")).isNotSameAs(first);
            }
            assertThat(first.isClosed()).isTrue();
        }
    }

    @Test void aRepeatedQuerySeesWidenedAndNewColumns(@TempDir Path dir) {
        try (DuckLogStore store = DuckLogStore.open(dir)) {
            store.groups().create("g", 0);
            store.streams().create("g", "s", 0);
            store.writer().append(List.of(new LogEvent(1_000, 1_000, "{\"n\":1}", "s", "g", "a")));
            assertThat(run(store, "stats sum(n) as t")).isEqualTo(List.of("1"));
            store.writer().append(List.of(new LogEvent(2_000, 2_000, "{\"n\":2.5,\"m\":7}", "s", "g", "b")));
            assertThat(run(store, "stats sum(n) as t")).isEqualTo(List.of("3.5"));
            assertThat(run(store, "stats sum(m) as t")).isEqualTo(List.of("7"));
        }
    }

    private static List<String> run(DuckLogStore store, String query) {
        var r = EXECUTOR.execute(Analyzer.standard().analyze(query),
                () -> store.reader().scan().logGroups(List.of("g")).timeRange(0, 10_000),
                QueryOptions.defaults().withWindow(0, 9_999));
        assertThat(r.plan()).contains("stats");
        return r.rows().stream().map(row -> row.get(0).asText()).toList();
    }
}
