package io.fmscope.storage.duckdb.pushdown;

import io.fmscope.query.ast.Expr;
import io.fmscope.query.value.NumberText;
import io.fmscope.query.value.TimeText;
import io.fmscope.query.value.Value;
import io.fmscope.storage.duckdb.pushdown.SqlExpr.Kind;
import java.util.Optional;

/**
 * {@code = != < <= > >=} where SQL decides them as the reference's {@code Comparison} does: NULL on either side
 * gives NULL; two numbers compare numerically; a number against a string that spells a number too; a string
 * field against a string literal that is not a number compares text by code point (DuckDB compares UTF-8 bytes,
 * which is the same order); {@code @timestamp} against an ISO-8601 literal compares instants. Two string fields,
 * or a string field against a number, could go either way per row in the reference, so they are not taken.
 */
final class Comparisons {
    private Comparisons() {
    }

    static Optional<SqlExpr> compare(ExprSql t, Expr.Binary b) {
        Optional<SqlExpr> left = t.value(b.left());
        Optional<SqlExpr> right = t.value(b.right());
        if (left.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        SqlExpr l = left.get();
        SqlExpr r = right.get();
        if (l.kind() == Kind.NULL || r.kind() == Kind.NULL) {
            return Optional.of(SqlExpr.nullOf(Kind.BOOL));
        }
        String op = switch (b.op()) {
            case EQ -> " = ";
            case NE -> " <> ";
            case LT -> " < ";
            case LE -> " <= ";
            case GT -> " > ";
            default -> " >= ";
        };
        if (l.kind().numeric() && r.kind().numeric()) {
            return Optional.of(SqlExpr.join(Kind.BOOL, "(", l.number(), op, r.number(), ")"));
        }
        if (l.kind().numeric() && b.right() instanceof Expr.StringLit s) {
            return literalFor(l.kind(), s, t).map(x -> SqlExpr.join(Kind.BOOL, "(", l.number(), op, x, ")"));
        }
        if (r.kind().numeric() && b.left() instanceof Expr.StringLit s) {
            return literalFor(r.kind(), s, t).map(x -> SqlExpr.join(Kind.BOOL, "(", x, op, r.number(), ")"));
        }
        if (l.kind() == Kind.STRING && r.kind() == Kind.STRING
                && (textLiteral(b.right()) && !(b.left() instanceof Expr.StringLit)
                || textLiteral(b.left()) && !(b.right() instanceof Expr.StringLit))) {
            return Optional.of(SqlExpr.join(Kind.BOOL, "(", l, op, r, ")"));
        }
        return Optional.empty();
    }

    /** A string literal that does not spell a number: compared with a string, it always compares as text. */
    private static boolean textLiteral(Expr e) {
        return e instanceof Expr.StringLit s && NumberText.parse(s.value()).isNull();
    }

    /**
     * The literal {@code item} as SQL comparable with a value of {@code kind}, when {@code =} would compare them
     * as SQL does: numbers (and number strings) with numbers, ISO times with timestamps, non-number strings with
     * strings.
     */
    static Optional<SqlExpr> literalFor(Kind kind, Expr item, ExprSql t) {
        if (kind == Kind.STRING) {
            return textLiteral(item) ? t.value(item) : Optional.empty();
        }
        if (item instanceof Expr.NumberLit || item instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEG
                && u.operand() instanceof Expr.NumberLit) {
            return t.value(item).filter(x -> x.kind() != Kind.NULL);
        }
        if (item instanceof Expr.StringLit s) {
            Value n = NumberText.parse(s.value());
            if (!n.isNull()) {
                return t.value(new Expr.NumberLit(s.value(), s.span()));
            }
            long ms = TimeText.parseIso(s.value());
            if (kind == Kind.TIMESTAMP && ms != TimeText.NO_TIME) {
                return Optional.of(SqlExpr.param(ms, "BIGINT", Kind.TIMESTAMP));
            }
        }
        return Optional.empty();
    }
}
