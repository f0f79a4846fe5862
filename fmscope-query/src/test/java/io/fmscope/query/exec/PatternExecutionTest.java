package io.fmscope.query.exec;

import static io.fmscope.query.exec.Events.T0;
import static io.fmscope.query.exec.Events.column;
import static io.fmscope.query.exec.Events.run;
import static io.fmscope.query.exec.Events.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.fmscope.model.log.LogEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * pattern over events built from four known templates: the expected patterns, counts, ratios and token values are
 * those the generator used, counted here, not read back from the engine.
 */
class PatternExecutionTest {
    private static final String A = "INFO request <Number-1> served in <Number-2>";
    private static final String B = "WARN slow query on table orders took <Number-1>";
    private static final String C = "ERROR connection to <IPAddress-1> refused";
    private static final String D = "job <UUID-1> finished";

    /** Generated events, the template each message came from (null: no msg field), and B's durations. */
    private final List<LogEvent> events = new ArrayList<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, Long> lastTime = new LinkedHashMap<>();
    private final List<String> durations = new ArrayList<>();
    private int rows;

    PatternExecutionTest() {
        Random random = new Random(42);
        for (int i = 0; i < 40; i++) add(A, "INFO request " + (1000 + i) + " served in " + (5 + random.nextInt(90)) + " ms");
        for (int i = 0; i < 12; i++) {
            String d = (100 + 50 * (i % 3)) + " ms";
            durations.add(d);
            add(B, "WARN slow query on table orders took " + d);
        }
        for (int i = 0; i < 7; i++) add(C, "ERROR connection to 10.0.0." + (i + 1) + ":5432 refused");
        for (int i = 0; i < 5; i++) add(D, "job " + new UUID(random.nextLong(), random.nextLong()) + " finished");
        for (int i = 0; i < 6; i++) event("{\"other\": " + i + "}");
        event("{\"msg\": \"   \"}");
    }

    private void add(String template, String message) {
        long t = event("{\"msg\": \"" + message + "\"}");
        counts.merge(template, 1, Integer::sum);
        lastTime.put(template, t);
    }

    private long event(String json) {
        long t = T0 + 7_000L * rows++;
        events.add(LogEvent.of(t, json, "s", "g", "e" + rows));
        return t;
    }

    private static double round4(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }

    @Test
    void oneRowPerTemplateWithCountsRatiosAndSeverity() {
        var r = run("pattern msg", events);
        assertThat(r.columns()).containsExactly("@pattern", "@ratio", "@sampleCount", "@severityLabel");
        assertThat(column(r, "@pattern")).containsExactly(A, B, C, D);
        for (int i = 0; i < 4; i++) {
            String template = column(r, "@pattern").get(i);
            assertThat(r.value(i, "@sampleCount").asText()).isEqualTo(String.valueOf(counts.get(template)));
            assertThat(Double.parseDouble(r.value(i, "@ratio").asText()))
                    .as("share of all %d rows, the 7 without a value included", rows)
                    .isEqualTo(round4(counts.get(template) / (double) rows));
        }
        assertThat(column(r, "@severityLabel")).containsExactly("Info", "Warning", "Error", "Unknown");
        assertThat(r.statistics().recordsMatched()).isEqualTo(rows);
    }

    @Test
    void theResultDoesNotDependOnTheOrderEventsArriveIn() {
        var expected = text(run("pattern msg | fields @PatternId, @timestamp", events));
        for (int seed = 1; seed <= 5; seed++) {
            List<LogEvent> shuffled = new ArrayList<>(events);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(text(run("pattern msg | fields @PatternId, @timestamp", shuffled))).isEqualTo(expected);
        }
    }

    @Test
    void extensionsAreThereByName() {
        var r = run("pattern msg | display @pattern, @PatternId, @regexString, @timestamp, @tokens", events);
        assertThat(column(r, "@PatternId")).doesNotHaveDuplicates().allMatch(id -> id.matches("[0-9a-f]{16}"));
        for (int i = 0; i < 4; i++) {
            String template = column(r, "@pattern").get(i);
            assertThat(r.value(i, "@timestamp")).isEqualTo(io.fmscope.query.value.Value.timestamp(lastTime.get(template)));
            Pattern re = Pattern.compile(column(r, "@regexString").get(i));
            long matching = events.stream().filter(e -> re.matcher(e.message()).find()).count();
            assertThat(matching).as("events found by the regex of %s", template).isEqualTo((long) counts.get(template));
        }
        Map<String, Integer> byDuration = new java.util.TreeMap<>();
        durations.forEach(d -> byDuration.merge(d, 1, Integer::sum));
        StringBuilder values = new StringBuilder();
        byDuration.forEach((d, n) -> values.append(values.isEmpty() ? "" : ",").append('"').append(d).append("\":").append(n));
        assertThat(column(r, "@tokens").get(1)).isEqualTo("[{\"name\":\"Number-1\",\"values\":{" + values + "}}]");
    }

    @Test
    void laterCommandsWorkOnThePatternRows() {
        assertThat(column(run("pattern msg | sort @sampleCount asc | limit 2", events), "@pattern")).containsExactly(D, C);
        assertThat(column(run("pattern msg | filter @severityLabel = 'Error' | fields @sampleCount", events),
                "@sampleCount")).containsExactly("7");
        var stats = run("pattern msg | stats sum(@sampleCount) as n, count(*) as patterns", events);
        assertThat(text(stats)).containsExactly(List.of("64", "4"));
    }

    @Test
    void aParsedFieldOrAStringExpressionCanBeMined() {
        var r = run("parse msg '* *' as level, rest | pattern level", events);
        assertThat(column(r, "@pattern")).containsExactly("INFO", "WARN", "ERROR", "job");
        var lower = run("filter ispresent(msg) | pattern concat(substr(msg, 0, 4), '!')", events);
        assertThat(column(lower, "@sampleCount")).containsExactly("40", "12", "7", "5", "1");
    }

    @Test
    void aMapOrListValueFailsTheQueryNamingWhere() {
        var e = catchThrowableOfType(QueryExecutionException.class,
                () -> run("fields jsonParse(@message) as js\n| pattern js", events));
        assertThat(e.kind()).isEqualTo(QueryExecutionException.Kind.FAILED);
        assertThat(e.getMessage()).contains("pattern mines text, but js (line 2, column 11) holds a map");
    }

    @Test
    void noInputGivesNoRows() {
        assertThat(run("filter msg = 'nothing' | pattern msg", events).rows()).isEmpty();
    }
}
