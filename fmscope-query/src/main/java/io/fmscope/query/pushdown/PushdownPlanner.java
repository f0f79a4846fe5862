package io.fmscope.query.pushdown;

import io.fmscope.query.analyzer.AnalyzedQuery;
import io.fmscope.query.ast.Expr;
import io.fmscope.query.ast.Span;
import io.fmscope.query.exec.QueryOptions;
import io.fmscope.query.plan.PlanNode;
import io.fmscope.query.plan.PlanNode.NamedExpr;
import io.fmscope.storage.ScanBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Offers an analyzed plan to a storage backend step by step (OpenSearch PPL's shape: the backend answers
 * whether it takes each step). The plan is read as a chain from the scan: leading {@code filter}s and
 * {@code fields} (whose computed names are inlined into later steps), then either a {@code stats} with an
 * optional sort and limit, or the event rows' sort and limit.
 *
 * <ol>
 *   <li>First the whole query is offered: filters, then a {@link StatsStep} or a {@link FieldsStep} (the result
 *   columns), then the {@link SortStep} and the limit. If the backend takes the filters and the stats or fields
 *   step, it returns rows and {@link RowsResidual} finishes the sort and limit it did not take.</li>
 *   <li>Otherwise a fresh scan is offered the leading filters only; those taken are dropped from the plan and
 *   the reference operators run the rest over the events.</li>
 * </ol>
 * Queries with a {@code SOURCE} command or a subquery are not offered anything.
 */
public final class PushdownPlanner {
    private PushdownPlanner() {
    }

    /**
     * @param query  the analyzed query
     * @param scans  fresh scan builders, already addressed (groups, time range)
     * @param maxRows rows returned when the query has no final limit
     */
    public static Pushdown plan(AnalyzedQuery query, Supplier<ScanBuilder> scans, int maxRows) {
        PlanNode.Project project = (PlanNode.Project) query.plan();
        List<PlanNode> chain = chain(project);
        PlanNode.Scan scan = (PlanNode.Scan) chain.get(0);
        if (!offerable(scan, chain)) {
            return new Pushdown.Events(scans.get(), query, 0);
        }
        Leading leading = Leading.of(chain);
        List<PlanNode> rest = chain.subList(leading.end(), chain.size());
        long cap = rowCap(project, maxRows);
        Pushdown rows = RowsPlan.offer(scans.get(), leading, rest, project.columns(), cap);
        if (rows != null) {
            return rows;
        }
        ScanBuilder b = scans.get();
        int taken = 0;
        for (Expr f : leading.filters()) {
            if (!b.pushDownFilter(new FilterStep(f))) {
                break;
            }
            taken++;
        }
        if (taken == 0) {
            return new Pushdown.Events(b, query, 0);
        }
        return new Pushdown.Events(b, withoutFilters(query, project, chain, leading, taken), taken);
    }

    /** The nodes from the scan up to the projection's input, scan first. */
    static List<PlanNode> chain(PlanNode.Project project) {
        List<PlanNode> out = new ArrayList<>();
        for (PlanNode n = project.input(); ; n = io.fmscope.query.plan.Plans.input(n)) {
            out.add(0, n);
            if (n instanceof PlanNode.Scan) {
                return out;
            }
        }
    }

    private static boolean offerable(PlanNode.Scan scan, List<PlanNode> chain) {
        var source = scan.source();
        if (!source.selectsAll() || source.start() != null || source.end() != null) {
            return false;
        }
        for (PlanNode n : chain) {
            for (Expr e : exprs(n)) {
                if (Inline.hasSubquery(e)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<Expr> exprs(PlanNode n) {
        List<Expr> out = new ArrayList<>();
        switch (n) {
            case PlanNode.Filter f -> out.add(f.condition());
            case PlanNode.Compute c -> c.outputs().forEach(o -> out.add(o.expr()));
            case PlanNode.Aggregate a -> {
                a.keys().forEach(k -> out.add(k.expr()));
                a.calls().forEach(c -> out.addAll(c.args()));
                a.outputs().forEach(o -> out.add(o.expr()));
            }
            case PlanNode.Sort s -> s.keys().forEach(k -> out.add(k.expr()));
            case PlanNode.Unnest u -> out.add(u.list());
            default -> {
            }
        }
        return out;
    }

    private static long rowCap(PlanNode.Project project, int maxRows) {
        if (project.input() instanceof PlanNode.Limit l) {
            return Math.min(l.count(), QueryOptions.MAX_ROWS_LIMIT);
        }
        return maxRows;
    }

    /** The plan with the first {@code taken} leading filters removed. */
    private static AnalyzedQuery withoutFilters(AnalyzedQuery q, PlanNode.Project project, List<PlanNode> chain,
                                                Leading leading, int taken) {
        List<PlanNode> dropped = leading.filterNodes().subList(0, taken);
        PlanNode node = chain.get(0);
        for (PlanNode n : chain.subList(1, chain.size())) {
            if (dropped.stream().noneMatch(d -> d == n)) {
                node = rebase(n, node);
            }
        }
        PlanNode.Project p = new PlanNode.Project(node, project.columns());
        return new AnalyzedQuery(q.query(), p, q.columns(), q.aggregated(), q.warnings());
    }

    /** {@code n} with {@code input} as its input. */
    private static PlanNode rebase(PlanNode n, PlanNode input) {
        return switch (n) {
            case PlanNode.Scan s -> s;
            case PlanNode.Filter f -> new PlanNode.Filter(input, f.condition());
            case PlanNode.Compute c -> new PlanNode.Compute(input, c.outputs());
            case PlanNode.Parse p -> new PlanNode.Parse(input, p.source(), p.pattern(), p.names());
            case PlanNode.Unnest u -> new PlanNode.Unnest(input, u.list(), u.alias());
            case PlanNode.Aggregate a -> new PlanNode.Aggregate(input, a.keys(), a.calls(), a.outputs(), a.timestampKey());
            case PlanNode.Sort s -> new PlanNode.Sort(input, s.keys(), s.implicit());
            case PlanNode.Limit l -> new PlanNode.Limit(input, l.count(), l.any());
            case PlanNode.Dedup d -> new PlanNode.Dedup(input, d.fields());
            case PlanNode.Project p -> new PlanNode.Project(input, p.columns());
            case PlanNode.Mining m -> m.withInput(input);
        };
    }

    /**
     * The leading filters and computed fields of a chain: each filter with computed names inlined, the names
     * computed so far, and where the leading part ends.
     */
    record Leading(List<Expr> filters, List<PlanNode> filterNodes, Map<String, Expr> computed, int end) {
        static Leading of(List<PlanNode> chain) {
            Map<String, Expr> computed = new HashMap<>();
            List<Expr> filters = new ArrayList<>();
            List<PlanNode> nodes = new ArrayList<>();
            int i = 1;
            for (; i < chain.size(); i++) {
                if (chain.get(i) instanceof PlanNode.Filter f) {
                    filters.add(Inline.inline(f.condition(), computed));
                    nodes.add(f);
                } else if (chain.get(i) instanceof PlanNode.Compute c) {
                    for (NamedExpr o : c.outputs()) {
                        computed.put(o.name(), Inline.inline(o.expr(), computed));
                    }
                } else {
                    break;
                }
            }
            return new Leading(filters, nodes, computed, i);
        }

        /** {@code name} as a scan-level expression: its computed expression, or the field itself. */
        Expr resolve(String name) {
            Expr e = computed.get(name);
            return e != null ? e : new Expr.Field(List.of(name.split("\\.", -1)), Span.NONE);
        }
    }
}
