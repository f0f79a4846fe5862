package io.fmscope.query.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.analyzer.Analyzer;
import io.fmscope.query.plan.PlanNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParallelScanTest {
    private static List<LogEvent> events(int n) {
        List<LogEvent> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(LogEvent.of(Events.T0 + i * 997L, "{\"i\":" + i + ",\"k\":\"" + (char) ('a' + i % 5)
                    + "\",\"x\":" + (i % 7) / 3.0 + ",\"tags\":[" + (i % 3) + "," + (i % 4) + "]}", "s", "g", "e" + i));
        }
        return out;
    }

    private static PlanNode top(String query) {
        return ParallelScan.chainTop(Analyzer.standard().analyze(query).plan());
    }

    @ParameterizedTest
    @ValueSource(strings = {"stats count(*) by k", "filter i > 3 | fields i * 2 as j | stats sum(j) by bin(1m)",
        "parse @message '\"k\":\"*\"' as kk | filter kk = 'a' | fields i", "unnest tags into t | stats count(*) by t",
        "fields i | sort i desc | limit 5"})
    void rowAtATimeChainsUnderStatsOrSortRunInParallel(String query) {
        assertThat(top(query)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fields @ptr | sort @timestamp desc", "limit any 3",
        "filter k in (filter i > 3 | fields k) | stats count(*)"})
    void othersReadSequentially(String query) {
        assertThat(top(query)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"stats count(*), avg(x), stddev(x), pct(i, 90), earliest(i), latest(k), sortsFirst(k),"
            + " count_distinct(x) by k, bin(10s)", "fields i, k | sort k, i desc", "filter x > 1 | dedup k",
        "unnest tags into t | stats sum(t), max(i) by t | sort t", "fields @timestamp, @message | limit 20",
        "filter @message like /\"i\":1\\d/ | stats count(*) as n by k | filter n > 1",
        "filter k in (filter i < 10 | fields k) | stats count(*) by k"})
    void partsGiveExactlyTheSequentialResult(String query) {
        List<LogEvent> events = events(5_000);
        QueryOptions options = QueryOptions.defaults().withNow(Events.T0);
        QueryResult one = new QueryEngine().execute(query, EventSource.of(events), options.withParallelism(1));
        SplitSource split = new SplitSource(events, 9);
        QueryResult many = new QueryEngine().execute(query, split, options.withParallelism(4));
        assertThat(many.rows()).isEqualTo(one.rows());
        assertThat(many.statistics()).isEqualTo(one.statistics());
        // a subquery may read in parts by itself; the outer query then reads sequentially
        boolean parallel = top(query) != null || query.contains(" in (");
        assertThat(split.threads().stream().anyMatch(t -> t.startsWith("fmscope-query-scan"))).isEqualTo(parallel);
    }

    @Test
    void aFailingPartFailsTheQuery() {
        List<LogEvent> events = events(2_000);
        EventSource failing = new EventSource() {
            @Override
            public Stream<LogEvent> open() {
                return events.stream();
            }

            @Override
            public List<EventSource> parts(int n) {
                return List.of(() -> events.subList(0, 1000).stream(), () -> Stream.<LogEvent>generate(() -> {
                    throw new IllegalStateException("disk on fire");
                }));
            }
        };
        var e = catchThrowableOfType(IllegalStateException.class, () -> new QueryEngine().execute("stats count(*)",
                failing, QueryOptions.defaults().withParallelism(2)));
        assertThat(e).hasMessage("disk on fire");
    }

    @Test
    void timeLimitsStopPartsToo() {
        SplitSource split = new SplitSource(events(50_000), 4);
        var e = catchThrowableOfType(QueryExecutionException.class, () -> new QueryEngine().execute(
                "stats count(*) by k", split, QueryOptions.defaults().withParallelism(2)
                        .withTimeout(Duration.ofMillis(-1))));
        assertThat(e.kind()).isEqualTo(QueryExecutionException.Kind.TIMED_OUT);
    }

    @Test
    void everyPartIsClosedWhenTheQueryReturns() {
        List<LogEvent> events = events(4_000);
        java.util.Set<Integer> closed = java.util.concurrent.ConcurrentHashMap.newKeySet();
        EventSource slowToClose = new EventSource() {
            @Override
            public Stream<LogEvent> open() {
                return events.stream();
            }

            @Override
            public List<EventSource> parts(int n) {
                List<EventSource> out = new ArrayList<>();
                for (int p = 0; p < 4; p++) {
                    int part = p;
                    out.add(() -> events.subList(part * 1000, part * 1000 + 1000).stream().onClose(() -> {
                        try {
                            Thread.sleep(50); // a source whose close does work (a file part reports its counters)
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        closed.add(part);
                    }));
                }
                return out;
            }
        };
        QueryResult r = new QueryEngine().execute("stats count(*)", slowToClose,
                QueryOptions.defaults().withParallelism(2));
        assertThat(r.statistics().recordsScanned()).isEqualTo(4_000);
        assertThat(closed).containsExactlyInAnyOrder(0, 1, 2, 3);
    }
}
