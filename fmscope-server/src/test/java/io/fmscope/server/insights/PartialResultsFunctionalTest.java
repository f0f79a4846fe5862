package io.fmscope.server.insights;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.server.FmscopeServer;
import io.fmscope.server.ServerConfig;
import io.fmscope.server.ServerFixture;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.QueryStatus;

/**
 * GetQueryResults returns partial results while a query is Running: through the AWS SDK against the server,
 * over a store whose scan slows down after 2,000 events until the test has seen them.
 */
class PartialResultsFunctionalTest {
    private static final int EVENTS = 20_000;
    private final SlowScanStore store = new SlowScanStore(2_000);
    private FmscopeServer server;
    private CloudWatchLogsClient logs;
    private long t0;

    @BeforeEach void start() {
        server = FmscopeServer.start(ServerConfig.defaults().withPort(0), store, new ReferenceInsightsEngine(),
                Clock.systemUTC());
        logs = ServerFixture.client(URI.create("http://127.0.0.1:" + server.port()));
        logs.createLogGroup(b -> b.logGroupName("g"));
        logs.createLogStream(b -> b.logGroupName("g").logStreamName("s"));
        t0 = System.currentTimeMillis() - 3_600_000L;
        for (int from = 0; from < EVENTS; from += 5_000) {
            List<InputLogEvent> batch = new ArrayList<>();
            for (int i = from; i < from + 5_000; i++) {
                batch.add(InputLogEvent.builder().timestamp(t0 + i).message("{\"n\":" + i + "}").build());
            }
            logs.putLogEvents(b -> b.logGroupName("g").logStreamName("s").logEvents(batch));
        }
    }

    @AfterEach void stop() {
        store.release();
        logs.close();
        server.close();
    }

    private String startQuery(String q) {
        return logs.startQuery(b -> b.logGroupName("g").queryString(q).startTime(t0 / 1000)
                .endTime(t0 / 1000 + 7_200).limit(10_000)).queryId();
    }

    private GetQueryResultsResponse await(String id, Predicate<GetQueryResultsResponse> until) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        GetQueryResultsResponse r = logs.getQueryResults(b -> b.queryId(id));
        while (!until.test(r) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            r = logs.getQueryResults(b -> b.queryId(id));
        }
        assertThat(until.test(r)).as("status %s, %d rows, %s", r.status(), r.results().size(), r.statistics())
                .isTrue();
        return r;
    }

    /** Event rows come newest first (the default order): while Running, the newest of the events read so far. */
    @Test void runningEventRowsAreTheBestRowsSoFar() throws Exception {
        String id = startQuery("fields n | filter n % 2 = 0");
        GetQueryResultsResponse partial = await(id, r -> r.status() == QueryStatus.RUNNING && !r.results().isEmpty());
        store.release();
        GetQueryResultsResponse done = await(id, r -> r.status() == QueryStatus.COMPLETE);
        assertThat(done.results()).hasSize(10_000);
        assertThat(n(done.results().getFirst())).isEqualTo(EVENTS - 2);
        double scanned = partial.statistics().recordsScanned();
        assertThat(scanned).isPositive().isLessThan(done.statistics().recordsScanned());
        assertThat(partial.statistics().recordsMatched()).isLessThan(done.statistics().recordsMatched());
        List<Long> ns = partial.results().stream().map(PartialResultsFunctionalTest::n).toList();
        assertThat(ns).isSortedAccordingTo(java.util.Comparator.reverseOrder()).doesNotHaveDuplicates()
                .allSatisfy(v -> assertThat(v % 2).isZero()).allSatisfy(v -> assertThat(v).isLessThan((long) scanned));
        assertThat(ns.getFirst()).isGreaterThanOrEqualTo(2_000 - 2); // the 2,000 fast events were read
        assertThat(partial.results().getFirst()).anySatisfy(c -> assertThat(c.field()).isEqualTo("@ptr"));
        // here every even n is in the final answer (10,000 of them), each partial row with the same @ptr
        assertThat(done.results()).containsAll(partial.results());
    }

    private static long n(List<software.amazon.awssdk.services.cloudwatchlogs.model.ResultField> row) {
        return row.stream().filter(c -> c.field().equals("n")).mapToLong(c -> Long.parseLong(c.value()))
                .findFirst().orElseThrow();
    }

    @Test void aRunningAggregationShowsItsGroupsSoFar() throws Exception {
        String id = startQuery("stats count(*) as c by bin(1s)");
        GetQueryResultsResponse partial = await(id, r -> r.status() == QueryStatus.RUNNING
                && r.statistics().recordsScanned() > 2_000);
        store.release();
        GetQueryResultsResponse done = await(id, r -> r.status() == QueryStatus.COMPLETE);
        assertThat(done.statistics().recordsScanned()).isEqualTo(EVENTS);
        assertThat(count(done)).isEqualTo(EVENTS);
        // the groups so far count exactly the events read so far
        assertThat(count(partial)).isEqualTo(partial.statistics().recordsScanned().longValue());
        assertThat(partial.results().size()).isLessThanOrEqualTo(done.results().size());
    }

    private static long count(GetQueryResultsResponse r) {
        return r.results().stream().mapToLong(row -> row.stream().filter(c -> c.field().equals("c"))
                .mapToLong(c -> Long.parseLong(c.value())).sum()).sum();
    }
}
