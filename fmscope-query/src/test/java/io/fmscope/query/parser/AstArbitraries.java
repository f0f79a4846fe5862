package io.fmscope.query.parser;

import io.fmscope.query.ast.AnomalyCommand;
import io.fmscope.query.ast.Command;
import io.fmscope.query.ast.DiffCommand;
import io.fmscope.query.ast.Expr;
import io.fmscope.query.ast.Expr.BinaryOp;
import io.fmscope.query.ast.ParsePattern;
import io.fmscope.query.ast.PatternCommand;
import io.fmscope.query.ast.PeriodUnit;
import io.fmscope.query.ast.Projection;
import io.fmscope.query.ast.Query;
import io.fmscope.query.ast.SortKey;
import io.fmscope.query.ast.SourceSelector;
import io.fmscope.query.ast.Span;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random syntax trees drawn from the grammar, with {@link Span#NONE} spans, for round-trip properties. */
final class AstArbitraries {
    private static final Span N = Span.NONE;

    private AstArbitraries() {}

    static Arbitrary<String> plainName() {
        return Arbitraries.of("a", "x1", "@message", "@timestamp", "latency", "status_code", "desc", "asc", "into",
                "count", "any", "fields", "Type", "名前", "_u", "@@example");
    }

    /** Any name the lexer can carry inside backticks: no backtick, no line break, not empty. */
    static Arbitrary<String> name() {
        Arbitrary<String> odd = Arbitraries.strings().withChars("ab-.:$ 9é/\\'\"#|").ofMinLength(1).ofMaxLength(6);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, plainName()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("and", "or", "not", "like", "in", "as", "by")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("0", "12")),
                net.jqwik.api.Tuple.of(2, odd));
    }

    static Arbitrary<Expr.Field> field() {
        return name().list().ofMinSize(1).ofMaxSize(3).map(p -> new Expr.Field(p, N));
    }

    static Arbitrary<Expr> expr(int depth) {
        Arbitrary<Expr> leaf = Arbitraries.oneOf(
                Arbitraries.of("0", "42", "3.25", "1e3", "7E-2").map(t -> new Expr.NumberLit(t, N)),
                Arbitraries.strings().ofMaxLength(8).map(s -> new Expr.StringLit(s, N)),
                Arbitraries.of("Exception", "(?i)err", "2\\d\\d", "a\\/b", "[\\/]x", "^REPORT.*(?<init>\\S+)")
                        .map(r -> new Expr.RegexLit(r, N)),
                Combinators.combine(Arbitraries.longs().between(1, 500), Arbitraries.of(PeriodUnit.class))
                        .as((a, u) -> new Expr.DurationLit(a, u, N)),
                field().map(f -> (Expr) f));
        if (depth <= 0) return leaf;
        Arbitrary<Expr> sub = Arbitraries.lazy(() -> expr(depth - 1));
        Arbitrary<String> callName = Arbitraries.of("count", "avg", "bin", "ispresent", "concat", "jsonParse", "Pct");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, leaf),
                net.jqwik.api.Tuple.of(2, Combinators.combine(Arbitraries.of(BinaryOp.class), sub, sub)
                        .as((op, l, r) -> new Expr.Binary(op, l, r, N))),
                net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.of(Expr.UnaryOp.class), sub)
                        .as((op, e) -> new Expr.Unary(op, e, N))),
                net.jqwik.api.Tuple.of(1, Combinators.combine(callName, Arbitraries.oneOf(sub,
                        Arbitraries.just(new Expr.Star(N))).list().ofMaxSize(3)).as((n, a) -> new Expr.Call(n, a, N))),
                net.jqwik.api.Tuple.of(1, Combinators.combine(sub, sub, Arbitraries.of(true, false))
                        .as((s, p, neg) -> new Expr.Like(s, p, neg, N))),
                net.jqwik.api.Tuple.of(1, Combinators.combine(sub, sub.list().ofMaxSize(3), Arbitraries.of(true, false))
                        .as((s, items, neg) -> new Expr.In(s, new Expr.ArrayLit(items, N), neg, N))),
                net.jqwik.api.Tuple.of(1, Combinators.combine(sub, sub).as((t, i) -> new Expr.Index(t, i, N))),
                net.jqwik.api.Tuple.of(1, Combinators.combine(sub, name()).as((t, k) -> new Expr.Member(t, k, N))),
                net.jqwik.api.Tuple.of(depth > 1 ? 1 : 0, Combinators.combine(sub, Arbitraries.lazy(() -> query(0)))
                        .as((s, q) -> new Expr.In(s, new Expr.Subquery(q, N), false, N))));
    }

    static Arbitrary<Projection> projection() {
        return Combinators.combine(expr(3), Arbitraries.oneOf(Arbitraries.just((String) null), name()))
                .as((e, a) -> new Projection(e, a, N));
    }

    static Arbitrary<Command> command(int depth) {
        Arbitrary<List<Projection>> projections = projection().list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<List<Expr.Field>> fields = field().list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<Command> glob = Combinators.combine(Arbitraries.oneOf(field(), Arbitraries.just((Expr.Field) null)),
                        name().list().ofMinSize(1).ofMaxSize(3))
                .as((f, aliases) -> new Command.Parse(f, new ParsePattern.Glob(
                        String.join("\"x", aliases.stream().map(a -> "*").toList()) + " ms", N), aliases, N));
        Arbitrary<Command> regex = field().map(f -> new Command.Parse(f,
                new ParsePattern.Regex("id=(?<user_id>\\d+) (?<b>.*)", N), List.of(), N));
        return Arbitraries.oneOf(
                projections.map(p -> new Command.Fields(p, N)),
                projections.map(p -> new Command.Display(p, N)),
                expr(3).map(e -> new Command.Filter(e, N)),
                Combinators.combine(field(), Arbitraries.strings().ofMaxLength(5))
                        .as((f, v) -> new Command.FilterIndex(new Expr.Binary(BinaryOp.EQ, f, new Expr.StringLit(v, N), N), N)),
                Combinators.combine(projections, projection().list().ofMaxSize(2)).as((a, b) -> new Command.Stats(a, b, N)),
                Combinators.combine(expr(2), Arbitraries.of(true, false)).as((e, d) -> new SortKey(e, d, N))
                        .list().ofMinSize(1).ofMaxSize(3).map(k -> new Command.Sort(k, N)),
                Combinators.combine(Arbitraries.longs().between(1, 100_000), Arbitraries.of(true, false))
                        .as((n, any) -> new Command.Limit(n, any, N)),
                glob, regex,
                fields.map(f -> new Command.Dedup(f, N)),
                field().list().ofMaxSize(2).map(f -> new Command.Unmask(f, N)),
                Combinators.combine(expr(2), name()).as((e, a) -> new Command.Unnest(e, a, N)),
                expr(3).map(e -> new PatternCommand(e, N)),
                Arbitraries.of(DiffCommand.Period.class).map(p -> new DiffCommand(p, N)),
                Arbitraries.just(new AnomalyCommand(N)),
                Combinators.combine(Arbitraries.strings().ofMaxLength(10), Arbitraries.of("-3600s", "2026-01-23T00:00:00Z"))
                        .as((g, t) -> new Command.Source(List.of(new SourceSelector.GroupName(g, N)), t, null, N)),
                Arbitraries.strings().ofMaxLength(6).list().ofMaxSize(3).map(prefixes -> new Command.Source(List.of(
                        new SourceSelector.LogGroups(List.of(new SourceSelector.NamedArg("namePrefix", new Expr.ArrayLit(
                                prefixes.stream().map(p -> (Expr) new Expr.StringLit(p, N)).toList(), N), N)), N)),
                        null, null, N)));
    }

    static Arbitrary<Query> query(int depth) {
        return command(depth).list().ofMinSize(1).ofMaxSize(5).map(c -> new Query(c, N));
    }
}
