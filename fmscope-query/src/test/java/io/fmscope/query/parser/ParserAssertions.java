package io.fmscope.query.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.fmscope.query.QueryException;
import io.fmscope.query.ast.Command;
import io.fmscope.query.ast.Query;
import io.fmscope.query.ast.SpanStripper;
import io.fmscope.query.ast.Unparser;

/** Shared checks: a query round-trips through the unparser; a bad query fails at a given line and column. */
final class ParserAssertions {
    private ParserAssertions() {}

    /** Parses, unparses, re-parses, and asserts both trees are equal ignoring spans; returns the first tree. */
    static Query roundTrips(String text) {
        Query q = QueryParser.parse(text);
        String canonical = Unparser.unparse(q);
        Query again = QueryParser.parse(canonical);
        assertThat(SpanStripper.strip(again)).as("re-parse of:\n%s", canonical).isEqualTo(SpanStripper.strip(q));
        assertThat(Unparser.unparse(again)).isEqualTo(canonical);
        return q;
    }

    static Command single(String text) {
        Query q = roundTrips(text);
        assertThat(q.commands()).hasSize(1);
        return q.commands().get(0);
    }

    static QueryException rejects(String text, int line, int column, String fragment) {
        QueryException e = catchThrowableOfType(QueryException.class, () -> QueryParser.parse(text));
        assertThat(e).as("expected a QueryException for: %s", text).isNotNull();
        assertThat(e.reason()).contains(fragment);
        assertThat(e.line()).as("line of: %s", e.getMessage()).isEqualTo(line);
        assertThat(e.column()).as("column of: %s", e.getMessage()).isEqualTo(column);
        return e;
    }
}
