package io.fmscope.query.ast;

import java.util.Set;
import java.util.regex.Pattern;

/** Canonical text of an expression: re-parsing it gives an equal tree (ignoring spans). */
final class ExprPrinter {
    private static final Pattern PLAIN_FIRST = Pattern.compile("[@_\\p{L}][@_\\p{L}\\p{Nd}]*");
    private static final Pattern PLAIN_NEXT = Pattern.compile("[@_\\p{L}\\p{Nd}]+");
    private static final Set<String> RESERVED = Set.of("and", "or", "not", "like", "in", "as", "by");

    private ExprPrinter() {}

    static void print(Expr e, StringBuilder out) {
        switch (e) {
            case Expr.NumberLit n -> out.append(n.text());
            case Expr.StringLit s -> string(s.value(), out);
            case Expr.RegexLit r -> out.append('/').append(r.source()).append('/');
            case Expr.DurationLit d -> out.append(d.amount()).append(d.unit().symbol());
            case Expr.ArrayLit a -> list("[", a.items(), "]", out);
            case Expr.Field f -> out.append(fieldName(f.path()));
            case Expr.Star s -> out.append('*');
            case Expr.Call c -> {
                out.append(c.name());
                list("(", c.args(), ")", out);
            }
            case Expr.Unary u -> {
                out.append(u.op() == Expr.UnaryOp.NOT ? "not " : "-");
                child(u.operand(), precedence(u), out);
            }
            case Expr.Binary b -> binary(b, out);
            case Expr.Like l -> {
                child(l.subject(), 4, out);
                out.append(l.negated() ? " not like " : " like ");
                child(l.pattern(), 5, out);
            }
            case Expr.In i -> {
                child(i.subject(), 4, out);
                out.append(i.negated() ? " not in " : " in ");
                print(i.set(), out);
            }
            case Expr.Subquery q -> out.append('(').append(Unparser.unparse(q.query())).append(')');
            case Expr.Index i -> {
                child(i.target(), 9, out);
                out.append('[');
                print(i.index(), out);
                out.append(']');
            }
            case Expr.Member m -> {
                // (a).b: without the parentheses a.b would read back as the single field "a.b"
                if (m.target() instanceof Expr.Field) out.append('(').append(fieldName(((Expr.Field) m.target()).path())).append(')');
                else child(m.target(), 9, out);
                out.append('.').append(segment(m.key(), true));
            }
        }
    }

    private static void binary(Expr.Binary b, StringBuilder out) {
        int p = b.op().precedence();
        if (b.op().isRightAssociative()) {
            child(b.left(), p + 1, out);
            out.append(' ').append(b.op().symbol()).append(' ');
            child(b.right(), 7, out);
        } else {
            child(b.left(), p, out);
            out.append(' ').append(b.op().symbol()).append(' ');
            child(b.right(), p + 1, out);
        }
    }

    /** Prints {@code e}, in parentheses when it binds looser than {@code min}. */
    private static void child(Expr e, int min, StringBuilder out) {
        if (precedence(e) < min) {
            out.append('(');
            print(e, out);
            out.append(')');
        } else {
            print(e, out);
        }
    }

    /** Binding strength, matching the parser: or 1, and 2, not 3, comparisons 4, + 5, * 6, neg 7, ^ 8. */
    static int precedence(Expr e) {
        return switch (e) {
            case Expr.Binary b -> b.op().precedence();
            case Expr.Unary u -> u.op() == Expr.UnaryOp.NOT ? 3 : 7;
            case Expr.Like l -> 4;
            case Expr.In i -> 4;
            case Expr.Index i -> 9;
            case Expr.Member m -> 9;
            default -> 10;
        };
    }

    private static void list(String open, java.util.List<Expr> items, String close, StringBuilder out) {
        out.append(open);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) out.append(", ");
            print(items.get(i), out);
        }
        out.append(close);
    }

    static void string(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
        out.append('"');
    }

    /** A field or alias name as the lexer reads it back: plain when possible, else backtick-quoted segments. */
    static String fieldName(java.util.List<String> path) {
        if (path.size() == 1 && RESERVED.contains(path.get(0).toLowerCase(java.util.Locale.ROOT))) {
            return "`" + path.get(0) + "`";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.size(); i++) {
            if (i > 0) sb.append('.');
            sb.append(segment(path.get(i), i == 0));
        }
        return sb.toString();
    }

    private static String segment(String s, boolean first) {
        boolean plain = (first ? PLAIN_FIRST : PLAIN_NEXT).matcher(s).matches();
        return plain ? s : "`" + s + "`";
    }
}
