package io.fmscope.query.analyzer;

import io.fmscope.query.ast.Expr;
import java.util.List;
import java.util.function.Function;

/** Rebuilds an expression tree, replacing each node for which {@code f} returns non-null (top-down). */
final class ExprRewriter {
    private ExprRewriter() {}

    static Expr replace(Expr e, Function<Expr, Expr> f) {
        Expr r = f.apply(e);
        if (r != null) return r;
        return switch (e) {
            case Expr.ArrayLit a -> new Expr.ArrayLit(all(a.items(), f), a.span());
            case Expr.Call c -> new Expr.Call(c.name(), all(c.args(), f), c.span());
            case Expr.Unary u -> new Expr.Unary(u.op(), replace(u.operand(), f), u.span());
            case Expr.Binary b -> new Expr.Binary(b.op(), replace(b.left(), f), replace(b.right(), f), b.span());
            case Expr.Like l -> new Expr.Like(replace(l.subject(), f), replace(l.pattern(), f), l.negated(), l.span());
            case Expr.In i -> new Expr.In(replace(i.subject(), f), replace(i.set(), f), i.negated(), i.span());
            case Expr.Index i -> new Expr.Index(replace(i.target(), f), replace(i.index(), f), i.span());
            case Expr.Member m -> new Expr.Member(replace(m.target(), f), m.key(), m.span());
            default -> e;
        };
    }

    private static List<Expr> all(List<Expr> list, Function<Expr, Expr> f) {
        return list.stream().map(x -> replace(x, f)).toList();
    }
}
