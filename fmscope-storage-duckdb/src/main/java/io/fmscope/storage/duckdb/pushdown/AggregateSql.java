package io.fmscope.storage.duckdb.pushdown;

import io.fmscope.query.ast.Expr;
import io.fmscope.query.plan.PlanNode.AggregateCall;
import io.fmscope.query.value.Coercion;
import io.fmscope.storage.duckdb.pushdown.SqlExpr.Kind;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One stats function as SQL, with the reference accumulators' semantics (every one skips NULLs): {@code count},
 * {@code count_distinct} (values are distinct when their texts differ; SQL equality agrees for single-kind
 * columns), {@code sum} and {@code avg} (exact over integers, as the reference's long sum divided in doubles; over
 * doubles DuckDB's compensated {@code fsum} and {@code favg}, which agree with the reference's compensated sum to
 * the last few bits, not always to all of them; {@code favg} took a millisecond less than {@code fsum / count} on
 * a million events), {@code min}/{@code max} over numbers (a timestamp stays
 * a timestamp; over strings the reference prefers numeric texts, so those are not taken), and
 * {@code pct}/{@code percentile}: exact nearest rank, the value at 1-based rank {@code ceil(p / 100.0 * n)}
 * clamped to {@code [1, n]}, computed in doubles as the reference does. DuckDB's {@code quantile_disc} with an
 * exact decimal fraction picks that element whenever {@code p / 100.0} does not round above p/100
 * ({@link #exactFraction}: 50, 95, 99, 99.9 ...); otherwise (p = 7 with n = 100 gives rank 7 in exact arithmetic
 * and 8 in the reference's doubles) the sorted list of values is indexed with the reference's own formula.
 *
 * @param inner the aggregate in the grouped query
 * @param outer the slot's value over the inner query's column {@code column} (for pct: the list lookup)
 */
record AggregateSql(SqlExpr inner, java.util.function.Function<SqlExpr, SqlExpr> outer, Kind kind) {

    static Optional<AggregateSql> of(AggregateCall call, ExprSql events) {
        String f = call.function();
        if (f.equals("count") && call.args().isEmpty()) {
            return Optional.of(plain(SqlExpr.of("count(*)", Kind.LONG)));
        }
        if (call.args().isEmpty()) {
            return Optional.empty();
        }
        Optional<SqlExpr> arg = events.value(call.args().get(0));
        if (arg.isEmpty()) {
            return Optional.empty();
        }
        SqlExpr x = arg.get();
        Kind k = x.kind();
        return switch (f) {
            case "count" -> Optional.of(plain(SqlExpr.join(Kind.LONG, "count(", x, ")")));
            case "count_distinct" -> Optional.of(plain(SqlExpr.join(Kind.LONG, "count(DISTINCT ", x, ")")));
            case "sum" -> k == Kind.STRING ? Optional.empty() : Optional.of(plain(k == Kind.DOUBLE
                    ? SqlExpr.join(Kind.DOUBLE, "fsum(", x, ")")
                    : SqlExpr.join(k == Kind.NULL ? Kind.NULL : Kind.LONG, "sum(", x.number(), ")")));
            case "avg" -> k == Kind.STRING ? Optional.empty() : Optional.of(plain(k == Kind.DOUBLE
                    ? SqlExpr.join(Kind.DOUBLE, "favg(", x, ")")
                    : SqlExpr.join(k == Kind.NULL ? Kind.NULL : Kind.DOUBLE, "(CAST(sum(", x.number(),
                    ") AS DOUBLE) / count(", x, "))")));
            case "min", "max" -> k == Kind.STRING ? Optional.empty() : Optional.of(plain(SqlExpr.join(
                    k == Kind.BOOL ? Kind.LONG : k, f, "(", x.number(), ")")));
            case "pct", "percentile" -> percentile(call, x);
            default -> Optional.empty();
        };
    }

    private static AggregateSql plain(SqlExpr inner) {
        return new AggregateSql(inner, column -> column, inner.kind());
    }

    private static Optional<AggregateSql> percentile(AggregateCall call, SqlExpr x) {
        if (call.args().size() != 2 || !(call.args().get(1) instanceof Expr.NumberLit p) || x.kind() == Kind.STRING) {
            return Optional.empty();
        }
        double percent = Coercion.toDouble(ExprSql.literalNumber(p.text()));
        if (!(percent >= 0 && percent <= 100)) {
            return Optional.empty(); // the reference fails the query with its own message
        }
        if (x.kind() == Kind.NULL) {
            return Optional.of(plain(SqlExpr.of("min(NULL)", Kind.NULL))); // still an aggregate: one row per group
        }
        Kind kind = x.kind() == Kind.DOUBLE ? Kind.DOUBLE : Kind.LONG; // the reference shows integers exactly
        BigDecimal exact = exactFraction(p.text());
        if (exact != null) {
            return Optional.of(plain(SqlExpr.join(kind, "quantile_disc(", x.number(), ", ",
                    SqlExpr.param(exact, "DECIMAL(18," + exact.scale() + ")", Kind.DOUBLE), ")")));
        }
        SqlExpr values = SqlExpr.join(kind, "list_sort(list(", x.number(), ") FILTER (WHERE ", x, " IS NOT NULL))");
        SqlExpr pct = SqlExpr.param(percent, "DOUBLE", Kind.DOUBLE);
        return Optional.of(new AggregateSql(values, l -> SqlExpr.join(kind, l, "[greatest(1, least(len(", l,
                "), CAST(ceil(", pct, " / 100.0::DOUBLE * CAST(len(", l, ") AS DOUBLE)) AS BIGINT)))]"), kind));
    }

    /**
     * The percentile as an exact decimal fraction when DuckDB's {@code quantile_disc} with it picks the reference's
     * element for every group size, else null. With a DECIMAL fraction q, quantile_disc takes the element at rank
     * {@code ceil(n * q)} in exact arithmetic; the reference takes {@code ceil(n * q')} with q' = p / 100.0 computed
     * in doubles. If q' is not above q, rounding can only pull {@code n * q'} below an integer {@code n * q} by less
     * than the gap that separates non-integer values of {@code n * q} (at least 10^-scale) from integers, so both
     * ranks agree (group sizes below 2^31). If q' is above q (p = 7, 90, ...), they can differ.
     */
    static BigDecimal exactFraction(String literal) {
        BigDecimal q;
        try {
            q = new BigDecimal(literal).movePointLeft(2).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return null;
        }
        if (q.scale() < 0) {
            q = q.setScale(0);
        }
        double javaQ = Coercion.toDouble(ExprSql.literalNumber(literal)) / 100.0;
        boolean notAbove = new BigDecimal(javaQ).compareTo(q) <= 0;
        return notAbove && q.scale() <= 8 && q.signum() >= 0 && q.compareTo(BigDecimal.ONE) <= 0 ? q : null;
    }
}
