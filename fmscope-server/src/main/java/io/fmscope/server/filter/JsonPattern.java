package io.fmscope.server.filter;

import com.fasterxml.jackson.databind.JsonNode;
import io.fmscope.server.api.Json;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code { $.a = "x" && ($.b > 5 || $.c IS NULL) }}: conditions on JSON selectors combined with
 * {@code &&} (binds tighter) and {@code ||}. A message that is not a JSON object never matches.
 */
public record JsonPattern(Expr root) implements FilterPattern {

    /** A boolean expression over one parsed message. */
    public sealed interface Expr permits And, Or, Condition {
        boolean test(JsonNode doc);
    }

    public record And(Expr left, Expr right) implements Expr {
        @Override public boolean test(JsonNode doc) {
            return left.test(doc) && right.test(doc);
        }
    }

    public record Or(Expr left, Expr right) implements Expr {
        @Override public boolean test(JsonNode doc) {
            return left.test(doc) || right.test(doc);
        }
    }

    /** The comparison of one condition. */
    public enum Op { EQ, NE, LT, LE, GT, GE, IS_NULL, IS_TRUE, IS_FALSE, NOT_EXISTS }

    /**
     * {@code selector op value}. {@code number} is set when the value is an unquoted number (numeric
     * comparison); otherwise {@code glob} holds the string with {@code *} wildcards.
     */
    public record Condition(List<Object> path, Op op, Double number, Pattern glob) implements Expr {
        @Override public boolean test(JsonNode doc) {
            JsonNode n = doc;
            for (Object seg : path) {
                n = seg instanceof Integer i ? (n.isArray() ? n.get(i) : null) : (n.isObject() ? n.get((String) seg) : null);
                if (n == null) {
                    return op == Op.NOT_EXISTS;
                }
            }
            return switch (op) {
                case NOT_EXISTS -> false;
                case IS_NULL -> n.isNull();
                case IS_TRUE -> n.isBoolean() && n.booleanValue();
                case IS_FALSE -> n.isBoolean() && !n.booleanValue();
                case EQ -> equal(n);
                case NE -> !n.isContainerNode() && !n.isNull() && !equal(n);
                case LT, LE, GT, GE -> n.isNumber() && compare(n.doubleValue());
            };
        }

        private boolean equal(JsonNode n) {
            if (number != null) {
                return n.isNumber() && n.doubleValue() == number;
            }
            if (n.isContainerNode()) {
                return false;
            }
            return glob.matcher(n.isNull() ? "null" : n.asText()).matches();
        }

        private boolean compare(double v) {
            int c = Double.compare(v, number);
            return switch (op) {
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                default -> c >= 0;
            };
        }
    }

    @Override public boolean matches(String message) {
        String m = message.strip();
        if (!m.startsWith("{")) {
            return false;
        }
        try {
            JsonNode doc = Json.MAPPER.readTree(m);
            return doc != null && doc.isObject() && root.test(doc);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return false;
        }
    }

    /** A {@code *}-wildcard string as an anchored regular expression. */
    static Pattern glob(String s) {
        StringBuilder re = new StringBuilder();
        for (String part : s.split("\\*", -1)) {
            if (!re.isEmpty()) {
                re.append(".*");
            }
            re.append(Pattern.quote(part));
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }
}
