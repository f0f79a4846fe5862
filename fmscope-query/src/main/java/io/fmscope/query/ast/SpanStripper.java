package io.fmscope.query.ast;

import java.util.List;

/** Copies of AST nodes with every span replaced by {@link Span#NONE}: equality "ignoring positions". */
public final class SpanStripper {
    private static final Span N = Span.NONE;

    private SpanStripper() {}

    public static Query strip(Query q) {
        return new Query(q.commands().stream().map(SpanStripper::strip).toList(), N);
    }

    public static Command strip(Command c) {
        return switch (c) {
            case Command.Fields f -> new Command.Fields(projections(f.items()), N);
            case Command.Display d -> new Command.Display(projections(d.items()), N);
            case Command.Filter f -> new Command.Filter(strip(f.condition()), N);
            case Command.FilterIndex f -> new Command.FilterIndex(strip(f.condition()), N);
            case Command.Stats s -> new Command.Stats(projections(s.aggregates()), projections(s.groupBy()), N);
            case Command.Sort s -> new Command.Sort(
                    s.keys().stream().map(k -> new SortKey(strip(k.expr()), k.descending(), N)).toList(), N);
            case Command.Limit l -> new Command.Limit(l.count(), l.any(), N);
            case Command.Parse p -> new Command.Parse(p.source() == null ? null : field(p.source()), pattern(p.pattern()),
                    p.aliases(), N);
            case Command.Dedup d -> new Command.Dedup(fields(d.fields()), N);
            case Command.Unmask u -> new Command.Unmask(fields(u.fields()), N);
            case Command.Unnest u -> new Command.Unnest(strip(u.list()), u.alias(), N);
            case Command.Mining m -> m.withoutSpans();
            case Command.Source s -> new Command.Source(s.selectors().stream().map(SpanStripper::selector).toList(),
                    s.start(), s.end(), N);
        };
    }

    public static Expr strip(Expr e) {
        return switch (e) {
            case Expr.NumberLit n -> new Expr.NumberLit(n.text(), N);
            case Expr.StringLit s -> new Expr.StringLit(s.value(), N);
            case Expr.RegexLit r -> new Expr.RegexLit(r.source(), N);
            case Expr.DurationLit d -> new Expr.DurationLit(d.amount(), d.unit(), N);
            case Expr.ArrayLit a -> new Expr.ArrayLit(exprs(a.items()), N);
            case Expr.Field f -> field(f);
            case Expr.Star s -> new Expr.Star(N);
            case Expr.Call c -> new Expr.Call(c.name(), exprs(c.args()), N);
            case Expr.Unary u -> new Expr.Unary(u.op(), strip(u.operand()), N);
            case Expr.Binary b -> new Expr.Binary(b.op(), strip(b.left()), strip(b.right()), N);
            case Expr.Like l -> new Expr.Like(strip(l.subject()), strip(l.pattern()), l.negated(), N);
            case Expr.In i -> new Expr.In(strip(i.subject()), strip(i.set()), i.negated(), N);
            case Expr.Subquery q -> new Expr.Subquery(strip(q.query()), N);
            case Expr.Index i -> new Expr.Index(strip(i.target()), strip(i.index()), N);
            case Expr.Member m -> new Expr.Member(strip(m.target()), m.key(), N);
        };
    }

    private static Expr.Field field(Expr.Field f) {
        return new Expr.Field(f.path(), N);
    }

    private static List<Expr> exprs(List<Expr> list) {
        return list.stream().map(SpanStripper::strip).toList();
    }

    private static List<Expr.Field> fields(List<Expr.Field> list) {
        return list.stream().map(SpanStripper::field).toList();
    }

    private static List<Projection> projections(List<Projection> list) {
        return list.stream().map(p -> new Projection(strip(p.expr()), p.alias(), N)).toList();
    }

    private static ParsePattern pattern(ParsePattern p) {
        return switch (p) {
            case ParsePattern.Glob g -> new ParsePattern.Glob(g.pattern(), N);
            case ParsePattern.Regex r -> new ParsePattern.Regex(r.source(), N);
        };
    }

    private static SourceSelector selector(SourceSelector s) {
        return switch (s) {
            case SourceSelector.GroupName g -> new SourceSelector.GroupName(g.name(), N);
            case SourceSelector.LogGroups g -> new SourceSelector.LogGroups(g.args().stream()
                    .map(a -> new SourceSelector.NamedArg(a.name(), strip(a.value()), N)).toList(), N);
        };
    }
}
