package io.fmscope.server.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code [ip, user, ..., status = 4* || status = 5*, bytes > 1000]}: the message is split into fields at
 * spaces (text in double quotes or square brackets is one field); each pattern field matches one message
 * field, {@code ...} matches any number of them, and without {@code ...} the counts must be equal.
 * A named field may carry conditions joined by {@code &&} and {@code ||} ({@code &&} binds tighter).
 */
public record SpaceDelimitedPattern(List<Field> fields) implements FilterPattern {

    /** One pattern position: {@code ...} (ellipsis), or a name with conditions in OR-of-AND form. */
    public record Field(boolean ellipsis, String name, List<List<Check>> anyOf) {
        boolean test(String value) {
            return anyOf.isEmpty() || anyOf.stream().anyMatch(all -> all.stream().allMatch(c -> c.test(value)));
        }
    }

    /** {@code name op value}: numeric when the value is a number, else string equality with {@code *}. */
    public record Check(String op, Double number, Pattern glob) {
        boolean test(String v) {
            if (number != null) {
                Double x = JsonPatternParser.number(v);
                if (x == null) {
                    return op.equals("!=");
                }
                int c = Double.compare(x, number);
                return switch (op) {
                    case "=" -> c == 0;
                    case "!=" -> c != 0;
                    case "<" -> c < 0;
                    case "<=" -> c <= 0;
                    case ">" -> c > 0;
                    default -> c >= 0;
                };
            }
            boolean eq = glob.matcher(v).matches();
            return op.equals("!=") ? !eq : eq;
        }
    }

    private static final Pattern CHECK = Pattern.compile("\\s*(\\S+?)\\s*(!=|<=|>=|=|<|>)\\s*(\"[^\"]*\"|\\S+)\\s*");

    static SpaceDelimitedPattern parse(String text) {
        if (!text.endsWith("]")) {
            throw new IllegalArgumentException("a space-delimited pattern must end with ']'");
        }
        List<Field> out = new ArrayList<>();
        for (String part : text.substring(1, text.length() - 1).split(",", -1)) {
            String p = part.strip();
            if (p.equals("...")) {
                out.add(new Field(true, null, List.of()));
            } else if (p.isEmpty()) {
                throw new IllegalArgumentException("empty field in space-delimited pattern");
            } else {
                out.add(field(p));
            }
        }
        return new SpaceDelimitedPattern(List.copyOf(out));
    }

    private static Field field(String p) {
        if (!p.matches(".*(!=|<=|>=|=|<|>).*")) {
            return new Field(false, p, List.of());
        }
        List<List<Check>> any = new ArrayList<>();
        String name = null;
        for (String alt : p.split("\\|\\|")) {
            List<Check> all = new ArrayList<>();
            for (String c : alt.split("&&")) {
                var m = CHECK.matcher(c);
                if (!m.matches()) {
                    throw new IllegalArgumentException("bad condition '" + c.strip() + "'");
                }
                if (name != null && !name.equals(m.group(1))) {
                    throw new IllegalArgumentException("conditions of one field must name it: " + p);
                }
                name = m.group(1);
                String v = m.group(3);
                boolean quoted = v.startsWith("\"");
                Double n = quoted ? null : JsonPatternParser.number(v);
                if (n == null && !m.group(2).equals("=") && !m.group(2).equals("!=")) {
                    throw new IllegalArgumentException("'" + v + "' is not a number");
                }
                all.add(new Check(m.group(2), n, n == null ? JsonPattern.glob(quoted ? v.substring(1, v.length() - 1) : v) : null));
            }
            any.add(all);
        }
        return new Field(false, name, any);
    }

    @Override public boolean matches(String message) {
        return match(split(message), 0, 0);
    }

    private boolean match(List<String> values, int f, int v) {
        if (f == fields.size()) {
            return v == values.size();
        }
        Field field = fields.get(f);
        if (field.ellipsis()) {
            for (int skip = v; skip <= values.size(); skip++) {
                if (match(values, f + 1, skip)) {
                    return true;
                }
            }
            return false;
        }
        return v < values.size() && field.test(values.get(v)) && match(values, f + 1, v + 1);
    }

    /** Message fields: split at spaces; "quoted" and [bracketed] runs are single fields (delimiters removed). */
    static List<String> split(String m) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < m.length()) {
            char c = m.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            char close = c == '"' ? '"' : c == '[' ? ']' : 0;
            int end = close == 0 ? m.indexOf(' ', i) : m.indexOf(close, i + 1);
            if (end < 0) {
                end = m.length();
            }
            out.add(close == 0 ? m.substring(i, end) : m.substring(i + 1, end));
            i = close == 0 ? end : end + 1;
        }
        return out;
    }
}
