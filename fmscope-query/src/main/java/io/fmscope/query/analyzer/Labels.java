package io.fmscope.query.analyzer;

import io.fmscope.query.ast.Expr;
import io.fmscope.query.ast.Projection;
import io.fmscope.query.ast.Span;
import io.fmscope.query.ast.Unparser;

/**
 * Column names. An alias wins; a plain field keeps its name; any other expression is named by its text as
 * written in the query (so {@code SUM(Fault)} keeps its casing), with runs of blanks collapsed to one space.
 */
final class Labels {
    private Labels() {}

    static String of(Projection p, String text) {
        if (p.hasAlias()) return p.alias();
        return of(p.expr(), text);
    }

    static String of(Expr e, String text) {
        if (e instanceof Expr.Field f) return f.name();
        Span s = e.span();
        if (text == null || s == Span.NONE || s.end() > text.length()) return Unparser.unparse(e);
        return s.text(text).strip().replaceAll("\\s+", " ");
    }
}
