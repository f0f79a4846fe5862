package io.fmscope.query.analyzer;

import io.fmscope.query.QueryException;
import io.fmscope.query.ast.Expr;
import io.fmscope.query.ast.Span;
import java.util.ArrayList;
import java.util.List;

/** State shared by the checks of one analysis: catalog, query text for error snippets, warnings. */
final class AnalysisContext {
    private final FunctionCatalog catalog;
    private final String text;
    private final int maxStats;
    private final List<Warning> warnings = new ArrayList<>();

    AnalysisContext(FunctionCatalog catalog, String text, int maxStats) {
        this.catalog = catalog;
        this.text = text;
        this.maxStats = maxStats;
    }

    FunctionCatalog catalog() {
        return catalog;
    }

    String text() {
        return text;
    }

    int maxStats() {
        return maxStats;
    }

    QueryException error(String reason, Span span) {
        return new QueryException(reason, span, text);
    }

    void warn(String message, Span span) {
        warnings.add(new Warning(message, span));
    }

    List<Warning> warnings() {
        return List.copyOf(warnings);
    }

    /** A subquery must itself be valid and return exactly one column: the values {@code in} tests against. */
    void subquery(Expr.Subquery q) {
        AnalyzedQuery inner = new Analyzer(catalog, maxStats).analyze(q.query(), text);
        if (inner.columns().size() != 1) {
            throw error("a subquery must return exactly one field (add 'fields <name>'), but it returns "
                    + inner.columns().size() + ": " + String.join(", ", inner.columns()), q.span());
        }
        warnings.addAll(inner.warnings());
    }
}
