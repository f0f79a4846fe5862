package io.fmscope.query.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.fmscope.query.QueryException;
import io.fmscope.query.plan.PlanNode;
import org.junit.jupiter.api.Test;

class AnalyzerTest {
    private final Analyzer analyzer = Analyzer.standard();

    private QueryException rejects(String query, int line, int column, String fragment) {
        QueryException e = catchThrowableOfType(QueryException.class, () -> analyzer.analyze(query));
        assertThat(e).as("expected rejection of: %s", query).isNotNull();
        assertThat(e.reason()).contains(fragment);
        assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
        assertThat(e.column()).as(e.getMessage()).isEqualTo(column);
        return e;
    }

    @Test
    void unknownFunctionsAreNamedWithASuggestion() {
        rejects("fields cnt(@message)", 1, 8, "unknown function 'cnt'");
        var e = rejects("fields tuopper(x)", 1, 8, "did you mean 'toupper'");
        assertThat(e.getMessage()).contains("^^^^^^^");
        analyzer.analyze("fields TOUPPER(x), IsPresent(y) | stats COUNT(*) by BIN(5m)");
    }

    @Test
    void arityIsChecked() {
        rejects("fields substr(x)", 1, 8, "substr takes 2 to 3 arguments but got 1");
        rejects("stats pct(x) by y", 1, 7, "pct takes 2 arguments but got 1");
        rejects("fields concat()", 1, 8, "at least 1");
    }

    @Test
    void aggregatesOnlyInStatsAndNeverNested() {
        rejects("filter avg(x) > 1", 1, 8, "can only be used in stats");
        rejects("stats count(*) by max(x)", 1, 19, "cannot group by an aggregate");
        rejects("stats max(avg(x))", 1, 11, "cannot be nested");
        rejects("stats x by y", 1, 7, "must be inside an aggregate function");
        rejects("stats 1 + 1", 1, 7, "needs an aggregate function");
        rejects("fields abs(*)", 1, 12, "count(*)");
    }

    @Test
    void statsMayUseItsOwnEarlierAliasesAndKeys() {
        var q = analyzer.analyze("stats max(a) as m1, min(b) as m2, m1 - m2 as spread by k");
        assertThat(q.columns()).containsExactly("k", "m1", "m2", "spread");
        rejects("stats m1 - 1 as x, max(a) as m1", 1, 7, "alias defined earlier");
        rejects("stats count(*), count(*)", 1, 17, "two columns named 'count(*)'");
    }

    @Test
    void afterStatsOnlyItsOutputsAreVisibleToStatsAndSort() {
        rejects("stats count(*) as c by x | sort y", 1, 33, "'y' is not available");
        rejects("stats count(*) as c by x | stats max(y)", 1, 38, "'y' is not available");
        rejects("stats count(*) as c by x | dedup y", 1, 34, "'y' is not available");
        var q = analyzer.analyze("stats count(*) as c by x | filter z = 1 | sort c desc");
        assertThat(q.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("'z'"));
        analyzer.analyze("stats count(*) by bin(1h) | sort @timestamp desc");
        rejects("stats count(*) as c by x | stats count(*) by bin(5m)", 1, 46, "bin() buckets @timestamp");
        analyzer.analyze("stats max(@timestamp) as @t by s | stats count(*) by datefloor(@t, 5m)");
    }

    @Test
    void commandOrderRules() {
        rejects("sort x | stats count(*)", 1, 1, "sort must come after the last stats");
        rejects("limit 5 | stats count(*)", 1, 1, "limit must come after the last stats");
        rejects("dedup x | filter y = 1", 1, 11, "only limit may follow dedup");
        analyzer.analyze("sort x desc | dedup x | limit 3");
        rejects("fields a | SOURCE 'g'", 1, 12, "SOURCE must come before");
        rejects("stats count(*) | stats count(*) | stats count(*)", 1, 35, "at most 2 stats");
        new Analyzer(FunctionCatalog.standard(), 3).analyze("stats count(*) as a | stats count(*) as b | stats count(*)");
    }

    @Test
    void literalsOnlyWhereTheyMeanSomething() {
        rejects("filter /abc/", 1, 8, "/regex/");
        rejects("filter x > 5m", 1, 12, "time period");
        analyzer.analyze("filter x =~ /a/ | fields bin(5m), datefloor(@timestamp, 1h)");
    }

    @Test
    void subqueriesMustReturnOneField() {
        analyzer.analyze("filter requestId in (SOURCE 'g' | filter e = 1 | fields requestId)");
        rejects("filter r in (fields a, b)", 1, 13, "exactly one field");
        rejects("filter r in (fields nope(a))", 1, 21, "unknown function 'nope'");
    }

    @Test
    void sourceTimesAreValidated() {
        analyzer.analyze("SOURCE logGroups(namePrefix: ['/a'], class: \"STANDARD\") START=-3600s END=0s | fields x");
        rejects("SOURCE 'a' START=yesterday | fields x", 1, 1, "not an ISO-8601 time");
        rejects("SOURCE logGroups(namePrefix: '/a') | fields x", 1, 30, "list of strings");
    }

    @Test
    void planHasImplicitOrders() {
        var events = analyzer.analyze("fields a | limit 5").plan();
        var project = (PlanNode.Project) events;
        var limit = (PlanNode.Limit) project.input();
        var sort = (PlanNode.Sort) limit.input();
        assertThat(sort.implicit()).isTrue();
        assertThat(sort.keys().get(0).descending()).isTrue();
        var grouped = (PlanNode.Project) analyzer.analyze("stats count(*) by k").plan();
        assertThat(((PlanNode.Sort) grouped.input()).implicit()).isTrue();
        var sorted = (PlanNode.Project) analyzer.analyze("stats count(*) as c by k | sort c desc").plan();
        assertThat(((PlanNode.Sort) sorted.input()).implicit()).isFalse();
    }

    @Test
    void scanReadsOnlyTheFieldsTheQueryNeeds() {
        var plan = analyzer.analyze("filter a.b = 1 | parse 'x=*' as x | stats sum(x) as s by c | sort s").plan();
        PlanNode n = plan;
        while (!(n instanceof PlanNode.Scan)) n = childOf(n);
        assertThat(((PlanNode.Scan) n).fields()).containsExactlyInAnyOrder("@timestamp", "a.b", "@message", "x", "c");
    }

    private static PlanNode childOf(PlanNode n) {
        return switch (n) {
            case PlanNode.Filter f -> f.input();
            case PlanNode.Compute c -> c.input();
            case PlanNode.Parse p -> p.input();
            case PlanNode.Unnest u -> u.input();
            case PlanNode.Aggregate a -> a.input();
            case PlanNode.Sort s -> s.input();
            case PlanNode.Limit l -> l.input();
            case PlanNode.Dedup d -> d.input();
            case PlanNode.Project p -> p.input();
            case PlanNode.Scan s -> s;
            case PlanNode.Mining m -> m.input();
        };
    }
}
