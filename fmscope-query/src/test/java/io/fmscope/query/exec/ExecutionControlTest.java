package io.fmscope.query.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.fmscope.model.log.LogEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Row cap, time limit and cancellation. */
class ExecutionControlTest {
    private static List<LogEvent> many(int n) {
        List<LogEvent> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(LogEvent.of(Events.T0 + i, "{\"i\":" + i + "}", "s", "g", "e" + i));
        return out;
    }

    @Test
    void resultsAreCappedAtTenThousandRowsByDefault() {
        QueryResult r = new QueryEngine().execute("fields i", EventSource.of(many(10_001)), QueryOptions.defaults());
        assertThat(r.rows()).hasSize(QueryOptions.DEFAULT_MAX_ROWS);
        assertThat(r.truncated()).isTrue();
        assertThat(r.rows().get(0).get(0).asText()).as("newest first").isEqualTo("10000");
    }

    @Test
    void aQueryPastItsTimeLimitStops() {
        var e = catchThrowableOfType(QueryExecutionException.class, () -> new QueryEngine().execute(
                "stats count(*)", EventSource.of(many(1_000)), QueryOptions.defaults().withTimeout(Duration.ofMillis(-1))));
        assertThat(e.kind()).isEqualTo(QueryExecutionException.Kind.TIMED_OUT);
    }

    @Test
    void anotherThreadCanCancelARunningQuery() {
        Cancellation cancellation = new Cancellation();
        AtomicInteger read = new AtomicInteger();
        List<LogEvent> events = many(100_000);
        EventSource source = () -> events.stream().peek(ev -> {
            if (read.incrementAndGet() == 1_000) cancellation.cancel();
        });
        var e = catchThrowableOfType(QueryExecutionException.class, () -> new QueryEngine().execute(
                "stats count(*)", source, QueryOptions.defaults().withCancellation(cancellation)));
        assertThat(e.kind()).isEqualTo(QueryExecutionException.Kind.CANCELLED);
        assertThat(read.get()).as("stopped within a few hundred events").isLessThan(1_300);
    }

    @Test
    void aFunctionErrorFailsTheQueryWithItsReason() {
        var e = catchThrowableOfType(QueryExecutionException.class, () -> new QueryEngine().execute(
                "stats pct(i, 101)", EventSource.of(many(3)), QueryOptions.defaults()));
        assertThat(e.kind()).isEqualTo(QueryExecutionException.Kind.FAILED);
        assertThat(e.getMessage()).contains("between 0 and 100");
    }
}
