package io.fmscope.query.parser;

import io.fmscope.query.ast.Command;
import io.fmscope.query.ast.Projection;
import io.fmscope.query.syntax.Token;
import java.util.List;

/**
 * {@code stats agg [as a], ... [by key [as a], ...]}. Which expressions are aggregates is the analyzer's call;
 * the parser only reads the two lists.
 */
final class StatsParser {
    private final Cursor c;
    private final ProjectionParser projections;

    StatsParser(Cursor c, ProjectionParser projections) {
        this.c = c;
        this.projections = projections;
    }

    Command stats(Token keyword) {
        List<Projection> aggregates = projections.list();
        List<Projection> groupBy = List.of();
        if (c.atKeyword("by")) {
            c.advance();
            groupBy = projections.list();
        }
        return new Command.Stats(aggregates, groupBy, c.spanFrom(keyword.span()));
    }
}
