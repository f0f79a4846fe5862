package io.fmscope.query.ast;

/** One key of {@code sort}; {@code descending} is false for {@code asc} and when no direction is written. */
public record SortKey(Expr expr, boolean descending, Span span) {}
