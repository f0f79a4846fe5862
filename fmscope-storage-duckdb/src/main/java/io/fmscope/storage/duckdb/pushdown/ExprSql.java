package io.fmscope.storage.duckdb.pushdown;

import io.fmscope.query.ast.Expr;
import io.fmscope.query.value.DoubleValue;
import io.fmscope.query.value.LongValue;
import io.fmscope.query.value.NumberText;
import io.fmscope.query.value.TimeText;
import io.fmscope.query.value.Value;
import io.fmscope.storage.duckdb.pushdown.SqlExpr.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Translates query expressions to DuckDB SQL where SQL computes exactly what the reference operators compute
 * (docs/query/semantics-values.md), and refuses (empty) everywhere else. Taken: fields of a known kind, number
 * and string literals (as parameters), comparisons between numbers, between a string field and a string that
 * is not a number, and between {@code @timestamp} and an ISO time; {@code and}/{@code or}/{@code not} over
 * conditions; {@code + - * /} over numbers (as doubles, division by zero NULL); {@code like} and {@code =~} with
 * text or a plain-text regex; {@code in} over literals. Function calls are left to the reference, except
 * {@code bin} in stats keys ({@link StatsSql}).
 */
public final class ExprSql {
    private final FieldResolver fields;

    public ExprSql(FieldResolver fields) {
        this.fields = fields;
    }

    /** A condition for WHERE: a boolean (or NULL) expression; truthiness of other kinds is not taken. */
    public Optional<SqlExpr> condition(Expr e) {
        return value(e).filter(x -> x.kind() == Kind.BOOL || x.kind() == Kind.NULL);
    }

    public Optional<SqlExpr> value(Expr e) {
        return switch (e) {
            case Expr.NumberLit n -> Optional.of(number(literalNumber(n.text())));
            case Expr.StringLit s -> Optional.of(SqlExpr.param(s.value(), "VARCHAR", Kind.STRING));
            case Expr.Field f -> fields.resolve(f.name());
            case Expr.Unary u -> unary(u);
            case Expr.Binary b -> binary(b);
            case Expr.Like l -> like(l);
            case Expr.In i -> in(i);
            default -> Optional.empty();
        };
    }

    /** A number literal's value as the reference reads it ({@code ExprCompiler.number}). */
    static Value literalNumber(String text) {
        Value v = NumberText.parse(text);
        return v.isNull() ? Value.of(Double.parseDouble(text)) : v;
    }

    private static SqlExpr number(Value v) {
        return switch (v) {
            case LongValue l -> SqlExpr.param(l.value(), "BIGINT", Kind.LONG);
            case DoubleValue d -> SqlExpr.param(d.value(), "DOUBLE", Kind.DOUBLE);
            default -> SqlExpr.nullOf(Kind.NULL);
        };
    }

    private Optional<SqlExpr> unary(Expr.Unary u) {
        if (u.op() == Expr.UnaryOp.NOT) {
            return condition(u.operand()).map(x -> SqlExpr.join(Kind.BOOL, "(NOT ", x, ")"));
        }
        if (u.operand() instanceof Expr.NumberLit n) { // -5 stays an exact integer literal
            Value v = literalNumber(n.text());
            return Optional.of(switch (v) {
                case LongValue l when l.value() != Long.MIN_VALUE -> number(LongValue.of(-l.value()));
                case LongValue l -> number(Value.of(-(double) l.value()));
                case DoubleValue d -> number(Value.of(-d.value()));
                default -> number(v);
            });
        }
        return value(u.operand()).flatMap(x -> x.kind() == Kind.NULL ? Optional.of(SqlExpr.nullOf(Kind.NULL))
                : arithmeticOperand(x).map(d -> SqlExpr.join(Kind.DOUBLE, "(-", d, ")")));
    }

    private Optional<SqlExpr> binary(Expr.Binary b) {
        return switch (b.op()) {
            case AND, OR -> {
                Optional<SqlExpr> l = condition(b.left());
                Optional<SqlExpr> r = condition(b.right());
                yield l.isEmpty() || r.isEmpty() ? Optional.empty()
                        : Optional.of(SqlExpr.join(Kind.BOOL, "(", l.get(), b.op() == Expr.BinaryOp.AND ? " AND " : " OR ",
                        r.get(), ")"));
            }
            case EQ, NE, LT, LE, GT, GE -> Comparisons.compare(this, b);
            case ADD, SUB, MUL, DIV -> arithmetic(b);
            default -> Optional.empty();
        };
    }

    /** {@code + - * /} in doubles: exact where the reference's integer results fit 53 bits; x / 0 is NULL. */
    private Optional<SqlExpr> arithmetic(Expr.Binary b) {
        Optional<SqlExpr> l = value(b.left());
        Optional<SqlExpr> r = value(b.right());
        if (l.isEmpty() || r.isEmpty()) {
            return Optional.empty();
        }
        if (l.get().kind() == Kind.NULL || r.get().kind() == Kind.NULL) {
            return Optional.of(SqlExpr.nullOf(Kind.NULL));
        }
        Optional<SqlExpr> x = arithmeticOperand(l.get());
        Optional<SqlExpr> y = arithmeticOperand(r.get());
        if (x.isEmpty() || y.isEmpty()) {
            return Optional.empty();
        }
        if (b.op() == Expr.BinaryOp.DIV) {
            return Optional.of(SqlExpr.join(Kind.DOUBLE, "(CASE WHEN ", y.get(), " = 0 THEN NULL ELSE ", x.get(), " / ",
                    y.get(), " END)"));
        }
        String op = switch (b.op()) {
            case ADD -> " + ";
            case SUB -> " - ";
            default -> " * ";
        };
        return Optional.of(SqlExpr.join(Kind.DOUBLE, "(", x.get(), op, y.get(), ")"));
    }

    private static Optional<SqlExpr> arithmeticOperand(SqlExpr x) {
        return switch (x.kind()) {
            case LONG, TIMESTAMP -> Optional.of(SqlExpr.join(Kind.DOUBLE, "CAST(", x, " AS DOUBLE)"));
            case DOUBLE -> Optional.of(x);
            default -> Optional.empty();
        };
    }

    /** {@code s like "text"}, {@code s like /text/}, {@code s =~ /^text/}: substring or prefix tests. */
    private Optional<SqlExpr> like(Expr.Like l) {
        Optional<SqlExpr> subject = value(l.subject()).flatMap(ExprSql::asText);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        SqlExpr test;
        if (l.pattern() instanceof Expr.StringLit s) {
            test = SqlExpr.join(Kind.BOOL, "contains(", subject.get(), ", ", SqlExpr.param(s.value(), "VARCHAR", Kind.STRING),
                    ")");
        } else if (l.pattern() instanceof Expr.RegexLit r && RegexLiteral.of(r.source()) != null) {
            RegexLiteral lit = RegexLiteral.of(r.source());
            test = SqlExpr.join(Kind.BOOL, lit.anchored() ? "starts_with(" : "contains(", subject.get(), ", ",
                    SqlExpr.param(lit.text(), "VARCHAR", Kind.STRING), ")");
        } else {
            return Optional.empty();
        }
        return Optional.of(l.negated() ? SqlExpr.join(Kind.BOOL, "(NOT ", test, ")") : test);
    }

    /** The text string functions see: strings as they are, integers and booleans in SQL's identical text. */
    private static Optional<SqlExpr> asText(SqlExpr x) {
        return switch (x.kind()) {
            case STRING, NULL -> Optional.of(x);
            case LONG, BOOL -> Optional.of(SqlExpr.join(Kind.STRING, "CAST(", x, " AS VARCHAR)"));
            default -> Optional.empty(); // doubles and timestamps print differently
        };
    }

    /** {@code v in [literals]}: equality with each element, as {@code =} decides it. */
    private Optional<SqlExpr> in(Expr.In i) {
        if (!(i.set() instanceof Expr.ArrayLit list) || list.items().isEmpty()) {
            return Optional.empty();
        }
        Optional<SqlExpr> subject = value(i.subject());
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        if (subject.get().kind() == Kind.NULL) {
            return Optional.of(SqlExpr.nullOf(Kind.BOOL));
        }
        List<Object> parts = new ArrayList<>(List.of("(", subject.get().number(), i.negated() ? " NOT IN (" : " IN ("));
        for (int k = 0; k < list.items().size(); k++) {
            Optional<SqlExpr> item = Comparisons.literalFor(subject.get().kind(), list.items().get(k), this);
            if (item.isEmpty()) {
                return Optional.empty();
            }
            parts.add(k == 0 ? "" : ", ");
            parts.add(item.get());
        }
        parts.add("))");
        return Optional.of(SqlExpr.join(Kind.BOOL, parts.toArray()));
    }

    /** The epoch milliseconds an ISO-8601 literal denotes, or {@link TimeText#NO_TIME}. */
    static long isoTime(String text) {
        return TimeText.parseIso(text);
    }
}
