package io.fmscope.storage.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.analyzer.Analyzer;
import io.fmscope.query.exec.QueryEngine;
import io.fmscope.query.exec.QueryOptions;
import io.fmscope.query.pushdown.Pushdown;
import io.fmscope.query.pushdown.PushdownExecutor;
import io.fmscope.query.pushdown.PushdownPlanner;
import io.fmscope.storage.duckdb.pushdown.SqlExpr;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Field names and literals can never become SQL: names enter only as quoted identifiers, literals and result
 * names never enter at all (they are parameters and positional aliases). Each hostile query still returns the
 * rows the reference returns, and the events table survives.
 */
class HostileSqlTest {
    private static final String EVIL = "x\"; DROP TABLE events; --";
    @TempDir Path dir;
    private DuckLogStore store;

    @BeforeEach void load() {
        store = DuckLogStore.open(dir);
        store.groups().create("g", 0);
        store.streams().create("g", "s", 0);
        List<LogEvent> events = new ArrayList<>();
        String key = EVIL.replace("\"", "\\\"");
        for (int i = 0; i < 6; i++) {
            events.add(new LogEvent(i, i, "{\"" + key + "\":\"v" + (i % 2) + "\",\"q\":\"it's \\\"quoted\\\" " + i
                    + "\",\"n\":" + i + "}", "s", "g", "e" + i));
        }
        store.writer().append(events);
    }

    @AfterEach void close() {
        store.close();
    }

    private SqlExpr pushed(String query) {
        Pushdown p = PushdownPlanner.plan(Analyzer.standard().analyze(query),
                () -> store.reader().scan().logGroups(List.of("g")).timeRange(0, 100), 10_000);
        assertThat(p).as("pushed down: " + query).isInstanceOf(Pushdown.Rows.class);
        return ((DuckScanBuilder) p.scan()).statement();
    }

    private List<List<String>> rows(String query) {
        var r = new PushdownExecutor(new QueryEngine()).execute(Analyzer.standard().analyze(query),
                () -> store.reader().scan().logGroups(List.of("g")).timeRange(0, 100),
                QueryOptions.defaults().withWindow(0, 99));
        return r.rows().stream().map(row -> row.stream().map(v -> v.isNull() ? "" : v.asText()).toList()).toList();
    }

    private List<List<String>> reference(String query) {
        List<LogEvent> events = new ArrayList<>();
        try (var scan = store.reader().scan().logGroups(List.of("g")).open()) {
            scan.forEachRemaining(events::add);
        }
        var r = new QueryEngine().execute(query, io.fmscope.query.exec.EventSource.of(events),
                QueryOptions.defaults().withWindow(0, 99));
        return r.rows().stream().map(row -> row.stream().map(v -> v.isNull() ? "" : v.asText()).toList()).toList();
    }

    @Test void aHostileFieldNameIsOnlyEverAQuotedIdentifier() {
        String field = "`" + EVIL + "`";
        String query = "filter " + field + " = \"v1\" | stats count(*) as c by " + field;
        SqlExpr sql = pushed(query);
        assertThat(sql.sql()).contains("\"x\"\"; DROP TABLE events; --\"")
                .doesNotContain("\"x\"; DROP");
        assertThat(rows(query)).isEqualTo(reference(query)).containsExactly(List.of("v1", "3"));
        assertThat(rows("stats count(*) as c")).containsExactly(List.of("6"));
    }

    @Test void hostileLiteralsAreParametersNeverText() {
        String query = "filter q != \"'; DROP TABLE events; --\" and q like \"it's \\\"quoted\\\"\""
                + " and q =~ /^it's/ | fields q, n | sort n desc | limit 2";
        SqlExpr sql = pushed(query);
        assertThat(sql.sql()).doesNotContain("DROP").doesNotContain("quoted").doesNotContain("it's");
        assertThat(sql.params()).contains("'; DROP TABLE events; --", "it's \"quoted\"", "it's");
        assertThat(rows(query)).isEqualTo(reference(query)).hasSize(2);
    }

    @Test void resultNamesNeverReachTheSql() {
        String query = "stats count(*) as `c\"; DROP TABLE events; --`, sum(n) as `\"` by `" + EVIL + "`"
                + " | sort `\"` desc";
        SqlExpr sql = pushed(query);
        assertThat(sql.sql()).doesNotContain("c\"; DROP").doesNotContain("c\"\"; DROP");
        assertThat(rows(query)).isEqualTo(reference(query)).hasSize(2);
        assertThat(rows("stats count(*)")).containsExactly(List.of("6"));
    }
}
