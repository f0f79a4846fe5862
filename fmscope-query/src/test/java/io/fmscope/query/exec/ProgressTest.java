package io.fmscope.query.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Partial results: rows so far are a prefix of the final rows, counters only grow, subqueries stay quiet. */
class ProgressTest {
    private static final int N = 5_000;

    private static List<LogEvent> events() {
        String[] messages = new String[N];
        for (int i = 0; i < N; i++) messages[i] = "{\"n\":" + i + ",\"kind\":\"k" + (i % 7) + "\"}";
        return Events.of(messages);
    }

    private static QueryOptions reportingTo(List<QueryResult> partials) {
        return QueryOptions.defaults().withNow(Events.T0).withParallelism(1)
                .withProgress(new Progress(partials::add, Duration.ZERO));
    }

    /**
     * While the scan runs, a partial result is exactly the answer over the events read so far (here the newest
     * first, the default order); once the sort returns rows, a prefix of the final rows.
     */
    @Test void eventRowsSoFarAreTheAnswerOverTheEventsReadSoFar() {
        assertPartialsAnswerTheEventsReadSoFar("fields n, kind | filter n % 3 = 0", 1_667);
    }

    private static void assertPartialsAnswerTheEventsReadSoFar(String query, int finalRows) {
        List<QueryResult> partials = new ArrayList<>();
        List<LogEvent> events = events();
        QueryResult done = new QueryEngine().execute(query, EventSource.of(events), reportingTo(partials));
        assertThat(done.rows()).hasSize(finalRows);
        assertThat(partials).anySatisfy(p -> assertThat(p.statistics().recordsScanned()).isBetween(1L, N - 1L));
        assertThat(partials).anySatisfy(p -> assertThat(p.rows()).isNotEmpty());
        long lastScanned = 0;
        for (QueryResult p : partials) {
            assertThat(p.columns()).isEqualTo(done.columns());
            assertThat(p.truncated()).isFalse();
            long seen = p.statistics().recordsScanned();
            assertThat(seen).isBetween(lastScanned, done.statistics().recordsScanned());
            assertThat(p.statistics().recordsMatched()).isLessThanOrEqualTo(done.statistics().recordsMatched());
            if (seen < N) {
                QueryResult soFar = new QueryEngine().execute(query, EventSource.of(events.subList(0, (int) seen)),
                        QueryOptions.defaults().withNow(Events.T0));
                assertThat(p.rows()).isEqualTo(soFar.rows());
            } else {
                assertThat(p.rows()).isEqualTo(done.rows().subList(0, p.rows().size()));
            }
            lastScanned = seen;
        }
    }

    @Test void anAggregationShowsItsGroupsSoFar() {
        assertPartialsAnswerTheEventsReadSoFar("stats count(*) as c, pct(n, 90) as p by kind | sort c desc, kind", 7);
        assertPartialsAnswerTheEventsReadSoFar("filter n > 100 | stats count(*) as c, max(n) as m", 1);
    }

    /** As in CloudWatch: with two stats, rows appear only once the first aggregation is done. */
    @Test void aSecondStatsWaitsForTheFirst() {
        List<QueryResult> partials = new ArrayList<>();
        QueryResult done = new QueryEngine().execute("stats count(*) as c by kind | stats sum(c) as total",
                EventSource.of(events()), reportingTo(partials));
        assertThat(Events.text(done)).containsExactly(List.of(String.valueOf(N)));
        assertThat(partials).anySatisfy(p -> assertThat(p.statistics().recordsScanned()).isBetween(1L, N - 1L));
        assertThat(partials).allSatisfy(p -> {
            if (p.statistics().recordsScanned() < N) assertThat(p.rows()).isEmpty();
        });
    }

    @Test void partsReadOnOtherThreadsCountInThePartialCounters() {
        List<QueryResult> partials = new ArrayList<>();
        SplitSource source = new SplitSource(events(), 8);
        QueryResult done = new QueryEngine().execute("filter n >= 0 | stats count(*) as c", source,
                reportingTo(partials).withParallelism(2));
        assertThat(Events.text(done)).containsExactly(List.of(String.valueOf(N)));
        assertThat(source.threads()).anyMatch(t -> t.startsWith("fmscope-query-scan"));
        assertThat(partials).isNotEmpty().allSatisfy(p -> assertThat(p.statistics().recordsScanned())
                .isBetween(0L, (long) N));
        assertThat(partials).anySatisfy(p -> assertThat(p.statistics().recordsScanned()).isPositive());
    }

    @Test void withoutProgressNothingIsReportedAndResultsAreTheSame() {
        List<QueryResult> partials = new ArrayList<>();
        QueryResult quiet = new QueryEngine().execute("fields n | filter n < 10", EventSource.of(events()),
                QueryOptions.defaults().withNow(Events.T0));
        QueryResult reported = new QueryEngine().execute("fields n | filter n < 10", EventSource.of(events()),
                reportingTo(partials));
        assertThat(reported.rows()).isEqualTo(quiet.rows());
        assertThat(reported.statistics()).isEqualTo(quiet.statistics());
    }

    @Test void aSubqueryDoesNotReportAsTheQuery() {
        assertPartialsAnswerTheEventsReadSoFar("filter kind in (filter n < 3 | fields kind) | fields n, kind", 2_144);
    }

    @Test void aSortShowsTheBestRowsAmongThoseReadSoFar() {
        List<QueryResult> partials = new ArrayList<>();
        QueryResult done = new QueryEngine().execute("fields n, x | sort n desc | limit 5 | fields n * 2 as x",
                EventSource.of(events()), reportingTo(partials));
        assertThat(Events.column(done, "n")).containsExactly("4999", "4998", "4997", "4996", "4995");
        assertThat(Events.column(done, "x")).containsExactly("9998", "9996", "9994", "9992", "9990");
        assertThat(partials).anySatisfy(p -> assertThat(p.statistics().recordsScanned()).isLessThan(N));
        for (QueryResult p : partials) {
            if (p.statistics().recordsScanned() == N) continue; // the sort is done: rows so far of the final ones
            long seen = p.statistics().recordsScanned();
            List<String> n = Events.column(p, "n");
            assertThat(n).hasSizeLessThanOrEqualTo(5);
            // the newest of the events read so far, in order, with the steps after the sort applied to copies
            for (int i = 0; i < n.size(); i++) {
                assertThat(Long.parseLong(n.get(i))).isEqualTo(seen - 1 - i);
                assertThat(Events.column(p, "x").get(i)).isEqualTo(String.valueOf(2 * (seen - 1 - i)));
            }
        }
    }
}
