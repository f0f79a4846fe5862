package io.fmscope.query.exec;

import static io.fmscope.query.exec.Events.column;
import static io.fmscope.query.exec.Events.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.fmscope.model.log.LogEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** diff: the two ranges, the counts in each, the status test, and the range asked of the source. */
class DiffExecutionTest {
    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;
    private static final long S = Instant.parse("2024-05-01T10:00:00Z").toEpochMilli();
    private static final long E = S + HOUR - 1;

    /** A source that serves every event and remembers the range the engine asked for. */
    private static final class Recording implements EventSource {
        final List<LogEvent> events;
        long from;
        long to;

        Recording(List<LogEvent> events) {
            this.events = events;
        }

        @Override
        public Stream<LogEvent> open() {
            return events.stream();
        }

        @Override
        public Stream<LogEvent> open(long startMillis, long endMillis) {
            from = startMillis;
            to = endMillis;
            return open();
        }
    }

    private final List<LogEvent> events = new ArrayList<>();

    private void at(long t, String message) {
        events.add(LogEvent.of(t, message, "s", "g", "e" + events.size()));
    }

    /** n events of a message spread inside [from, from + span). */
    private void spread(int n, long from, long span, String message) {
        for (int i = 0; i < n; i++) at(from + span * i / n, message.replace("#", String.valueOf(100 + i)));
    }

    private QueryResult run(String query, long start, long end, EventSource source) {
        return new QueryEngine().execute(query, source, QueryOptions.defaults().withWindow(start, end).withNow(S));
    }

    /** Two-sided binomial test with p = 1/2, by summing the probability mass function. */
    private static double twoSided(int current, int previous) {
        int n = current + previous;
        double upper = 0;
        double lower = 0;
        for (int j = 0; j <= n; j++) {
            double pmf = Math.exp(lnChoose(n, j) - n * Math.log(2));
            if (j >= current) upper += pmf;
            if (j <= current) lower += pmf;
        }
        return Math.min(1, 2 * Math.min(upper, lower));
    }

    private static double lnChoose(int n, int k) {
        double s = 0;
        for (int i = 1; i <= k; i++) s += Math.log(n - k + i) - Math.log(i);
        return s;
    }

    @Test
    void comparesWithTheRangeJustBefore() {
        spread(10, S, HOUR, "WARN cache miss for key k-#");
        spread(10, S - HOUR, HOUR, "WARN cache miss for key k-#");
        spread(20, S, HOUR, "ERROR upstream timeout after # ms");
        spread(5, S - HOUR, HOUR, "ERROR upstream timeout after # ms");
        spread(3, S - HOUR, HOUR, "INFO shutdown requested by operator");
        spread(4, S + HOUR / 2, HOUR / 2, "ERROR new failure code #");
        at(S - HOUR, "INFO shutdown requested by operator"); // first ms of the comparison range
        at(E, "INFO shutdown requested by operator"); // last ms of the query's range
        at(S - HOUR - 1, "ERROR upstream timeout after 7 ms"); // just before both
        at(E + 1, "ERROR upstream timeout after 7 ms"); // just after both
        Recording source = new Recording(events);
        var r = run("pattern @message | diff", S, E, source);
        assertThat(new long[] {source.from, source.to}).containsExactly(S - HOUR, E);
        assertThat(r.columns()).containsExactly("@pattern", "@currentCount", "@previousCount", "@changeRatio", "@status",
                "@severityLabel");
        assertThat(text(r)).containsExactly(
                List.of("ERROR upstream timeout after <Number-1>", "20", "5", "3", status(20, 5), "Error"),
                List.of("WARN cache miss for key <ID-1>", "10", "10", "0", "unchanged", "Warning"),
                List.of("ERROR new failure code <Number-1>", "4", "0", "", "new", "Error"),
                List.of("INFO shutdown requested by operator", "1", "4", "-0.75", status(1, 4), "Info"));
        assertThat(status(20, 5)).isEqualTo("increased");
        assertThat(r.statistics().recordsMatched()).as("events inside one of the ranges").isEqualTo(events.size() - 2);
    }

    private static String status(int current, int previous) {
        if (twoSided(current, previous) >= 0.05) return "unchanged";
        return current > previous ? "increased" : "decreased";
    }

    @Test
    void aPatternOnlyBeforeIsGoneAndBareDiffMinesMessage() {
        spread(6, S - HOUR, HOUR, "INFO warming cache for shard #");
        spread(6, S, HOUR, "INFO request # served");
        var r = run("filter @message like /INFO/ | diff | display @pattern, @currentCount, @previousCount, @status,"
                + " @changeRatio, @timestamp", S, E, new Recording(events));
        assertThat(column(r, "@status")).containsExactly("new", "gone");
        assertThat(column(r, "@changeRatio")).containsExactly("", "-1");
        assertThat(r.value(1, "@timestamp")).as("a gone pattern's last event before")
                .isEqualTo(io.fmscope.query.value.Value.timestamp(S - HOUR + HOUR * 5 / 6));
    }

    @Test
    void previousDayAndWeekShiftTheRangeAndSkipWhatLiesBetween() {
        at(S - DAY + 5 * 60_000, "ERROR disk full on node-1");
        at(S - DAY - 1, "ERROR disk full on node-1");
        at(S - 12 * HOUR, "ERROR disk full on node-1");
        at(S - 7 * DAY, "ERROR disk full on node-1");
        at(S + 60_000, "ERROR disk full on node-1");
        Recording source = new Recording(events);
        var day = run("pattern @message | diff previousDay", S, E, source);
        assertThat(new long[] {source.from, source.to}).containsExactly(S - DAY, E);
        assertThat(text(day)).containsExactly(List.of("ERROR disk full on <ID-1>", "1", "1", "0", "unchanged", "Error"));
        assertThat(day.statistics().recordsMatched()).isEqualTo(2);
        var week = run("pattern @message | diff previousWeek", S, E, source);
        assertThat(source.from).isEqualTo(S - 7 * DAY);
        assertThat(column(week, "@previousCount")).containsExactly("1");
    }

    @Test
    void previousMonthIsACalendarMonthWithTheSameLength() {
        long start = Instant.parse("2024-03-31T00:00:00Z").toEpochMilli();
        long end = start + DAY - 1;
        long leapDay = Instant.parse("2024-02-29T00:00:00Z").toEpochMilli();
        at(leapDay + 12 * HOUR, "WARN quota at 95 percent");
        at(leapDay + DAY, "WARN quota at 95 percent"); // March 1st: in neither range
        at(start + 6 * HOUR, "WARN quota at 95 percent");
        at(start + 7 * HOUR, "WARN quota at 95 percent");
        Recording source = new Recording(events);
        var r = run("pattern @message | diff previousMonth", start, end, source);
        assertThat(source.from).isEqualTo(leapDay);
        assertThat(column(r, "@currentCount")).containsExactly("2");
        assertThat(column(r, "@previousCount")).containsExactly("1");
    }

    @Test
    void anEventInBothRangesCountsInBoth() {
        at(S + DAY + HOUR, "INFO rotation done");
        var r = run("pattern @message | diff previousDay", S, S + 3 * DAY - 1, new Recording(events));
        assertThat(column(r, "@currentCount")).containsExactly("1");
        assertThat(column(r, "@previousCount")).containsExactly("1");
    }

    @Test
    void withoutATimeRangeDiffFails() {
        at(S, "INFO x");
        var e = catchThrowableOfType(QueryExecutionException.class, () -> new QueryEngine().execute(
                "pattern @message | diff", EventSource.of(events), QueryOptions.defaults()));
        assertThat(e.kind()).isEqualTo(QueryExecutionException.Kind.FAILED);
        assertThat(e.getMessage()).contains("needs a start and an end");
        var source = run("SOURCE logGroups() START=2024-05-01T10:00:00Z END=2024-05-01T10:59:59.999Z | diff",
                Long.MIN_VALUE, Long.MAX_VALUE, new Recording(events));
        assertThat(column(source, "@currentCount")).containsExactly("1");
    }
}
