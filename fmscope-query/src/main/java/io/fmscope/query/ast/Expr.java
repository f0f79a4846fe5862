package io.fmscope.query.ast;

import java.util.List;
import java.util.Objects;

/** Expressions. Every node carries its {@link Span}; structural equality includes spans (see {@link SpanStripper}). */
public sealed interface Expr {
    Span span();

    /** A number as written ({@code 42}, {@code 0.5}, {@code 1e3}); kept as text so nothing is lost. */
    record NumberLit(String text, Span span) implements Expr {
        public boolean isIntegral() {
            return text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
        }
    }

    /** A string literal, quotes and escapes removed. */
    record StringLit(String value, Span span) implements Expr {}

    /** A {@code /.../} literal; {@code source} is the body between the slashes, escapes kept. */
    record RegexLit(String source, Span span) implements Expr {}

    /** A time period such as {@code 5m}: used by {@code bin}, {@code datefloor}, {@code dateceil}. */
    record DurationLit(long amount, PeriodUnit unit, Span span) implements Expr {}

    /** {@code [a, b, ...]}. */
    record ArrayLit(List<Expr> items, Span span) implements Expr {
        public ArrayLit {
            items = List.copyOf(items);
        }
    }

    /**
     * A field reference. {@code path} holds the dot-separated segments with backticks removed:
     * {@code a.`b.c`} is {@code [a, b.c]}. {@link #name()} is the flat name used for discovered JSON fields.
     */
    record Field(List<String> path, Span span) implements Expr {
        public Field {
            path = List.copyOf(path);
            if (path.isEmpty()) throw new IllegalArgumentException("empty field path");
        }

        public static Field of(String name, Span span) {
            return new Field(List.of(name), span);
        }

        public String name() {
            return path.size() == 1 ? path.get(0) : String.join(".", path);
        }
    }

    /** The {@code *} of {@code count(*)}. */
    record Star(Span span) implements Expr {}

    /** A function call; {@code name} keeps the query's spelling, lookup is case-insensitive. */
    record Call(String name, List<Expr> args, Span span) implements Expr {
        public Call {
            Objects.requireNonNull(name);
            args = List.copyOf(args);
        }
    }

    record Unary(UnaryOp op, Expr operand, Span span) implements Expr {}

    record Binary(BinaryOp op, Expr left, Expr right, Span span) implements Expr {}

    /** {@code subject [not] like pattern} and {@code subject =~ pattern}; pattern is a string or regex. */
    record Like(Expr subject, Expr pattern, boolean negated, Span span) implements Expr {}

    /** {@code subject [not] in [..]} or {@code subject [not] in (subquery)}. */
    record In(Expr subject, Expr set, boolean negated, Span span) implements Expr {}

    /** {@code (query)} used as the right side of {@code in}. */
    record Subquery(Query query, Span span) implements Expr {}

    /** {@code target[index]} on a list (or a map with a string key). */
    record Index(Expr target, Expr index, Span span) implements Expr {}

    /** {@code target.key} on a map value that is not a plain field, e.g. {@code jsonParse(x).startTime}. */
    record Member(Expr target, String key, Span span) implements Expr {}

    enum UnaryOp { NEG, NOT }

    enum BinaryOp {
        OR("or", 1), AND("and", 2),
        EQ("=", 4), NE("!=", 4), LT("<", 4), LE("<=", 4), GT(">", 4), GE(">=", 4),
        ADD("+", 5), SUB("-", 5), MUL("*", 6), DIV("/", 6), MOD("%", 6), POW("^", 8);

        private final String symbol;
        private final int precedence;

        BinaryOp(String symbol, int precedence) {
            this.symbol = symbol;
            this.precedence = precedence;
        }

        public String symbol() {
            return symbol;
        }

        /** Higher binds tighter. {@code not} is 3, {@code like}/{@code in} 4, unary minus 7. */
        public int precedence() {
            return precedence;
        }

        public boolean isComparison() {
            return precedence == 4;
        }

        public boolean isRightAssociative() {
            return this == POW;
        }
    }
}
