package io.fmscope.server.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fmscope.server.FmscopeServer;
import io.fmscope.server.ServerConfig;
import io.fmscope.server.ServerFixture;
import io.fmscope.storage.duckdb.DuckLogStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.InvalidParameterException;
import software.amazon.awssdk.services.cloudwatchlogs.model.QueryStatus;

/** GetQueryResults pages (maxItems, nextToken) through the AWS SDK: sizes, order, token checks and expiry. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryResultsPagingFunctionalTest {
    static final long NOW = Instant.parse("2026-03-01T12:00:00Z").toEpochMilli();
    static final int EVENTS = 23_456;
    private final MutableClock clock = new MutableClock(NOW);
    private FmscopeServer server;
    private CloudWatchLogsClient logs;

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        volatile long millis;

        MutableClock(long millis) {
            this.millis = millis;
        }

        @Override public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }
    }

    @BeforeAll void load(@TempDir Path dir) {
        server = FmscopeServer.start(ServerConfig.defaults().withPort(0), DuckLogStore.open(dir),
                new ReferenceInsightsEngine(), clock);
        logs = ServerFixture.client(URI.create("http://127.0.0.1:" + server.port()));
        logs.createLogGroup(b -> b.logGroupName("g"));
        logs.createLogStream(b -> b.logGroupName("g").logStreamName("s"));
        for (int from = 0; from < EVENTS; from += 10_000) {
            List<InputLogEvent> batch = new ArrayList<>();
            for (int i = from; i < Math.min(EVENTS, from + 10_000); i++) {
                batch.add(InputLogEvent.builder().timestamp(NOW - 3_600_000L + i).message("{\"i\":" + i + "}").build());
            }
            logs.putLogEvents(b -> b.logGroupName("g").logStreamName("s").logEvents(batch));
        }
    }

    @AfterAll void stop() {
        logs.close();
        server.close();
    }

    private String finished(String query) throws InterruptedException {
        String id = logs.startQuery(b -> b.logGroupName("g").queryString(query).limit(100_000)
                .startTime(NOW / 1000 - 7200).endTime(NOW / 1000)).queryId();
        for (int k = 0; k < 600; k++) {
            if (logs.getQueryResults(b -> b.queryId(id).maxItems(1)).status() == QueryStatus.COMPLETE) {
                return id;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("query did not finish");
    }

    @Test void pagesFollowEachOtherAndCoverEveryRowOnce() throws Exception {
        String id = finished("fields i | sort i asc");
        GetQueryResultsResponse first = logs.getQueryResults(b -> b.queryId(id));
        assertThat(first.results()).hasSize(10_000);
        assertThat(first.nextToken()).isNotNull();
        List<Integer> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String t = token;
            GetQueryResultsResponse page = logs.getQueryResults(b -> b.queryId(id).maxItems(7_000).nextToken(t));
            assertThat(page.results()).hasSizeLessThanOrEqualTo(7_000);
            page.results().forEach(row -> seen.add(Integer.parseInt(row.get(0).value())));
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertThat(pages).isEqualTo(4);
        assertThat(seen).hasSize(EVENTS);
        Set<Integer> distinct = new HashSet<>(seen);
        assertThat(distinct).hasSize(EVENTS);
        assertThat(seen).isSorted();
    }

    @Test void tokensAreCheckedAndExpireAfterAnHour() throws Exception {
        String a = finished("fields i | sort i desc");
        String b = finished("fields i | sort i asc");
        String token = logs.getQueryResults(r -> r.queryId(a).maxItems(10)).nextToken();
        assertThatThrownBy(() -> logs.getQueryResults(r -> r.queryId(b).nextToken(token)))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("not valid");
        assertThatThrownBy(() -> logs.getQueryResults(r -> r.queryId(a).nextToken("garbage")))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> logs.getQueryResults(r -> r.queryId(a).maxItems(10_001)))
                .isInstanceOf(InvalidParameterException.class);
        assertThat(logs.getQueryResults(r -> r.queryId(a).nextToken(token)).results().get(0).get(0).value())
                .isEqualTo(Integer.toString(EVENTS - 11));
        clock.millis += 3_600_001L;
        try {
            assertThatThrownBy(() -> logs.getQueryResults(r -> r.queryId(a).nextToken(token)))
                    .isInstanceOf(InvalidParameterException.class).hasMessageContaining("expired");
        } finally {
            clock.millis -= 3_600_001L;
        }
    }
}
