package io.fmscope.query.ast;

/**
 * Where a node sits in the query text: character offsets {@code [start, end)} and the 1-based line and
 * column of {@code start}. Every AST node carries one so that errors can point at the offending text.
 */
public record Span(int start, int end, int line, int column) {
    /** The span of synthesized nodes and of nodes after {@link SpanStripper} removed positions. */
    public static final Span NONE = new Span(0, 0, 0, 0);

    public Span {
        if (end < start) throw new IllegalArgumentException("end < start: " + start + ".." + end);
    }

    /** The span from the start of this one to the end of {@code other}. */
    public Span to(Span other) {
        if (this == NONE) return other;
        if (other == NONE) return this;
        return new Span(start, Math.max(end, other.end), line, column);
    }

    public int length() {
        return end - start;
    }

    /** The text this span covers in {@code source}, or "" when it lies outside. */
    public String text(String source) {
        if (end > source.length()) return "";
        return source.substring(start, end);
    }
}
