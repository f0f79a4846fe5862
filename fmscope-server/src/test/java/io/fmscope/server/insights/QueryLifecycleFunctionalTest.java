package io.fmscope.server.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fmscope.server.FmscopeServer;
import io.fmscope.server.ServerConfig;
import io.fmscope.server.ServerFixture;
import io.fmscope.storage.memory.MemoryLogStore;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.InvalidParameterException;
import software.amazon.awssdk.services.cloudwatchlogs.model.LimitExceededException;
import software.amazon.awssdk.services.cloudwatchlogs.model.MalformedQueryException;
import software.amazon.awssdk.services.cloudwatchlogs.model.QueryInfo;
import software.amazon.awssdk.services.cloudwatchlogs.model.QueryStatus;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;

/**
 * Query statuses, the concurrency limit, StopQuery, DescribeQueries, timeouts and compile errors. The engine
 * here holds each run until it is cancelled or out of time, so the states can be observed deterministically.
 */
class QueryLifecycleFunctionalTest {
    private FmscopeServer server;
    private CloudWatchLogsClient logs;
    private final CountDownLatch running = new CountDownLatch(1);

    /** Runs block until cancelled or past their timeout; compile goes through the reference analyzer. */
    private final InsightsEngine holding = q -> {
        new ReferenceInsightsEngine().prepare(q);
        return (events, start, end, maxRows, timeout, cancel, partial) -> {
            running.countDown();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!cancel.cancelled()) {
                if (System.nanoTime() > deadline) {
                    throw new InsightsEngine.Stopped(true, "timed out");
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            throw new InsightsEngine.Stopped(false, "cancelled");
        };
    };

    private void start(ServerConfig config) {
        server = FmscopeServer.start(config.withPort(0), new MemoryLogStore(), holding, Clock.systemUTC());
        logs = ServerFixture.client(URI.create("http://127.0.0.1:" + server.port()));
        logs.createLogGroup(b -> b.logGroupName("g"));
    }

    @AfterEach void stop() {
        logs.close();
        server.close();
    }

    private String startQuery(String q) {
        return logs.startQuery(b -> b.logGroupName("g").queryString(q).startTime(0L).endTime(2_000_000_000L)).queryId();
    }

    private QueryStatus status(String id) {
        return logs.getQueryResults(b -> b.queryId(id)).status();
    }

    private QueryStatus awaitFinal(String id) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            QueryStatus s = status(id);
            if (s != QueryStatus.RUNNING && s != QueryStatus.SCHEDULED) {
                return s;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("query " + id + " never finished");
    }

    @Test void concurrencyLimitStopAndDescribe() throws Exception {
        start(ServerConfig.defaults().withMaxConcurrentQueries(1));
        String first = startQuery("fields @message");
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(status(first)).isEqualTo(QueryStatus.RUNNING);
        assertThatThrownBy(() -> startQuery("fields @message")).isInstanceOf(LimitExceededException.class);
        assertThat(logs.describeQueries(b -> b.logGroupName("g")).queries()).extracting(QueryInfo::queryId,
                QueryInfo::statusAsString).containsExactly(org.assertj.core.groups.Tuple.tuple(first, "Running"));
        assertThat(logs.stopQuery(b -> b.queryId(first)).success()).isTrue();
        assertThat(awaitFinal(first)).isEqualTo(QueryStatus.CANCELLED);
        assertThatThrownBy(() -> logs.stopQuery(b -> b.queryId(first))).isInstanceOf(InvalidParameterException.class);
        assertThat(logs.describeQueries(b -> b.status(QueryStatus.CANCELLED)).queries()).hasSize(1);
        assertThat(logs.describeQueries(b -> b.status(QueryStatus.RUNNING)).queries()).isEmpty();
    }

    @Test void aQueryPastItsTimeoutEndsAsTimeout() throws Exception {
        ServerConfig d = ServerConfig.defaults();
        start(new ServerConfig(d.bind(), 0, d.storage(), d.dataDir(), d.arns(), 5, 2, Duration.ofMillis(200),
                d.retentionInterval(), d.checkpointMib()));
        String id = startQuery("fields @message");
        assertThat(awaitFinal(id)).isEqualTo(QueryStatus.TIMEOUT);
    }

    @Test void malformedQueryNamesItsLocation() {
        start(ServerConfig.defaults());
        assertThatThrownBy(() -> startQuery("fields @message\n| fitler x = 1"))
                .isInstanceOfSatisfying(MalformedQueryException.class, e -> {
                    assertThat(e.queryCompileError().location().startCharOffset()).isEqualTo(18);
                    assertThat(e.queryCompileError().location().endCharOffset()).isEqualTo(24);
                    assertThat(e.queryCompileError().message()).contains("fitler");
                });
    }

    @Test void badStartQueryInputs() {
        start(ServerConfig.defaults());
        assertThatThrownBy(() -> logs.startQuery(b -> b.logGroupName("missing").queryString("fields @message")
                .startTime(0L).endTime(10L))).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> logs.startQuery(b -> b.logGroupName("g").logGroupNames(List.of("g"))
                .queryString("fields @message").startTime(0L).endTime(10L))).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> logs.startQuery(b -> b.logGroupName("g").queryString("fields @message")
                .startTime(10L).endTime(0L))).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> logs.getQueryResults(b -> b.queryId("nope"))).isInstanceOf(ResourceNotFoundException.class);
    }
}
