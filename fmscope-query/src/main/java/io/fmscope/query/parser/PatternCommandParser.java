package io.fmscope.query.parser;

import io.fmscope.query.ast.AnomalyCommand;
import io.fmscope.query.ast.Command;
import io.fmscope.query.ast.DiffCommand;
import io.fmscope.query.ast.PatternCommand;
import io.fmscope.query.syntax.Token;
import io.fmscope.query.syntax.TokenType;
import java.util.List;

/** {@code pattern expr}, {@code diff [previousDay|previousWeek|previousMonth]} and {@code anomaly}. */
final class PatternCommandParser {
    private static final List<String> MODIFIERS = List.of("previousDay", "previousWeek", "previousMonth");

    private final Cursor c;
    private final ExpressionParser exprs;

    PatternCommandParser(Cursor c, ExpressionParser exprs) {
        this.c = c;
        this.exprs = exprs;
    }

    Command pattern(Token keyword) {
        if (atEnd()) {
            throw c.error("pattern expects the field or expression to mine, e.g. 'pattern @message', but found "
                    + c.current().describe());
        }
        return new PatternCommand(exprs.parse(), c.spanFrom(keyword.span()));
    }

    Command diff(Token keyword) {
        DiffCommand.Period period = DiffCommand.Period.PREVIOUS_PERIOD;
        if (!atEnd()) {
            Token t = c.current();
            period = t.isWord() ? DiffCommand.Period.ofModifier(t.text()) : null;
            if (period == null) {
                throw c.error("diff takes nothing, or previousDay, previousWeek or previousMonth, but found "
                        + t.describe() + (t.isWord() ? Suggestions.hint(t.text(), MODIFIERS) : ""));
            }
            c.advance();
        }
        return new DiffCommand(period, c.spanFrom(keyword.span()));
    }

    Command anomaly(Token keyword) {
        if (!atEnd()) throw c.error("anomaly takes no arguments but found " + c.current().describe());
        return new AnomalyCommand(c.spanFrom(keyword.span()));
    }

    /** At {@code |}, the end of the query, or a {@code )} closing a subquery. */
    private boolean atEnd() {
        return c.at(TokenType.PIPE) || c.at(TokenType.EOF) || c.at(TokenType.RPAREN);
    }
}
