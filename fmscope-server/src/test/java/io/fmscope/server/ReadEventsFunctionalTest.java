package io.fmscope.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.InvalidParameterException;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogStream;
import software.amazon.awssdk.services.cloudwatchlogs.model.OrderBy;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;

/** DescribeLogStreams, GetLogEvents and FilterLogEvents over one fixture, through the AWS SDK. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadEventsFunctionalTest {
    static final long NOW = Instant.parse("2026-03-01T12:00:00Z").toEpochMilli();
    static final long T = NOW - 3_600_000L;
    private ServerFixture f;

    @BeforeAll void seed(@TempDir Path dir) {
        f = new ServerFixture(dir, ServerFixture.NO_QUERIES, Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC));
        f.logs.createLogGroup(b -> b.logGroupName("app"));
        for (String s : List.of("web-1", "web-2", "worker")) {
            f.logs.createLogStream(b -> b.logGroupName("app").logStreamName(s));
        }
        List<InputLogEvent> web1 = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String level = i % 5 == 0 ? "ERROR" : "INFO";
            web1.add(InputLogEvent.builder().timestamp(T + i * 1000L).message(
                    "{\"level\":\"" + level + "\",\"latency\":" + (i * 10) + ",\"model\":\"claude-3-haiku\",\"n\":" + i + "}").build());
        }
        f.logs.putLogEvents(b -> b.logGroupName("app").logStreamName("web-1").logEvents(web1));
        f.logs.putLogEvents(b -> b.logGroupName("app").logStreamName("web-2").logEvents(
                InputLogEvent.builder().timestamp(T + 500).message("127.0.0.1 GET /index.html 404 512").build(),
                InputLogEvent.builder().timestamp(T + 1500).message("10.0.0.2 POST /api/chat 200 2048").build()));
        f.logs.putLogEvents(b -> b.logGroupName("app").logStreamName("worker").logEvents(
                InputLogEvent.builder().timestamp(T + 30_000).message("ERROR ThrottlingException retrying").build()));
    }

    @AfterAll void stop() {
        f.close();
    }

    @Test void describeStreamsByNameOrLastEventTime() {
        assertThat(f.logs.describeLogStreams(b -> b.logGroupName("app")).logStreams())
                .extracting(LogStream::logStreamName).containsExactly("web-1", "web-2", "worker");
        assertThat(f.logs.describeLogStreams(b -> b.logGroupName("app").logStreamNamePrefix("web")).logStreams())
                .extracting(LogStream::logStreamName).containsExactly("web-1", "web-2");
        assertThat(f.logs.describeLogStreams(b -> b.logGroupName("app").orderBy(OrderBy.LAST_EVENT_TIME)
                .descending(true)).logStreams()).extracting(LogStream::logStreamName)
                .containsExactly("worker", "web-1", "web-2");
        var page1 = f.logs.describeLogStreams(b -> b.logGroupName("app").limit(2));
        assertThat(page1.logStreams()).hasSize(2);
        var page2 = f.logs.describeLogStreams(b -> b.logGroupName("app").limit(2).nextToken(page1.nextToken()));
        assertThat(page2.logStreams()).extracting(LogStream::logStreamName).containsExactly("worker");
        assertThat(page2.nextToken()).isNull();
        LogStream w = page2.logStreams().get(0);
        assertThat(w.arn()).endsWith(":log-group:app:log-stream:worker");
        assertThat(w.storedBytes()).isZero();
        assertThatThrownBy(() -> f.logs.describeLogStreams(b -> b.logGroupName("app").logStreamNamePrefix("w")
                .orderBy(OrderBy.LAST_EVENT_TIME))).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> f.logs.describeLogStreams(b -> b.logGroupName("missing")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(f.logs.describeLogStreams(b -> b.logGroupIdentifier(
                "arn:aws:logs:us-east-1:000000000000:log-group:app")).logStreams()).hasSize(3);
    }

    @Test void getLogEventsDefaultsToTheNewestAndPagesBothWays() {
        GetLogEventsResponse tail = f.logs.getLogEvents(b -> b.logGroupName("app").logStreamName("web-1").limit(10));
        assertThat(tail.events()).extracting(OutputLogEvent::timestamp).first().isEqualTo(T + 15_000);
        assertThat(tail.events()).hasSize(10).extracting(OutputLogEvent::timestamp).isSorted();
        GetLogEventsResponse older = f.logs.getLogEvents(b -> b.logGroupName("app").logStreamName("web-1").limit(10)
                .nextToken(tail.nextBackwardToken()));
        assertThat(older.events()).extracting(OutputLogEvent::timestamp).first().isEqualTo(T + 5_000);
        GetLogEventsResponse newer = f.logs.getLogEvents(b -> b.logGroupName("app").logStreamName("web-1")
                .startFromHead(true).nextToken(tail.nextForwardToken()));
        assertThat(newer.events()).isEmpty();
        assertThat(newer.nextForwardToken()).isEqualTo(tail.nextForwardToken());

        List<Long> all = new ArrayList<>();
        String token = null;
        for (int page = 0; page < 10; page++) {
            String t = token;
            var r = f.logs.getLogEvents(b -> b.logGroupName("app").logStreamName("web-1").startFromHead(true)
                    .limit(7).nextToken(t));
            r.events().forEach(e -> all.add(e.timestamp()));
            if (r.nextForwardToken().equals(token)) {
                break;
            }
            token = r.nextForwardToken();
        }
        assertThat(all).hasSize(25).isSorted().doesNotHaveDuplicates();
    }

    @Test void getLogEventsTimeRangeIsStartInclusiveEndExclusive() {
        var r = f.logs.getLogEvents(b -> b.logGroupName("app").logStreamName("web-1").startFromHead(true)
                .startTime(T + 3000).endTime(T + 6000));
        assertThat(r.events()).extracting(OutputLogEvent::timestamp).containsExactly(T + 3000, T + 4000, T + 5000);
        assertThatThrownBy(() -> f.logs.getLogEvents(b -> b.logGroupName("app").logStreamName("nope")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    private List<String> filter(String pattern) {
        return f.logs.filterLogEvents(b -> b.logGroupName("app").filterPattern(pattern)).events().stream()
                .map(FilteredLogEvent::message).toList();
    }

    @Test void filterPatternsSelectEvents() {
        assertThat(filter("")).hasSize(28);
        assertThat(filter("ERROR")).hasSize(6);
        assertThat(filter("ERROR -ThrottlingException")).hasSize(5);
        assertThat(filter("?404 ?ThrottlingException")).hasSize(2);
        assertThat(filter("\"GET /index.html\"")).containsExactly("127.0.0.1 GET /index.html 404 512");
        assertThat(filter("{ $.level = \"ERROR\" && $.latency > 100 }")).hasSize(2);
        assertThat(filter("{ $.model = claude-3* }")).hasSize(25);
        assertThat(filter("[ip, method, path, status = 4*, bytes]")).hasSize(1);
        assertThat(filter("[..., status = 200, bytes > 1000]")).containsExactly("10.0.0.2 POST /api/chat 200 2048");
        assertThatThrownBy(() -> filter("{ $.a = }")).isInstanceOf(InvalidParameterException.class);
    }

    @Test void filterLogEventsOrdersByTimeAcrossStreamsAndPages() {
        List<FilteredLogEvent> all = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String t = token;
            FilterLogEventsResponse r = f.logs.filterLogEvents(b -> b.logGroupName("app").limit(4).nextToken(t));
            all.addAll(r.events());
            token = r.nextToken();
            pages++;
        } while (token != null && pages < 20);
        assertThat(all).hasSize(28);
        assertThat(all).extracting(FilteredLogEvent::timestamp).isSorted();
        assertThat(all).extracting(FilteredLogEvent::eventId).doesNotHaveDuplicates();
        assertThat(all.get(1).logStreamName()).isEqualTo("web-2");
        var some = f.logs.filterLogEvents(b -> b.logGroupName("app").logStreamNames("web-2", "worker"));
        assertThat(some.events()).extracting(FilteredLogEvent::logStreamName).containsExactly("web-2", "web-2", "worker");
        var timed = f.logs.filterLogEvents(b -> b.logGroupName("app").logStreamNamePrefix("web-1")
                .startTime(T + 1000).endTime(T + 3000));
        assertThat(timed.events()).extracting(FilteredLogEvent::timestamp).containsExactly(T + 1000, T + 2000, T + 3000);
        assertThatThrownBy(() -> f.logs.filterLogEvents(b -> b.logGroupName("app").logStreamNames("a")
                .logStreamNamePrefix("w"))).isInstanceOf(InvalidParameterException.class);
    }
}
