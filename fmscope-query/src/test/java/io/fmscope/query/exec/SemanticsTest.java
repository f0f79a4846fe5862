package io.fmscope.query.exec;

import static io.fmscope.query.exec.Events.T0;
import static io.fmscope.query.exec.Events.column;
import static io.fmscope.query.exec.Events.run;
import static io.fmscope.query.exec.Events.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.value.TimeText;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One test per decision in docs/query/semantics.md (numbers match the document's sections). */
class SemanticsTest {

    @Test
    @DisplayName("1a: sort without a direction is ascending")
    void sortDefaultsToAscending() {
        var r = run("fields n | sort n", Events.of("{\"n\":3}", "{\"n\":1}", "{\"n\":2}"));
        assertThat(column(r, "n")).containsExactly("1", "2", "3");
    }

    @Test
    @DisplayName("1b: event rows without sort come newest first; stats rows by group key ascending")
    void defaultOrders() {
        var events = Events.of("{\"k\":\"b\"}", "{\"k\":\"a\"}", "{\"k\":\"c\"}");
        assertThat(column(run("fields k", events), "k")).containsExactly("c", "a", "b");
        assertThat(column(run("stats count(*) by k", events), "k")).containsExactly("a", "b", "c");
    }

    @Test
    @DisplayName("1c: NULL sorts last in both directions; equal keys keep input order")
    void nullsLastAndStable() {
        var events = Events.of("{\"n\":2,\"i\":1}", "{\"i\":2}", "{\"n\":1,\"i\":3}", "{\"n\":2,\"i\":4}");
        assertThat(column(run("fields n, i | sort n desc", events), "i")).containsExactly("1", "4", "3", "2");
        assertThat(column(run("fields n, i | sort n asc", events), "i")).containsExactly("3", "1", "4", "2");
    }

    @Test
    @DisplayName("2: pct is exact nearest-rank, stddev is the sample deviation, count_distinct is exact")
    void aggregateDefinitions() {
        var events = Events.of("{\"x\":1}", "{\"x\":2}", "{\"x\":3}", "{\"x\":4}", "{\"x\":10}", "{\"x\":2}");
        var r = run("stats pct(x, 50) as p50, pct(x, 90) as p90, stddev(x) as sd, count_distinct(x) as d", events);
        // sorted: 1 2 2 3 4 10 -> nearest rank ceil(0.5*6)=3rd = 2, ceil(0.9*6)=6th = 10
        assertThat(Events.v(r, 0, "p50").asText()).isEqualTo("2");
        assertThat(Events.v(r, 0, "p90").asText()).isEqualTo("10");
        double mean = 22.0 / 6;
        double ss = 0;
        for (double x : new double[] {1, 2, 3, 4, 10, 2}) ss += (x - mean) * (x - mean);
        assertThat(Double.parseDouble(Events.v(r, 0, "sd").asText())).isCloseTo(Math.sqrt(ss / 5),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Events.v(r, 0, "d").asText()).isEqualTo("5");
    }

    @Test
    @DisplayName("3a: glob * is lazy up to the next literal; a final * takes the rest, line breaks included")
    void globSemantics() {
        var r = run("parse 'a=* b=*' as a, b | fields a, b", Events.of("x a=1 b=2 a=3 b=4\nmore"));
        assertThat(text(r)).containsExactly(List.of("1", "2 a=3 b=4\nmore"));
        var ms = run("parse 'took * ms' as t | fields t", Events.of("took 5 ms, then took 7 ms"));
        assertThat(column(ms, "t")).containsExactly("5");
    }

    @Test
    @DisplayName("3b: no match leaves fields as they were; a match overwrites")
    void parseNoMatchAndOverwrite() {
        var events = Events.of("{\"v\":\"json\",\"msg\":\"v=parsed\"}", "{\"v\":\"kept\",\"msg\":\"nothing\"}",
                "no json");
        var r = run("parse msg 'v=*' as v | fields v", events);
        assertThat(column(r, "v")).containsExactly("", "kept", "parsed");
    }

    @Test
    @DisplayName("4: strings that spell numbers compare as numbers; in uses = equality across types")
    void coercions() {
        var events = Events.of("code=404", "code=99", "code=abc");
        var r = run("parse 'code=*' as c | filter c >= 100 and c < 1000 | fields c", events);
        assertThat(column(r, "c")).as("numeric, not text order (\"99\" > \"100\" as text)").containsExactly("404");
        var in = run("parse 'code=*' as c | filter c in [404, \"abc\"] | fields c", events);
        assertThat(column(in, "c")).containsExactly("abc", "404");
    }

    @Test
    @DisplayName("5: bin aligns fixed units to the epoch in UTC, months to calendar months; amounts are capped")
    void binAlignment() {
        long day = 86_400_000L;
        long jan31 = 1_706_659_200_000L + 3_600_000L; // 2024-01-31T01:00Z
        var events = List.of(LogEvent.of(jan31, "a", "s", "g", "1"), LogEvent.of(jan31 + day, "b", "s", "g", "2"));
        var months = run("stats count(*) by bin(1mo)", events);
        assertThat(column(months, "bin(1mo)")).containsExactly(TimeText.format(1_704_067_200_000L),
                TimeText.format(1_706_745_600_000L));
        var days = run("stats count(*) by bin(1d)", events);
        assertThat(column(days, "bin(1d)")).containsExactly(TimeText.format(jan31 - 3_600_000L),
                TimeText.format(jan31 - 3_600_000L + day));
        var capped = run("stats count(*) as n by bin(300s)",
                List.of(LogEvent.of(T0, "a", "s", "g", "1"), LogEvent.of(T0 + 61_000, "b", "s", "g", "2")));
        assertThat(capped.rows()).as("300s behaves as 60s: two buckets").hasSize(2);
    }

    @Test
    @DisplayName("7: == is =, and a blank may separate a function from its parenthesis")
    void lenientSpellings() {
        var events = Events.of("{\"l\":\"ERR\"}", "{\"l\":\"OK\"}");
        assertThat(text(run("filter l == 'ERR' | stats count (*) as n by bin (1min)", events)))
                .extracting(row -> row.get(1)).containsExactly("1");
    }

    @Test
    @DisplayName("8a: field names are case-sensitive (with a warning for system-field look-alikes)")
    void caseSensitiveFields() {
        var r = run("fields @logstream, @logStream", Events.of("x"));
        assertThat(text(r)).containsExactly(List.of("", "s"));
        assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("'@logStream'"));
    }

    @Test
    @DisplayName("8b: a missing group key is a group of its own; keys group by their text")
    void missingKeysGroup() {
        var r = run("stats count(*) as n by k", Events.of("{\"k\":1}", "{\"k\":\"1\"}", "{}", "plain"));
        assertThat(text(r)).containsExactly(List.of("1", "2"), List.of("", "2"));
    }

    @Test
    @DisplayName("9: stats without by returns one row, also over no events")
    void globalAggregateOverNothing() {
        var r = run("filter x = 1 | stats count(*) as n, avg(x) as a", Events.of("{\"x\":2}"));
        assertThat(text(r)).containsExactly(List.of("0", ""));
    }

    @Test
    @DisplayName("10: after stats by bin(), @timestamp is the bucket; unproduced fields are empty with a warning")
    void timestampAfterStats() {
        var events = Events.of("a", "b");
        var r = run("stats count(*) as n by bin(1h) | sort @timestamp desc | filter nope = 1", events);
        assertThat(r.rows()).isEmpty();
        assertThat(r.warnings()).hasSize(1);
        var kept = run("stats count(*) as n by bin(1h) | sort @timestamp desc", events);
        assertThat(column(kept, "n")).containsExactly("2");
    }

    @Test
    @DisplayName("11: an explicit final limit sets the row count; otherwise maxRows does and truncation is flagged")
    void rowCaps() {
        String[] many = new String[30];
        for (int i = 0; i < many.length; i++) many[i] = "m" + i;
        var options = QueryOptions.defaults().withMaxRows(10);
        var engine = new QueryEngine();
        assertThat(engine.execute("fields @message", EventSource.of(Events.of(many)), options).rows()).hasSize(10);
        assertThat(engine.execute("fields @message | limit 25", EventSource.of(Events.of(many)), options).rows())
                .hasSize(25);
    }

    @Test
    @DisplayName("12: dedup keeps rows whose dedup field is missing")
    void dedupKeepsNulls() {
        var r = run("fields k | sort @timestamp asc | dedup k", Events.of("{\"k\":1}", "{}", "{\"k\":1}", "{}"));
        assertThat(r.rows()).hasSize(3);
    }

    @Test
    @DisplayName("13: unnest: a list gives one row per element, a scalar one row, NULL or [] none")
    void unnestShapes() {
        var r = run("fields jsonParse(@message) as j | unnest j.a into x | fields x | sort x",
                Events.of("{\"a\":[1,2]}", "{\"a\":7}", "{\"a\":[]}", "{}"));
        assertThat(column(r, "x")).containsExactly("1", "2", "7");
    }

    @Test
    @DisplayName("14: SOURCE selects log groups by name or prefix and narrows the window with START/END")
    void sourceSelection() {
        var events = List.of(LogEvent.of(T0, "a", "s", "/aws/lambda/f", "1"), LogEvent.of(T0, "b", "s", "/app/x", "2"),
                LogEvent.of(T0 - 7_200_000L, "c", "s", "/app/x", "3"));
        assertThat(column(run("SOURCE '/app/x' | fields @message", events), "@message")).containsExactly("b", "c");
        assertThat(column(run("SOURCE logGroups(namePrefix: ['/aws']) | fields @message", events), "@message"))
                .containsExactly("a");
        assertThat(column(run("SOURCE '/app/x' START=-3600s END=0s | fields @message", events), "@message"))
                .containsExactly("b");
    }

    @Test
    @DisplayName("15: a regex that exhausts its step budget counts as no match and is counted")
    void catastrophicRegex() {
        String evil = "a,".repeat(40);
        var r = run("filter @message like /(.*?,){30}z/ | stats count(*) as n", Events.of(evil, ",".repeat(30) + "z"));
        assertThat(column(r, "n")).containsExactly("1");
        assertThat(r.statistics().regexGaveUp()).isEqualTo(1);
    }

    @Test
    @DisplayName("16: columns are named by alias, field name, or the expression text as written")
    void columnLabels() {
        var r = run("stats COUNT(*), avg ( x ) by bin(5m)", Events.of("{\"x\":1}"));
        assertThat(r.columns()).containsExactly("bin(5m)", "COUNT(*)", "avg ( x )");
    }

    @Test
    @DisplayName("17: like with a string is a case-sensitive substring test, not a SQL pattern")
    void likeString() {
        var r = run("filter @message like 'Err%' or @message like 'y.y.' | fields @message",
                Events.of("Err% literal", "Error", "y.y.1", "yxy"));
        assertThat(column(r, "@message")).containsExactly("y.y.1", "Err% literal");
    }

    @Test
    @DisplayName("18: subqueries run over the same input and in tests membership in their single column")
    void subquery() {
        var events = Events.of("{\"id\":\"a\",\"err\":1}", "{\"id\":\"b\"}", "{\"id\":\"a\",\"ok\":1}");
        var r = run("filter id in (filter err = 1 | fields id) | fields id, ok | sort ok", events);
        assertThat(text(r)).containsExactly(List.of("a", "1"), List.of("a", ""));
    }
}
