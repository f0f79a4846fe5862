package io.fmscope.query.pushdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.query.analyzer.AnalyzedQuery;
import io.fmscope.query.analyzer.Analyzer;
import io.fmscope.query.ast.Expr;
import io.fmscope.query.plan.PlanNode;
import io.fmscope.query.value.Value;
import io.fmscope.storage.EventCursor;
import io.fmscope.storage.EventScan;
import io.fmscope.storage.PlanStep;
import io.fmscope.storage.ScanBuilder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** What the planner offers, in which order, and what it leaves to the reference operators. */
class PushdownPlannerTest {

    /** Records the steps offered and takes those {@code takes} accepts. */
    static final class Recording implements ScanBuilder {
        final List<Object> offered = new ArrayList<>();
        private final Predicate<Object> takes;

        Recording(Predicate<Object> takes) {
            this.takes = takes;
        }

        private boolean offer(Object step) {
            offered.add(step);
            return takes.test(step);
        }

        @Override public boolean pushDownFilter(PlanStep s) {
            return offer(s);
        }

        @Override public boolean pushDownFields(PlanStep s) {
            return offer(s);
        }

        @Override public boolean pushDownStats(PlanStep s) {
            return offer(s);
        }

        @Override public boolean pushDownSort(PlanStep s) {
            return offer(s);
        }

        @Override public boolean pushDownLimit(long limit) {
            return offer(limit);
        }

        @Override public ScanBuilder logGroups(Collection<String> g) {
            return this;
        }

        @Override public ScanBuilder logStreams(Collection<String> s) {
            return this;
        }

        @Override public ScanBuilder logStreamPrefix(String p) {
            return this;
        }

        @Override public ScanBuilder timeRange(long a, long b) {
            return this;
        }

        @Override public ScanBuilder descending(boolean d) {
            return this;
        }

        @Override public ScanBuilder after(EventCursor c) {
            return this;
        }

        @Override public EventScan open() {
            throw new UnsupportedOperationException();
        }
    }

    private static AnalyzedQuery q(String text) {
        return Analyzer.standard().analyze(text);
    }

    @Test void aWholeStatsQueryIsOfferedInPlanOrderWithComputedNamesInlined() {
        List<Recording> scans = new ArrayList<>();
        Pushdown p = PushdownPlanner.plan(q("fields latency.ms as ms | filter status = \"OK\" | filter ms > 5"
                + " | stats avg(ms) as a by bin(5m) as t | sort t desc | limit 3"), () -> {
                    Recording r = new Recording(s -> true);
                    scans.add(r);
                    return r;
                }, 10_000);
        assertThat(scans).hasSize(1);
        List<Object> offered = scans.get(0).offered;
        assertThat(offered).hasSize(5);
        assertThat(((FilterStep) offered.get(1)).condition()).isInstanceOf(Expr.Binary.class)
                .satisfies(c -> assertThat(((Expr.Field) ((Expr.Binary) c).left()).name()).isEqualTo("latency.ms"));
        StatsStep stats = (StatsStep) offered.get(2);
        assertThat(((Expr.Field) stats.calls().get(0).args().get(0)).name()).isEqualTo("latency.ms");
        assertThat(stats.columns()).containsExactly("t", "a", "@timestamp");
        assertThat(offered.get(3)).isInstanceOf(SortStep.class);
        assertThat(offered.get(4)).isEqualTo(3L);
        assertThat(p).isInstanceOfSatisfying(Pushdown.Rows.class, r -> {
            assertThat(r.stepsTaken()).containsExactly("filter", "filter", "stats", "sort", "limit");
            assertThat(r.residual().sort()).isEmpty();
        });
    }

    @Test void aRefusedStatsLeavesOnlyTheFiltersTakenAndTheRestToTheReference() {
        List<Recording> scans = new ArrayList<>();
        Pushdown p = PushdownPlanner.plan(q("fields strlen(@message) as len | filter len > 3 and status = \"OK\""
                + " | filter n = 1 | stats sortsFirst(s) by n"), () -> {
                    Recording r = new Recording(s -> s instanceof FilterStep f && !f.condition().toString().contains("strlen"));
                    scans.add(r);
                    return r;
                }, 10_000);
        assertThat(scans).hasSize(2);
        assertThat(p).isInstanceOfSatisfying(Pushdown.Events.class, e -> {
            assertThat(e.filtersPushed()).isZero();
            assertThat(e.scan()).isSameAs(scans.get(1));
        });
    }

    @Test void takenFiltersAreDroppedFromTheResidualPlanAndFieldsStay() {
        Pushdown p = PushdownPlanner.plan(q("fields x as y | filter y = 1 | parse @message \"a=*\" as a | fields a, y"),
                () -> new Recording(s -> s instanceof FilterStep), 10_000);
        assertThat(p).isInstanceOfSatisfying(Pushdown.Events.class, e -> {
            assertThat(e.filtersPushed()).isEqualTo(1);
            List<Class<?>> nodes = new ArrayList<>();
            for (PlanNode n : PushdownPlanner.chain((PlanNode.Project) e.residual().plan())) {
                nodes.add(n.getClass());
            }
            assertThat(nodes).doesNotContain(PlanNode.Filter.class).contains(PlanNode.Compute.class, PlanNode.Parse.class);
        });
    }

    @Test void sourceCommandsAndSubqueriesAreNotOffered() {
        for (String text : List.of("SOURCE \"g\" | filter a = 1 | stats count(*)",
                "filter a in (filter b = 2 | fields a) | stats count(*)")) {
            Recording r = new Recording(s -> true);
            Pushdown p = PushdownPlanner.plan(q(text), () -> r, 10_000);
            assertThat(r.offered).as(text).isEmpty();
            assertThat(p).isInstanceOf(Pushdown.Events.class);
        }
    }

    @Test void theResidualSortIsTheReferenceSort() {
        RowsResidual residual = new RowsResidual(List.of("k"), List.of(new RowsResidual.Key("k", true)), 10);
        List<List<Object>> rows = List.of(List.of("a9"), java.util.Arrays.asList((Object) null), List.of("a10"),
                List.of("10"), List.of("b"));
        List<List<Value>> out = residual.apply(List.of("k"), rows, 100);
        assertThat(out.stream().map(r -> r.get(0).isNull() ? null : r.get(0).asText()).toList())
                .containsExactly("10", "b", "a10", "a9", null);
    }
}
