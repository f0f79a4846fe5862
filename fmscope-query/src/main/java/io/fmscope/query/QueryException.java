package io.fmscope.query;

import io.fmscope.query.ast.Span;

/**
 * The one error type for a query that cannot be parsed or analyzed. It names the line and column, and its
 * message shows the offending query line with a caret under the position:
 * <pre>
 * 2:9: unknown command 'fitler'; did you mean 'filter'?
 *   | fitler x = 1
 *     ^^^^^^
 * </pre>
 */
public final class QueryException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_SNIPPET = 160;

    private final transient Span span;
    private final String reason;

    public QueryException(String reason, Span span, String query) {
        super(format(reason, span, query));
        this.reason = reason;
        this.span = span;
    }

    /** The error without position or snippet, e.g. {@code unknown function 'cnt'}. */
    public String reason() {
        return reason;
    }

    public Span span() {
        return span;
    }

    public int line() {
        return span.line();
    }

    public int column() {
        return span.column();
    }

    /** {@code line:column: reason}, the single-line form used by {@code fmscope query --check}. */
    public String oneLine() {
        return span.line() + ":" + span.column() + ": " + reason;
    }

    private static String format(String reason, Span span, String query) {
        String head = span.line() + ":" + span.column() + ": " + reason;
        if (query == null || span.line() <= 0) return head;
        int lineStart = Math.min(span.start(), query.length());
        while (lineStart > 0 && query.charAt(lineStart - 1) != '\n') lineStart--;
        int lineEnd = query.indexOf('\n', lineStart);
        if (lineEnd < 0) lineEnd = query.length();
        String line = query.substring(lineStart, lineEnd).replace('\t', ' ').replace('\r', ' ');
        int col = span.start() - lineStart;
        int from = Math.max(0, col - MAX_SNIPPET / 2);
        int to = Math.min(line.length(), from + MAX_SNIPPET);
        String shown = line.substring(from, to);
        int caretAt = col - from;
        int carets = Math.max(1, Math.min(span.length(), shown.length() - caretAt));
        return head + "\n  | " + shown + "\n    " + " ".repeat(Math.max(0, caretAt)) + "^".repeat(carets);
    }
}
