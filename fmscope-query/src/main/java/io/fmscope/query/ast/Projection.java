package io.fmscope.query.ast;

/** {@code expr [as alias]} in fields, display and stats; {@code alias} is null when absent. */
public record Projection(Expr expr, String alias, Span span) {
    public boolean hasAlias() {
        return alias != null;
    }
}
