package io.fmscope.query.parser;

import static io.fmscope.query.parser.ParserAssertions.rejects;
import static io.fmscope.query.parser.ParserAssertions.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.query.ast.Command;
import io.fmscope.query.ast.Expr;
import io.fmscope.query.ast.Expr.BinaryOp;
import io.fmscope.query.ast.PeriodUnit;
import io.fmscope.query.ast.SpanStripper;
import io.fmscope.query.ast.Unparser;
import org.junit.jupiter.api.Test;

class ExpressionParserTest {

    private static Expr filter(String condition) {
        return ((Command.Filter) single("filter " + condition)).condition();
    }

    @Test
    void precedenceClimbsFromOrToPower() {
        assertThat(Unparser.unparse(filter("a or b and c"))).isEqualTo("a or b and c");
        Expr e = filter("a or b and c");
        assertThat(((Expr.Binary) e).op()).isEqualTo(BinaryOp.OR);
        assertThat(Unparser.unparse(filter("(a or b) and c"))).isEqualTo("(a or b) and c");
        Expr arith = filter("x = 1 + 2 * 3 ^ 2");
        var eq = (Expr.Binary) arith;
        assertThat(eq.op()).isEqualTo(BinaryOp.EQ);
        assertThat(((Expr.Binary) eq.right()).op()).isEqualTo(BinaryOp.ADD);
        assertThat(Unparser.unparse(filter("x = 2 ^ 3 ^ 2"))).isEqualTo("x = 2 ^ 3 ^ 2");
        assertThat(((Expr.Binary) ((Expr.Binary) filter("x = 2 ^ 3 ^ 2")).right()).right())
                .as("^ is right-associative").isInstanceOf(Expr.Binary.class);
        assertThat(Unparser.unparse(filter("a - (b - c) = 1"))).isEqualTo("a - (b - c) = 1");
    }

    @Test
    void notLikeInAndTheUndocumentedSpellings() {
        assertThat(SpanStripper.strip(filter("LogLevel == \"ERR\"")))
                .isEqualTo(SpanStripper.strip(filter("LogLevel = \"ERR\"")));
        assertThat(((Expr.Binary) filter("LogLevel == \"ERR\"")).op()).isEqualTo(BinaryOp.EQ);
        var like = (Expr.Like) filter("f1 =~ /Exception/");
        assertThat(like.negated()).isFalse();
        assertThat(like.pattern()).isInstanceOf(Expr.RegexLit.class);
        var notLike = (Expr.Like) filter("dstAddr not like 'y.y.'");
        assertThat(notLike.negated()).isTrue();
        var notIn = (Expr.In) filter("Type NOT IN [\"foo\",\"bar\",1]");
        assertThat(notIn.negated()).isTrue();
        assertThat(((Expr.ArrayLit) notIn.set()).items()).hasSize(3);
        assertThat(filter("not ispresent(x)")).isInstanceOf(Expr.Unary.class);
    }

    @Test
    void callsAllowABlankBeforeTheParenthesisAndTakeStar() {
        var stats = (Command.Stats) single("stats count(*), avg (f1) by bin (1min)");
        var count = (Expr.Call) stats.aggregates().get(0).expr();
        assertThat(count.args()).containsExactly(new Expr.Star(count.args().get(0).span()));
        var bin = (Expr.Call) stats.groupBy().get(0).expr();
        var period = (Expr.DurationLit) bin.args().get(0);
        assertThat(period.amount()).isEqualTo(1);
        assertThat(period.unit()).isEqualTo(PeriodUnit.MINUTE);
    }

    @Test
    void structureAccessAfterCallsAndIndexes() {
        var f = (Command.Fields) single("fields jsonParse(api.request.data).startTime as startTime");
        var member = (Expr.Member) f.items().get(0).expr();
        assertThat(member.key()).isEqualTo("startTime");
        var cond = (Expr.Binary) filter("json_message.users[1].action = \"PutData\"");
        var action = (Expr.Member) cond.left();
        var index = (Expr.Index) action.target();
        assertThat(((Expr.Field) index.target()).path()).containsExactly("json_message", "users");
    }

    @Test
    void spansPointAtTheSourceText() {
        String q = "filter\n  a.b >= 10";
        var cond = (Expr.Binary) ((Command.Filter) QueryParser.parse(q).commands().get(0)).condition();
        assertThat(cond.left().span().text(q)).isEqualTo("a.b");
        assertThat(cond.span().text(q)).isEqualTo("a.b >= 10");
        assertThat(cond.right().span().line()).isEqualTo(2);
        assertThat(cond.right().span().column()).isEqualTo(10);
    }

    @Test
    void rejectsWithPosition() {
        rejects("filter a = ", 1, 12, "expected an expression");
        rejects("filter (a = 1", 1, 14, "')'");
        rejects("filter x in 5", 1, 13, "after 'in'");
        rejects("filter x like /[a/", 1, 15, "invalid regular expression");
        rejects("filter x like /abc", 1, 15, "unterminated regular expression");
        rejects("fields a * and", 1, 12, "keyword 'and'");
        rejects("fields sum(*, 1) + *", 1, 20, "count(*)");
        rejects("fields f(1,)", 1, 12, "expected an expression");
    }

    @Test
    void deepNestingIsAQueryErrorNotAStackOverflow() {
        rejects("filter " + "(".repeat(10_000) + "x" + ")".repeat(10_000), 1, 264, "nested too deeply");
        rejects("filter " + "-".repeat(5_000) + "x", 1, 264, "nested too deeply");
        rejects("filter x" + " + x".repeat(2_000), 1, 8, "nested too deeply");
    }
}
