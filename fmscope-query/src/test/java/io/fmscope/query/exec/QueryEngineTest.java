package io.fmscope.query.exec;

import static io.fmscope.query.exec.Events.column;
import static io.fmscope.query.exec.Events.run;
import static io.fmscope.query.exec.Events.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryEngineTest {
    private final List<io.fmscope.model.log.LogEvent> events = Events.of(
            "{\"level\":\"INFO\",\"latency\":120,\"model\":\"haiku\"}",
            "{\"level\":\"ERROR\",\"latency\":900,\"model\":\"sonnet\",\"err\":{\"code\":\"Throttling\"}}",
            "plain text line with latency=33",
            "{\"level\":\"INFO\",\"latency\":300,\"model\":\"sonnet\"}",
            "{\"level\":\"ERROR\",\"latency\":50,\"model\":\"haiku\",\"err\":{\"code\":\"Timeout\"}}");

    @Test
    void defaultColumnsAndNewestFirst() {
        QueryResult r = run("filter level = 'INFO'", events);
        assertThat(r.columns()).containsExactly("@timestamp", "@message");
        assertThat(column(r, "@message")).containsExactly(events.get(3).message(), events.get(0).message());
    }

    @Test
    void statsGroupsSortsAndComputesFromAliases() {
        QueryResult r = run("stats count(*) as n, sum(latency) as total, total / n as mean by model | sort total desc",
                events);
        assertThat(r.columns()).containsExactly("model", "n", "total", "mean");
        assertThat(text(r)).containsExactly(List.of("sonnet", "2", "1200", "600"), List.of("haiku", "2", "170", "85"),
                List.of("", "1", "", ""));
    }

    @Test
    void parseGlobThenFilterNumerically() {
        QueryResult r = run("parse @message 'latency=*' as lat | filter lat > 10 | fields lat", events);
        assertThat(text(r)).containsExactly(List.of("33"));
    }

    @Test
    void limitCutsAndTruncationIsReported() {
        QueryResult r = run("fields latency | limit 2", events);
        assertThat(column(r, "latency")).containsExactly("50", "300");
        assertThat(r.truncated()).isFalse();
        QueryResult capped = new QueryEngine().execute("fields latency", EventSource.of(events),
                QueryOptions.defaults().withMaxRows(3));
        assertThat(capped.rows()).hasSize(3);
        assertThat(capped.truncated()).isTrue();
        assertThat(capped.statistics().recordsScanned()).isEqualTo(5);
    }
}
