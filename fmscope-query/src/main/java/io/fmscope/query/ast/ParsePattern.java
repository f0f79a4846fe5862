package io.fmscope.query.ast;

/** The pattern of a {@code parse} command. */
public sealed interface ParsePattern {
    Span span();

    /** A constant with {@code *} wildcards; each {@code *} captures into the next alias. */
    record Glob(String pattern, Span span) implements ParsePattern {
        public int wildcards() {
            int n = 0;
            for (int i = 0; i < pattern.length(); i++) if (pattern.charAt(i) == '*') n++;
            return n;
        }
    }

    /** A regex whose named groups become fields. */
    record Regex(String source, Span span) implements ParsePattern {}
}
