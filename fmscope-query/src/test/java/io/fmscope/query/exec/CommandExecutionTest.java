package io.fmscope.query.exec;

import static io.fmscope.query.exec.Events.column;
import static io.fmscope.query.exec.Events.run;
import static io.fmscope.query.exec.Events.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows in, rows out: one test per command over a small event list. */
class CommandExecutionTest {
    private final List<LogEvent> events = Events.of(
            "{\"user\":\"ann\",\"ms\":120,\"status\":200,\"tags\":[\"a\",\"b\"]}",
            "{\"user\":\"bob\",\"ms\":900,\"status\":503}",
            "{\"user\":\"ann\",\"ms\":300,\"status\":404}",
            "[WARN] user=cid took 45 ms");

    @Test
    void fieldsComputesAndSelects() {
        var r = run("fields user, ms * 2 as double, concat(user, '-', status) as us | sort ms", events);
        assertThat(r.columns()).containsExactly("user", "double", "us");
        assertThat(text(r).get(0)).containsExactly("ann", "240", "ann-200");
    }

    @Test
    void displayShowsOnlyTheLastDisplay() {
        var r = run("fields user, ms | display user | display ms, ms > 200 as slow | sort ms desc | limit 2", events);
        assertThat(r.columns()).containsExactly("ms", "slow");
        assertThat(text(r)).containsExactly(List.of("900", "true"), List.of("300", "true"));
    }

    @Test
    void filterAndWhere() {
        assertThat(run("filter status >= 400 and user != 'bob' | fields user", events).rows()).hasSize(1);
        assertThat(run("where @message like /(?i)warn/ | fields @message", events).rows()).hasSize(1);
        assertThat(run("filter user not in ['ann'] | fields user", events).rows()).hasSize(1);
    }

    @Test
    void filterIndexFiltersLikeFilter() {
        assertThat(column(run("filterIndex user in ['bob', 'cid'] | fields ms", events), "ms")).containsExactly("900");
    }

    @Test
    void statsWithSeveralAggregatesAndTwoStages() {
        var r = run("stats count(*) as n, avg(ms) as avg, max(ms) as max by user | stats sum(n) as total, max(max) as top",
                events);
        assertThat(text(r)).as("the event without user is a group of its own").containsExactly(List.of("4", "900"));
    }

    @Test
    void sortSeveralKeys() {
        var r = run("fields user, ms | filter ispresent(user) | sort user desc, ms asc", events);
        assertThat(text(r)).containsExactly(List.of("bob", "900"), List.of("ann", "120"), List.of("ann", "300"));
    }

    @Test
    void limitKeepsTheFirstRows() {
        assertThat(column(run("fields ms | sort ms | limit 2", events), "ms")).containsExactly("120", "300");
    }

    @Test
    void parseGlobAndRegex() {
        var glob = run("parse @message 'user=* took * ms' as u, t | filter ispresent(u) | display u, t + 1 as t1",
                events);
        assertThat(text(glob)).containsExactly(List.of("cid", "46"));
        var regex = run("parse @message /\\[(?<log_level>\\w+)\\] user=(?<who>\\w+)/ | fields log_level, who"
                + " | filter ispresent(who)", events);
        assertThat(text(regex)).containsExactly(List.of("WARN", "cid"));
    }

    @Test
    void dedupKeepsFirstInOrder() {
        var r = run("fields user, ms | sort ms desc | dedup user", events);
        assertThat(text(r)).containsExactly(List.of("bob", "900"), List.of("ann", "300"), List.of("", ""));
    }

    @Test
    void unmaskChangesNothingLocally() {
        assertThat(text(run("fields user | unmask user | sort user", events)))
                .isEqualTo(text(run("fields user | sort user", events)));
    }

    @Test
    void unnestAListIntoRows() {
        var r = run("fields jsonParse(@message) as j | unnest j.tags into tag | display user, tag", events);
        assertThat(text(r)).containsExactly(List.of("ann", "a"), List.of("ann", "b"));
    }

    @Test
    void sourceSelectsGroups() {
        var mixed = List.of(LogEvent.of(Events.T0, "x", "s", "/a", "1"), LogEvent.of(Events.T0, "y", "s", "/b", "2"));
        assertThat(column(run("SOURCE '/b' | fields @message", mixed), "@message")).containsExactly("y");
        assertThat(column(run("SOURCE '/a' SOURCE '/b' | stats count(*) as n", mixed), "n")).containsExactly("2");
    }

    @Test
    void systemFieldsAreAvailable() {
        var r = run("fields @logStream, @log, @ptr, @ingestionTime | limit 1", events);
        assertThat(text(r).get(0).subList(0, 3)).containsExactly("s", "g", "e3");
    }
}
