package io.fmscope.server.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Recursive descent over {@code { or }}: or := and ('||' and)*; and := atom ('&&' atom)*; atom := '(' or ')' | cond. */
final class JsonPatternParser {
    private final String s;
    private int i;

    private JsonPatternParser(String s) {
        this.s = s;
    }

    static JsonPattern parse(String text) {
        JsonPatternParser p = new JsonPatternParser(text);
        p.expect("{");
        JsonPattern.Expr e = p.or();
        p.expect("}");
        p.skip();
        if (p.i != text.length()) {
            throw new IllegalArgumentException("unexpected text after '}' at " + p.i);
        }
        return new JsonPattern(e);
    }

    private JsonPattern.Expr or() {
        JsonPattern.Expr e = and();
        while (accept("||")) {
            e = new JsonPattern.Or(e, and());
        }
        return e;
    }

    private JsonPattern.Expr and() {
        JsonPattern.Expr e = atom();
        while (accept("&&")) {
            e = new JsonPattern.And(e, atom());
        }
        return e;
    }

    private JsonPattern.Expr atom() {
        if (accept("(")) {
            JsonPattern.Expr e = or();
            expect(")");
            return e;
        }
        List<Object> path = selector();
        skip();
        String upper = s.substring(i).toUpperCase(Locale.ROOT);
        for (var kw : List.of("IS NULL", "IS TRUE", "IS FALSE", "NOT EXISTS")) {
            if (upper.startsWith(kw)) {
                i += kw.length();
                return new JsonPattern.Condition(path, JsonPattern.Op.valueOf(kw.replace(' ', '_')), null, null);
            }
        }
        JsonPattern.Op op = accept("!=") ? JsonPattern.Op.NE : accept("<=") ? JsonPattern.Op.LE
                : accept(">=") ? JsonPattern.Op.GE : accept("=") ? JsonPattern.Op.EQ : accept("<") ? JsonPattern.Op.LT
                : accept(">") ? JsonPattern.Op.GT : null;
        if (op == null) {
            throw new IllegalArgumentException("expected a comparison at " + i);
        }
        skip();
        boolean quoted = i < s.length() && s.charAt(i) == '"';
        String value = quoted ? quoted() : bare();
        Double number = quoted ? null : number(value);
        if (number == null && op != JsonPattern.Op.EQ && op != JsonPattern.Op.NE) {
            throw new IllegalArgumentException("'" + value + "' is not a number at " + i);
        }
        return new JsonPattern.Condition(path, op, number, number == null ? JsonPattern.glob(value) : null);
    }

    private List<Object> selector() {
        skip();
        if (!s.startsWith("$", i)) {
            throw new IllegalArgumentException("expected a selector starting with '$' at " + i);
        }
        i++;
        List<Object> path = new ArrayList<>();
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '.') {
                int start = ++i;
                while (i < s.length() && ".[ =!<>)}&|\t".indexOf(s.charAt(i)) < 0) {
                    i++;
                }
                path.add(s.substring(start, i));
            } else if (c == '[') {
                int close = s.indexOf(']', i);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed '[' at " + i);
                }
                path.add(Integer.parseInt(s.substring(i + 1, close).strip()));
                i = close + 1;
            } else {
                break;
            }
        }
        if (path.isEmpty()) {
            throw new IllegalArgumentException("empty selector at " + i);
        }
        return path;
    }

    private String quoted() {
        int close = s.indexOf('"', i + 1);
        if (close < 0) {
            throw new IllegalArgumentException("unterminated string at " + i);
        }
        String v = s.substring(i + 1, close);
        i = close + 1;
        return v;
    }

    private String bare() {
        int start = i;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && ")}".indexOf(s.charAt(i)) < 0
                && !s.startsWith("&&", i) && !s.startsWith("||", i)) {
            i++;
        }
        if (i == start) {
            throw new IllegalArgumentException("expected a value at " + i);
        }
        return s.substring(start, i);
    }

    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    static Double number(String v) {
        return NUMBER.matcher(v).matches() ? Double.parseDouble(v) : null;
    }

    private void skip() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private boolean accept(String tok) {
        skip();
        if (s.startsWith(tok, i)) {
            i += tok.length();
            return true;
        }
        return false;
    }

    private void expect(String tok) {
        if (!accept(tok)) {
            throw new IllegalArgumentException("expected '" + tok + "' at " + i);
        }
    }
}
