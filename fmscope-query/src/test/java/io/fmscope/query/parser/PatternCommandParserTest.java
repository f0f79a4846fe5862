package io.fmscope.query.parser;

import static io.fmscope.query.parser.ParserAssertions.rejects;
import static io.fmscope.query.parser.ParserAssertions.roundTrips;
import static io.fmscope.query.parser.ParserAssertions.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.query.ast.AnomalyCommand;
import io.fmscope.query.ast.Command;
import io.fmscope.query.ast.DiffCommand;
import io.fmscope.query.ast.Expr;
import io.fmscope.query.ast.PatternCommand;
import io.fmscope.query.ast.Unparser;
import org.junit.jupiter.api.Test;

/** pattern, diff and anomaly: what they parse into, their canonical text, and where bad forms fail. */
class PatternCommandParserTest {

    @Test
    void patternTakesAFieldOrAnyExpression() {
        var p = (PatternCommand) single("PATTERN @message");
        assertThat(p.value()).isEqualTo(Expr.Field.of("@message", p.value().span()));
        assertThat(p.span().column()).isEqualTo(1);
        var concat = (PatternCommand) single("pattern concat(level, ': ', substr(msg, 0, 40))");
        assertThat(concat.value()).isInstanceOf(Expr.Call.class);
        var q = roundTrips("fields @timestamp, @message\n| filter @message like /ERROR/\n| pattern @message");
        assertThat(q.commands().get(2)).isInstanceOf(PatternCommand.class);
        assertThat(Unparser.unparse(q)).endsWith("\n| pattern @message");
    }

    @Test
    void diffTakesAnOptionalPeriodInAnyCase() {
        assertThat(((DiffCommand) single("diff")).period()).isEqualTo(DiffCommand.Period.PREVIOUS_PERIOD);
        assertThat(((DiffCommand) single("diff previousday")).period()).isEqualTo(DiffCommand.Period.PREVIOUS_DAY);
        assertThat(((DiffCommand) single("DIFF PreviousWeek")).period()).isEqualTo(DiffCommand.Period.PREVIOUS_WEEK);
        assertThat(((DiffCommand) single("diff previousMonth")).period()).isEqualTo(DiffCommand.Period.PREVIOUS_MONTH);
        assertThat(Unparser.unparse(roundTrips("pattern @message | DIFF PREVIOUSDAY")))
                .isEqualTo("pattern @message\n| diff previousDay");
    }

    @Test
    void anomalyIsBare() {
        var q = roundTrips("fields @timestamp, @message | pattern @message | anomaly | sort @timestamp desc");
        assertThat(q.commands().get(2)).isInstanceOf(AnomalyCommand.class);
        assertThat(((Command.Mining) q.commands().get(2)).keyword()).isEqualTo("anomaly");
    }

    @Test
    void theyWorkInsideASubquery() {
        var q = roundTrips("filter @message in (pattern @message | diff) | fields @message");
        assertThat(q.commands()).hasSize(2);
    }

    @Test
    void rejectsBadForms() {
        rejects("fields a\n| pattern", 2, 10, "pattern expects the field or expression to mine");
        rejects("pattern | limit 2", 1, 9, "pattern expects");
        rejects("pattern @message as m", 1, 18, "unexpected 'as' after the pattern command");
        rejects("diff yesterday", 1, 6, "diff takes nothing, or previousDay, previousWeek or previousMonth");
        rejects("pattern @message | diff previousDya", 1, 25, "did you mean 'previousDay'?");
        rejects("diff 7d", 1, 6, "but found '7d'");
        rejects("pattern @message\n|   anomaly 3", 2, 13, "anomaly takes no arguments");
        rejects("pattern @message | anomaly @message", 1, 28, "anomaly takes no arguments");
    }
}
