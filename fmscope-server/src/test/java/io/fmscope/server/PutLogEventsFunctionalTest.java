package io.fmscope.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.InvalidParameterException;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.PutLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.RejectedLogEventsInfo;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;

/** Every documented PutLogEvents rule, through the AWS SDK; accepted events must all be stored. */
class PutLogEventsFunctionalTest {
    static final long NOW = Instant.parse("2026-03-01T12:00:00Z").toEpochMilli();
    static final long HOUR = 3_600_000L;
    static final long DAY = 24 * HOUR;
    @TempDir Path dir;
    private ServerFixture f;

    @BeforeEach void start() {
        f = new ServerFixture(dir, ServerFixture.NO_QUERIES, Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC));
        f.logs.createLogGroup(b -> b.logGroupName("g"));
        f.logs.createLogStream(b -> b.logGroupName("g").logStreamName("s"));
    }

    @AfterEach void stop() {
        f.close();
    }

    private static InputLogEvent ev(long ts, String m) {
        return InputLogEvent.builder().timestamp(ts).message(m).build();
    }

    private PutLogEventsResponse put(List<InputLogEvent> events) {
        return f.logs.putLogEvents(b -> b.logGroupName("g").logStreamName("s").logEvents(events));
    }

    private List<String> stored() {
        return f.logs.getLogEvents(b -> b.logGroupName("g").logStreamName("s").startFromHead(true)).events()
                .stream().map(OutputLogEvent::message).toList();
    }

    @Test void acceptedBatchIsStoredWithIngestionTime() {
        PutLogEventsResponse r = put(List.of(ev(NOW - 2000, "{\"a\":1}"), ev(NOW - 1000, "second")));
        assertThat(r.rejectedLogEventsInfo()).isNull();
        var events = f.logs.getLogEvents(b -> b.logGroupName("g").logStreamName("s").startFromHead(true)).events();
        assertThat(events).extracting(OutputLogEvent::message).containsExactly("{\"a\":1}", "second");
        assertThat(events).extracting(OutputLogEvent::ingestionTime).containsOnly(NOW);
        var stream = f.logs.describeLogStreams(b -> b.logGroupName("g")).logStreams().get(0);
        assertThat(stream.firstEventTimestamp()).isEqualTo(NOW - 2000);
        assertThat(stream.lastEventTimestamp()).isEqualTo(NOW - 1000);
        assertThat(stream.lastIngestionTime()).isEqualTo(NOW);
    }

    @Test void moreThanTenThousandEventsIsInvalidParameter() {
        List<InputLogEvent> events = new ArrayList<>();
        for (int i = 0; i < 10_001; i++) {
            events.add(ev(NOW - 10_001 + i, "m"));
        }
        assertThatThrownBy(() -> put(events)).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("10000");
        assertThat(stored()).isEmpty();
        put(events.subList(0, 10_000));
        assertThat(f.logs.getLogEvents(b -> b.logGroupName("g").logStreamName("s").startFromHead(true)).events())
                .hasSize(10_000);
    }

    @Test void batchOverOneMebibyteCountingTwentySixBytesPerEventIsInvalidParameter() {
        int per = 1_048_576 / 4 - 26; // four events fill the limit exactly
        List<InputLogEvent> exact = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            exact.add(ev(NOW - 10 + i, "x".repeat(per)));
        }
        put(exact);
        assertThat(stored()).hasSize(4);
        List<InputLogEvent> over = new ArrayList<>(exact);
        over.set(3, ev(NOW - 7, "x".repeat(per) + "é")); // one more UTF-8 byte than a char: 2 bytes over
        assertThatThrownBy(() -> put(over)).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("1048578 bytes exceeds limit of 1048576");
        assertThat(stored()).hasSize(4);
    }

    @Test void unsortedEventsFailTheWholeCall() {
        assertThatThrownBy(() -> put(List.of(ev(NOW - 1, "b"), ev(NOW - 2, "a"))))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("must be in chronological order");
        assertThat(stored()).isEmpty();
    }

    @Test void tooOldAndTooNewEventsAreReportedByIndexAndTheRestStored() {
        PutLogEventsResponse r = put(List.of(ev(NOW - 15 * DAY, "old0"), ev(NOW - 14 * DAY - 1, "old1"),
                ev(NOW - HOUR, "ok2"), ev(NOW + 2 * HOUR, "ok3"), ev(NOW + 2 * HOUR + 1, "new4"), ev(NOW + 3 * HOUR, "new5")));
        RejectedLogEventsInfo info = r.rejectedLogEventsInfo();
        assertThat(info.tooOldLogEventEndIndex()).isEqualTo(2);
        assertThat(info.tooNewLogEventStartIndex()).isEqualTo(4);
        assertThat(info.expiredLogEventEndIndex()).isNull();
        assertThat(stored()).containsExactly("ok2", "ok3");
    }

    @Test void eventsOlderThanRetentionAreExpired() {
        f.logs.putRetentionPolicy(b -> b.logGroupName("g").retentionInDays(1));
        PutLogEventsResponse r = put(List.of(ev(NOW - 2 * DAY, "exp0"), ev(NOW - DAY - 1, "exp1"), ev(NOW - DAY + 1, "ok")));
        assertThat(r.rejectedLogEventsInfo().expiredLogEventEndIndex()).isEqualTo(2);
        assertThat(r.rejectedLogEventsInfo().tooOldLogEventEndIndex()).isNull();
        assertThat(stored()).containsExactly("ok");
    }

    @Test void acceptedEventsMaySpanAtMostTwentyFourHours() {
        assertThatThrownBy(() -> put(List.of(ev(NOW - DAY - 2, "a"), ev(NOW - 1, "b"))))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("24 hours");
        put(List.of(ev(NOW - DAY - 1, "a"), ev(NOW - 1, "b")));
        PutLogEventsResponse r = put(List.of(ev(NOW - 20 * DAY, "too old, not counted"), ev(NOW - 2 * HOUR, "c")));
        assertThat(r.rejectedLogEventsInfo().tooOldLogEventEndIndex()).isEqualTo(1);
        assertThat(stored()).containsExactly("a", "c", "b");
    }

    @Test void unknownGroupOrStreamIsResourceNotFound() {
        assertThatThrownBy(() -> f.logs.putLogEvents(b -> b.logGroupName("nope").logStreamName("s")
                .logEvents(ev(NOW, "m")))).isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("The specified log group does not exist.");
        assertThatThrownBy(() -> f.logs.putLogEvents(b -> b.logGroupName("g").logStreamName("nope")
                .logEvents(ev(NOW, "m")))).isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("The specified log stream does not exist.");
    }

    @Test void emptyBatchAndEmptyMessageAreInvalidParameter() {
        assertThatThrownBy(() -> put(List.of())).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> put(List.of(ev(NOW, "")))).isInstanceOf(InvalidParameterException.class);
    }

    @Test void malformedJsonBodyIsASerializationErrorWithAwsShape() throws Exception {
        var r = f.post("Logs_20140328.PutLogEvents", "{\"logGroupName\": \"g\", \"logStreamName\": ");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"__type\":\"SerializationException\"").contains("\"message\"");
        assertThat(r.headers().firstValue("x-amzn-RequestId")).isPresent();
        var wrongType = f.post("Logs_20140328.PutLogEvents",
                "{\"logGroupName\":\"g\",\"logStreamName\":\"s\",\"logEvents\":[{\"timestamp\":\"soon\",\"message\":\"m\"}]}");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.body()).contains("SerializationException");
        var missing = f.post("Logs_20140328.PutLogEvents", "{\"logGroupName\":\"g\",\"logStreamName\":\"s\"}");
        assertThat(missing.body()).contains("InvalidParameterException").contains("logEvents");
        assertThat(stored()).isEmpty();
    }
}
