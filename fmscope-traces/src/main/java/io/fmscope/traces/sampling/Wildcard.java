package io.fmscope.traces.sampling;

import java.util.regex.Pattern;

/**
 * An X-Ray sampling-rule string pattern: {@code *} matches any run of characters, {@code ?} exactly one,
 * case-insensitively (as the X-Ray Java SDK's {@code SearchPattern.wildcardMatch}). A null value only
 * matches {@code *}.
 */
public record Wildcard(String pattern, Pattern compiled) {
    public static final Wildcard ANY = new Wildcard("*", null);

    public static Wildcard of(String pattern) {
        if (pattern == null || pattern.equals("*")) return ANY;
        StringBuilder re = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '*' || c == '?') {
                if (!literal.isEmpty()) re.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
                re.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (!literal.isEmpty()) re.append(Pattern.quote(literal.toString()));
        return new Wildcard(pattern, Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL));
    }

    public boolean isAny() {
        return compiled == null;
    }

    /** Equal patterns are equal wildcards ({@link Pattern} itself has no value equality). */
    @Override public boolean equals(Object o) {
        return o instanceof Wildcard w && w.pattern.equals(pattern);
    }

    @Override public int hashCode() {
        return pattern.hashCode();
    }

    public boolean matches(String value) {
        if (compiled == null) return true;
        return value != null && compiled.matcher(value).matches();
    }
}
