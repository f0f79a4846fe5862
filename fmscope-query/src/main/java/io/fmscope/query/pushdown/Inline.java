package io.fmscope.query.pushdown;

import io.fmscope.query.ast.Expr;
import io.fmscope.query.ast.Exprs;
import java.util.List;
import java.util.Map;

/**
 * Replaces names that {@code fields} commands computed by the expressions that computed them, so a step offered
 * to a backend reads scan fields only. A field resolves by its flat name first (as {@code FieldEval} does), so
 * only exact names are replaced.
 */
final class Inline {
    private Inline() {
    }

    static Expr inline(Expr e, Map<String, Expr> computed) {
        if (computed.isEmpty()) {
            return e;
        }
        return switch (e) {
            case Expr.Field f -> computed.getOrDefault(f.name(), f);
            case Expr.ArrayLit a -> new Expr.ArrayLit(all(a.items(), computed), a.span());
            case Expr.Call c -> new Expr.Call(c.name(), all(c.args(), computed), c.span());
            case Expr.Unary u -> new Expr.Unary(u.op(), inline(u.operand(), computed), u.span());
            case Expr.Binary b -> new Expr.Binary(b.op(), inline(b.left(), computed), inline(b.right(), computed),
                    b.span());
            case Expr.Like l -> new Expr.Like(inline(l.subject(), computed), inline(l.pattern(), computed),
                    l.negated(), l.span());
            case Expr.In i -> new Expr.In(inline(i.subject(), computed), inline(i.set(), computed), i.negated(),
                    i.span());
            case Expr.Index i -> new Expr.Index(inline(i.target(), computed), inline(i.index(), computed), i.span());
            case Expr.Member m -> new Expr.Member(inline(m.target(), computed), m.key(), m.span());
            default -> e;
        };
    }

    private static List<Expr> all(List<Expr> list, Map<String, Expr> computed) {
        return list.stream().map(x -> inline(x, computed)).toList();
    }

    /** Whether {@code e} holds a subquery (which reads the source again, so the scan must stay unfiltered). */
    static boolean hasSubquery(Expr e) {
        boolean[] found = {false};
        Exprs.walk(e, x -> found[0] |= x instanceof Expr.Subquery);
        return found[0];
    }
}
