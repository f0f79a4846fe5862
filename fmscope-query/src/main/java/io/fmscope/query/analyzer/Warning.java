package io.fmscope.query.analyzer;

import io.fmscope.query.ast.Span;

/** Something legal but probably unintended, e.g. a field that is always empty at that point. */
public record Warning(String message, Span span) {
    /** {@code line:column: message}. */
    public String oneLine() {
        return span.line() + ":" + span.column() + ": warning: " + message;
    }
}
