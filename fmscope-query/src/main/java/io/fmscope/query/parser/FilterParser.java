package io.fmscope.query.parser;

import io.fmscope.query.ast.Command;
import io.fmscope.query.ast.Expr;
import io.fmscope.query.syntax.Token;

/** {@code filter} (alias {@code where}) and {@code filterIndex}. */
final class FilterParser {
    private final Cursor c;
    private final ExpressionParser exprs;

    FilterParser(Cursor c, ExpressionParser exprs) {
        this.c = c;
        this.exprs = exprs;
    }

    Command filter(Token keyword) {
        Expr condition = exprs.parse();
        return new Command.Filter(condition, c.spanFrom(keyword.span()));
    }

    /** Only {@code field = literal} and {@code field in [literals]} are index lookups. */
    Command filterIndex(Token keyword) {
        Expr condition = exprs.parse();
        boolean ok = switch (condition) {
            case Expr.Binary b when b.op() == Expr.BinaryOp.EQ ->
                    b.left() instanceof Expr.Field && isLiteral(b.right());
            case Expr.In in when !in.negated() -> in.subject() instanceof Expr.Field
                    && in.set() instanceof Expr.ArrayLit a && a.items().stream().allMatch(FilterParser::isLiteral);
            default -> false;
        };
        if (!ok) throw c.error("filterIndex takes 'field = value' or 'field in [values]'", condition.span());
        return new Command.FilterIndex(condition, c.spanFrom(keyword.span()));
    }

    private static boolean isLiteral(Expr e) {
        return e instanceof Expr.StringLit || e instanceof Expr.NumberLit
                || (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEG && u.operand() instanceof Expr.NumberLit);
    }
}
