package io.fmscope.server.xray.filter;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A hand-written recursive-descent parser for the X-Ray filter-expression subset fmscope evaluates:
 * <pre>
 * expr    := and { OR and }                      (OR, ||; case-insensitive)
 * and     := unary { [AND] unary }               (AND, &&, or juxtaposition)
 * unary   := ! unary | ( expr ) | service | term
 * service := service ( [ "name" | id(name: "n", type: "t") ] ) [ { expr } ]
 * term    := keyword [ op value ]                op: = != < <= > >= CONTAINS BEGINSWITH ENDSWITH
 * </pre>
 * Keywords and operators are checked against the keyword's type; errors carry the character position.
 */
public final class FilterParser {
    static final Set<String> BOOLEANS = Set.of("ok", "error", "throttle", "fault", "partial");
    static final Set<String> NUMBERS = Set.of("responsetime", "duration", "http.status");
    static final Set<String> STRINGS = Set.of("http.url", "http.method", "http.useragent", "http.clientip", "user",
            "name");
    private static final Set<String> STRING_OPS = Set.of("=", "!=", "CONTAINS", "BEGINSWITH", "ENDSWITH");
    private static final Set<String> NUMBER_OPS = Set.of("=", "!=", "<", "<=", ">", ">=");

    private final List<Token> tokens;
    private int pos;

    private FilterParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Parses an expression; null or blank means "every trace". */
    public static Filter parse(String src) {
        if (src == null || src.isBlank()) {
            return new Filter.All();
        }
        FilterParser p = new FilterParser(Lexer.tokens(src));
        Filter f = p.or();
        if (p.peek().kind() != Token.Kind.END) {
            throw new FilterException("unexpected '" + p.peek().text() + "'", p.peek().position());
        }
        return f;
    }

    private Filter or() {
        Filter left = and();
        while (peek().isWord("OR")) {
            pos++;
            left = new Filter.Or(left, and());
        }
        return left;
    }

    private Filter and() {
        Filter left = unary();
        while (true) {
            if (peek().isWord("AND")) {
                pos++;
            } else if (!startsUnary(peek())) {
                return left;
            }
            left = new Filter.And(left, unary());
        }
    }

    private static boolean startsUnary(Token t) {
        return t.kind() == Token.Kind.BANG || t.kind() == Token.Kind.LPAREN
                || (t.kind() == Token.Kind.WORD && !t.isWord("OR") && !t.isWord("AND"));
    }

    private Filter unary() {
        Token t = next();
        switch (t.kind()) {
            case BANG -> {
                return new Filter.Not(unary());
            }
            case LPAREN -> {
                Filter inner = or();
                expect(Token.Kind.RPAREN, "')'");
                return inner;
            }
            case WORD -> {
                return t.isWord("service") ? service() : term(t);
            }
            default -> throw new FilterException(t.kind() == Token.Kind.END ? "expression ends early"
                    : "unexpected '" + t.text() + "'", t.position());
        }
    }

    private Filter service() {
        expect(Token.Kind.LPAREN, "'(' after service");
        String name = null;
        String type = null;
        if (peek().kind() == Token.Kind.STRING) {
            name = next().text();
        } else if (peek().isWord("id")) {
            pos++;
            expect(Token.Kind.LPAREN, "'(' after id");
            while (peek().kind() == Token.Kind.WORD) {
                Token key = next();
                expect(Token.Kind.COLON, "':'");
                String value = expect(Token.Kind.STRING, "a quoted string").text();
                switch (key.text().toLowerCase(Locale.ROOT)) {
                    case "name" -> name = value;
                    case "type" -> type = value;
                    case "account.id" -> { } // one account: any id matches
                    default -> throw new FilterException("unknown id() argument '" + key.text() + "'", key.position());
                }
                if (peek().kind() == Token.Kind.COMMA) {
                    pos++;
                }
            }
            expect(Token.Kind.RPAREN, "')'");
        }
        expect(Token.Kind.RPAREN, "')'");
        Filter body = null;
        if (peek().kind() == Token.Kind.LBRACE) {
            pos++;
            body = or();
            expect(Token.Kind.RBRACE, "'}'");
        }
        return new Filter.Service(name, type, body);
    }

    private Filter term(Token word) {
        String kw = word.text().toLowerCase(Locale.ROOT);
        boolean annotation = kw.startsWith("annotation.") && kw.length() > "annotation.".length();
        String key = annotation ? "annotation." + word.text().substring("annotation.".length()) : kw;
        if (!annotation && !BOOLEANS.contains(kw) && !NUMBERS.contains(kw) && !STRINGS.contains(kw)) {
            throw new FilterException("unsupported keyword '" + word.text() + "'", word.position());
        }
        Token t = peek();
        boolean hasOp = t.kind() == Token.Kind.OPERATOR || t.isWord("CONTAINS") || t.isWord("BEGINSWITH")
                || t.isWord("ENDSWITH");
        if (!hasOp) {
            if (NUMBERS.contains(kw) || STRINGS.contains(kw)) {
                throw new FilterException("'" + word.text() + "' needs an operator and a value", t.position());
            }
            return new Filter.Compare(key, null, null, word.position());
        }
        pos++;
        String op = t.text().toUpperCase(Locale.ROOT);
        Token v = next();
        Object value = switch (v.kind()) {
            case STRING -> v.text();
            case NUMBER -> number(v);
            case WORD -> {
                if (v.isWord("true") || v.isWord("false")) {
                    yield Boolean.parseBoolean(v.text().toLowerCase(Locale.ROOT));
                }
                throw new FilterException("string values must be quoted", v.position());
            }
            default -> throw new FilterException("expected a value after " + t.text(), v.position());
        };
        check(kw, annotation, op, value, t, v);
        return new Filter.Compare(key, op, value, word.position());
    }

    private static void check(String kw, boolean annotation, String op, Object value, Token opToken, Token v) {
        if (annotation) {
            if (!(value instanceof String) && !NUMBER_OPS.contains(op)) {
                throw new FilterException(op + " needs a string value", v.position());
            }
            return;
        }
        if (BOOLEANS.contains(kw)) {
            if (!(value instanceof Boolean) || !(op.equals("=") || op.equals("!="))) {
                throw new FilterException("'" + kw + "' compares only with = or != true/false", opToken.position());
            }
        } else if (NUMBERS.contains(kw)) {
            if (!NUMBER_OPS.contains(op)) {
                throw new FilterException(op + " does not apply to the number '" + kw + "'", opToken.position());
            }
            if (!(value instanceof Double)) {
                throw new FilterException("'" + kw + "' compares with a number", v.position());
            }
        } else if (!STRING_OPS.contains(op) || !(value instanceof String)) {
            throw new FilterException("'" + kw + "' compares with a quoted string using = != CONTAINS BEGINSWITH"
                    + " ENDSWITH", opToken.position());
        }
    }

    private static Double number(Token t) {
        try {
            return Double.valueOf(t.text());
        } catch (NumberFormatException e) {
            throw new FilterException("bad number '" + t.text() + "'", t.position());
        }
    }

    private Token expect(Token.Kind kind, String what) {
        Token t = next();
        if (t.kind() != kind) {
            throw new FilterException("expected " + what + (t.kind() == Token.Kind.END ? " at the end"
                    : " but found '" + t.text() + "'"), t.position());
        }
        return t;
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Token.Kind.END) {
            pos++;
        }
        return t;
    }
}
