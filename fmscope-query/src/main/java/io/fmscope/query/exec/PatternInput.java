package io.fmscope.query.exec;

import io.fmscope.query.ast.Expr;
import io.fmscope.query.ast.Span;
import io.fmscope.query.ast.Unparser;
import io.fmscope.query.value.ListValue;
import io.fmscope.query.value.MapValue;
import io.fmscope.query.value.Value;

/**
 * The text {@code pattern} mines from a row: the value as a result cell shows it. A missing value or one that is
 * only blanks gives none (the row gets no pattern). A map or list fails the query, naming the expression and where
 * it is written: the reference does not allow them in pattern.
 */
final class PatternInput {
    private final Eval value;
    private final Expr expr;

    PatternInput(Eval value, Expr expr) {
        this.value = value;
        this.expr = expr;
    }

    String text(Row row) {
        Value v = value.eval(row);
        if (v.isNull()) return null;
        if (v instanceof MapValue || v instanceof ListValue) {
            Span s = expr.span();
            String at = s.line() > 0 ? " (line " + s.line() + ", column " + s.column() + ")" : "";
            throw new QueryExecutionException(QueryExecutionException.Kind.FAILED, "pattern mines text, but "
                    + Unparser.unparse(expr) + at + " holds a " + (v instanceof MapValue ? "map" : "list")
                    + " in an event; mine jsonStringify(...) of it or a field inside it", null);
        }
        String text = v.asText();
        return text.isBlank() ? null : text;
    }
}
