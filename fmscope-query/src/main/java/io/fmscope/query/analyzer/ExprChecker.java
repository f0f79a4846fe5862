package io.fmscope.query.analyzer;

import io.fmscope.query.QueryException;
import io.fmscope.query.analyzer.FunctionCatalog.FunctionInfo;
import io.fmscope.query.ast.Expr;
import io.fmscope.query.ast.Exprs;
import io.fmscope.query.ast.Span;
import io.fmscope.query.parser.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks one expression: functions exist with the right arity, aggregates appear only in {@code stats}
 * outputs and never nested, regex and period literals only where they mean something, and fields are visible.
 */
final class ExprChecker {
    /** Where an expression sits. */
    enum Place { ROW, STATS_KEY, STATS_OUTPUT }

    /** Fields that look like system fields; a different letter case is almost always a typo. */
    private static final List<String> WELL_KNOWN = List.of("@timestamp", "@message", "@logStream", "@log",
            "@ingestionTime", "@ptr", "@requestId", "@duration", "@billedDuration", "@type", "@maxMemoryUsed",
            "@memorySize", "@initDuration", "@xrayTraceId", "@xraySegmentId");

    private final AnalysisContext ctx;

    ExprChecker(AnalysisContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Validates {@code e}. With {@code strict}, a field the scope does not see is an error, otherwise a warning.
     * In {@link Place#STATS_OUTPUT}, fields outside aggregate calls must be in {@code statsLocal}; the outermost
     * aggregate calls found are returned.
     */
    List<Expr.Call> check(Expr e, Place place, Scope scope, boolean strict, Set<String> statsLocal) {
        List<Expr.Call> aggregates = new ArrayList<>();
        visit(e, place, scope, strict, statsLocal, false, false, aggregates);
        return aggregates;
    }

    private void visit(Expr e, Place place, Scope scope, boolean strict, Set<String> local, boolean inAggregate,
                       boolean literalAllowed, List<Expr.Call> found) {
        switch (e) {
            case Expr.Call c -> call(c, place, scope, strict, local, inAggregate, found);
            case Expr.Field f -> field(f, place, scope, strict, local, inAggregate);
            case Expr.RegexLit r -> {
                if (!literalAllowed) throw error("a /regex/ can only follow like or =~, or be a function argument", r.span());
            }
            case Expr.DurationLit d -> {
                if (!literalAllowed) {
                    throw error("a time period such as 5m can only be a function argument, as in bin(5m)", d.span());
                }
            }
            case Expr.Star s -> throw error("'*' is only allowed as the argument of count(*)", s.span());
            case Expr.Like l -> {
                visit(l.subject(), place, scope, strict, local, inAggregate, false, found);
                visit(l.pattern(), place, scope, strict, local, inAggregate, true, found);
            }
            case Expr.Subquery q -> ctx.subquery(q);
            default -> {
                for (Expr child : Exprs.children(e)) visit(child, place, scope, strict, local, inAggregate, false, found);
            }
        }
    }

    private void call(Expr.Call c, Place place, Scope scope, boolean strict, Set<String> local, boolean inAggregate,
                      List<Expr.Call> found) {
        FunctionInfo info = ctx.catalog().lookup(c.name()).orElseThrow(() -> error("unknown function '" + c.name()
                + "'" + Suggestions.hint(c.name(), ctx.catalog().names()), nameSpan(c)));
        if (!info.acceptsArity(c.args().size())) {
            throw error(info.name() + " takes " + arity(info) + " but got " + c.args().size() + ": "
                    + info.signature(), c.span());
        }
        boolean count = info.name().equalsIgnoreCase("count");
        for (Expr a : c.args()) {
            if (a instanceof Expr.Star && !(count && c.args().size() == 1)) {
                throw error("'*' is only allowed as the argument of count(*)", a.span());
            }
        }
        if (info.isAggregate()) {
            if (place == Place.STATS_KEY) throw error("cannot group by an aggregate function: " + c.name(), c.span());
            if (place == Place.ROW) throw error("aggregate function '" + c.name() + "' can only be used in stats", c.span());
            if (inAggregate) throw error("aggregate functions cannot be nested: " + c.name(), c.span());
            found.add(c);
        }
        if (info.name().equalsIgnoreCase("bin")) timestampFor(c, scope, strict);
        boolean argsInAggregate = inAggregate || info.isAggregate();
        for (Expr a : c.args()) {
            if (!(a instanceof Expr.Star)) visit(a, place, scope, strict, argsInAggregate ? Set.of() : local, argsInAggregate, true, found);
        }
    }

    private void field(Expr.Field f, Place place, Scope scope, boolean strict, Set<String> local, boolean inAggregate) {
        if (place == Place.STATS_OUTPUT && !inAggregate) {
            if (!local.contains(f.name())) {
                throw error("'" + f.name() + "' must be inside an aggregate function such as max(" + f.name()
                        + "), or be an alias defined earlier in this stats", f.span());
            }
            return;
        }
        caseTypo(f);
        if (scope.sees(f)) return;
        String msg = "'" + f.name() + "' is not available here: after stats (or pattern) only its results can be used ("
                + shown(scope.names()) + ")";
        if (strict) throw error(msg, f.span());
        ctx.warn(msg + "; it is empty in every row", f.span());
    }

    private void timestampFor(Expr.Call bin, Scope scope, boolean strict) {
        if (scope.sees("@timestamp")) return;
        String msg = "bin() buckets @timestamp, which the preceding stats did not produce; carry a time forward "
                + "(e.g. max(@timestamp) as @t) and use datefloor(@t, ...)";
        if (strict) throw error(msg, bin.span());
        ctx.warn(msg, bin.span());
    }

    private void caseTypo(Expr.Field f) {
        String name = f.name();
        if (!name.startsWith("@") || WELL_KNOWN.contains(name)) return;
        for (String known : WELL_KNOWN) {
            if (known.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                ctx.warn("field names are case-sensitive: '" + name + "' is not '" + known + "'", f.span());
            }
        }
    }

    private static String arity(FunctionInfo f) {
        if (f.minArity() == f.maxArity()) return f.minArity() + (f.minArity() == 1 ? " argument" : " arguments");
        if (f.maxArity() == Integer.MAX_VALUE) return "at least " + f.minArity() + " argument(s)";
        return f.minArity() + " to " + f.maxArity() + " arguments";
    }

    private static String shown(List<String> names) {
        if (names.isEmpty()) return "none";
        List<String> first = names.size() > 8 ? names.subList(0, 8) : names;
        return String.join(", ", first) + (names.size() > 8 ? ", ..." : "");
    }

    private static Span nameSpan(Expr.Call c) {
        Span s = c.span();
        return new Span(s.start(), Math.min(s.end(), s.start() + c.name().length()), s.line(), s.column());
    }

    private QueryException error(String reason, Span span) {
        return ctx.error(reason, span);
    }
}
