package io.fmscope.query.syntax;

import io.fmscope.query.QueryException;
import io.fmscope.query.ast.Span;
import java.util.Arrays;

/** The query text with a line index, so any offset maps to a 1-based line and column. */
public final class SourceText {
    private final String text;
    private final int[] lineStarts;

    public SourceText(String text) {
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    public String text() {
        return text;
    }

    public Span span(int start, int end) {
        int idx = Arrays.binarySearch(lineStarts, start);
        int line = idx >= 0 ? idx : -idx - 2;
        return new Span(start, end, line + 1, start - lineStarts[line] + 1);
    }

    public QueryException error(String reason, Span span) {
        return new QueryException(reason, span, text);
    }

    public QueryException error(String reason, int start, int end) {
        return error(reason, span(start, end));
    }
}
