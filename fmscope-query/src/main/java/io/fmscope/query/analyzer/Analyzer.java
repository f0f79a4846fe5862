package io.fmscope.query.analyzer;

import io.fmscope.query.analyzer.ExprChecker.Place;
import io.fmscope.query.ast.Command;
import io.fmscope.query.ast.Expr;
import io.fmscope.query.ast.ParsePattern;
import io.fmscope.query.ast.Projection;
import io.fmscope.query.ast.Query;
import io.fmscope.query.ast.SortKey;
import io.fmscope.query.parser.QueryParser;
import io.fmscope.query.plan.PlanNode;
import io.fmscope.query.plan.PlanNode.NamedExpr;
import io.fmscope.query.regex.JavaRegex;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a parsed query against the language's rules and builds its logical plan. Rules: SOURCE first; at most
 * {@code maxStats} stats; {@code sort} and {@code limit} after the last stats; only {@code limit} after
 * {@code dedup}; after a stats, later stats, sort and dedup may only use what it produced (other commands get a
 * warning: such fields are empty); functions exist, with the right arity, aggregates only in stats.
 * The only exception it throws is {@link io.fmscope.query.QueryException}.
 */
public final class Analyzer {
    /** "You can use as many as two stats commands in a single query" (reference section 2.4). */
    public static final int DEFAULT_MAX_STATS = 2;

    private final FunctionCatalog catalog;
    private final int maxStats;

    public Analyzer(FunctionCatalog catalog, int maxStats) {
        this.catalog = catalog;
        this.maxStats = maxStats;
    }

    public static Analyzer standard() {
        return new Analyzer(FunctionCatalog.standard(), DEFAULT_MAX_STATS);
    }

    /** Parses and analyzes {@code text}. */
    public AnalyzedQuery analyze(String text) {
        return analyze(QueryParser.parse(text), text);
    }

    /** Analyzes a parsed query; {@code text} (may be null) is the source the spans point into. */
    public AnalyzedQuery analyze(Query query, String text) {
        AnalysisContext ctx = new AnalysisContext(catalog, text, maxStats);
        return new Run(ctx, query).run();
    }

    /** One analysis pass over the commands. */
    private static final class Run {
        private final AnalysisContext ctx;
        private final Query query;
        private final ExprChecker checker;
        private final PlanSteps steps = new PlanSteps();
        private final OutputColumns columns = new OutputColumns();
        private final Set<String> scanFields = new LinkedHashSet<>(List.of("@timestamp"));
        private Scope scope = Scope.open();
        private int statsSeen;
        private boolean mined; // pattern or diff replaced the event rows

        Run(AnalysisContext ctx, Query query) {
            this.ctx = ctx;
            this.query = query;
            this.checker = new ExprChecker(ctx);
        }

        AnalyzedQuery run() {
            List<Command> commands = query.commands();
            int lastStats = -1;
            for (int i = 0; i < commands.size(); i++) if (commands.get(i) instanceof Command.Stats) lastStats = i;
            var source = new SourceAnalyzer(ctx).analyze(commands);
            new MiningOrder(ctx).check(commands, source.commandsUsed());
            boolean afterDedup = false;
            for (int i = source.commandsUsed(); i < commands.size(); i++) {
                Command c = commands.get(i);
                if (afterDedup && !(c instanceof Command.Limit)) {
                    throw ctx.error("only limit may follow dedup", c.span());
                }
                if ((c instanceof Command.Sort || c instanceof Command.Limit) && i < lastStats) {
                    throw ctx.error((c instanceof Command.Sort ? "sort" : "limit")
                            + " must come after the last stats command", c.span());
                }
                command(c);
                afterDedup |= c instanceof Command.Dedup;
            }
            if (statsSeen == 0 && !mined) scanFields.addAll(columns.columns());
            PlanNode plan = steps.assemble(new PlanNode.Scan(source.spec(), List.copyOf(scanFields)),
                    columns.columns());
            return new AnalyzedQuery(query, plan, columns.columns(), statsSeen > 0 || mined, ctx.warnings());
        }

        private void command(Command command) {
            switch (command) {
                case Command.Fields f -> project(f.items(), false);
                case Command.Display d -> project(d.items(), true);
                case Command.Filter f -> steps.filter(rowExpr(f.condition(), false));
                case Command.FilterIndex f -> steps.filter(rowExpr(f.condition(), false));
                case Command.Stats s -> stats(s);
                case Command.Sort s -> sort(s);
                case Command.Limit l -> steps.limit(l.count(), l.any());
                case Command.Parse p -> parse(p);
                case Command.Dedup d -> {
                    d.fields().forEach(f -> rowExpr(f, true));
                    steps.dedup(d.fields());
                }
                case Command.Unmask u -> u.fields().forEach(f -> rowExpr(f, false)); // nothing is masked locally
                case Command.Unnest u -> {
                    steps.unnest(rowExpr(u.list(), false), u.alias());
                    scope.add(u.alias());
                    columns.added(u.alias());
                }
                case Command.Mining m -> mine(m);
                case Command.Source s -> throw ctx.error("SOURCE must come before every other command", s.span());
            }
        }

        /** pattern, diff, anomaly: see {@link MiningAnalyzer}. */
        private void mine(Command.Mining m) {
            List<Command> commands = query.commands();
            int i = 0;
            while (commands.get(i) != m) i++;
            MiningAnalyzer.Step step = new MiningAnalyzer(ctx).step(commands, i);
            if (step == null) return;
            if (step.value() != null) rowExpr(step.value(), false);
            steps.mining(step.build(), step.aggregate());
            if (step.aggregate()) {
                mined = true;
                scope = Scope.closed(step.visible());
                columns.stats(step.columns());
            } else {
                step.visible().forEach(scope::add);
                step.columns().forEach(columns::added);
            }
        }

        private Expr rowExpr(Expr e, boolean strict) {
            checker.check(e, Place.ROW, scope, strict, Set.of());
            if (scope.isOpen()) scanFieldsOf(e);
            return e;
        }

        private void scanFieldsOf(Expr e) {
            for (Expr.Field f : io.fmscope.query.ast.Exprs.fields(e)) scanFields.add(f.name());
        }

        private void project(List<Projection> items, boolean display) {
            List<NamedExpr> computed = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (Projection p : items) {
                rowExpr(p.expr(), false);
                String name = Labels.of(p, ctx.text());
                names.add(name);
                if (p.hasAlias() || !(p.expr() instanceof Expr.Field)) computed.add(new NamedExpr(name, p.expr()));
            }
            if (!computed.isEmpty()) steps.compute(computed);
            names.forEach(scope::add);
            if (display) columns.display(names);
            else columns.fields(names);
        }

        private void stats(Command.Stats s) {
            if (++statsSeen > ctx.maxStats()) {
                throw ctx.error("a query can have at most " + ctx.maxStats() + " stats commands", s.span());
            }
            boolean strict = !scope.isOpen();
            if (scope.isOpen()) {
                s.aggregates().forEach(p -> scanFieldsOf(p.expr()));
                s.groupBy().forEach(p -> scanFieldsOf(p.expr()));
            }
            var shape = new StatsAnalyzer(ctx, checker).analyze(s, scope, strict);
            steps.aggregate(shape);
            List<String> visible = new ArrayList<>(shape.columns());
            if (shape.timestampKey() != null) visible.add("@timestamp");
            scope = Scope.closed(visible);
            columns.stats(shape.columns());
        }

        private void sort(Command.Sort s) {
            List<PlanNode.Sort.Key> keys = new ArrayList<>();
            for (SortKey k : s.keys()) keys.add(new PlanNode.Sort.Key(rowExpr(k.expr(), true), k.descending()));
            steps.sort(keys);
        }

        private void parse(Command.Parse p) {
            Expr.Field source = p.source() != null ? p.source() : Expr.Field.of("@message", p.span());
            rowExpr(source, false);
            List<String> names = switch (p.pattern()) {
                case ParsePattern.Glob g -> p.aliases();
                case ParsePattern.Regex r -> JavaRegex.translate(r.source()).groupNames();
            };
            steps.parse(source, p.pattern(), names);
            names.forEach(scope::add);
            names.forEach(columns::added);
        }
    }
}
