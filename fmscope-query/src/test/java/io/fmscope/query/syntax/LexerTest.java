package io.fmscope.query.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fmscope.query.QueryException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static List<Token> lex(String s) {
        Lexer lexer = new Lexer(new SourceText(s));
        List<Token> out = new ArrayList<>();
        for (Token t = lexer.next(); !t.is(TokenType.EOF); t = lexer.next()) out.add(t);
        return out;
    }

    private static List<TokenType> types(String s) {
        return lex(s).stream().map(Token::type).toList();
    }

    @Test
    void dottedNamesArrayIndexesAndBackticksFormOneIdentifier() {
        Token t = lex("terminatingRuleMatchDetails.0.matchedData.0").get(0);
        assertThat(t.segments()).containsExactly("terminatingRuleMatchDetails", "0", "matchedData", "0");
        Token q = lex("json_message.`user.id`").get(0);
        assertThat(q.segments()).containsExactly("json_message", "user.id");
        assertThat(q.quoted()).isTrue();
        assertThat(lex("`foo-bar`").get(0).value()).isEqualTo("foo-bar");
        assertThat(lex("@entity.KeyAttributes.Type").get(0).segments()).hasSize(3);
    }

    @Test
    void commentsRunToEndOfLineAtLineStartAndAfterCode() {
        assertThat(types("#Aggregate all\nstats x # trailing | not a pipe\n| limit 1"))
                .containsExactly(TokenType.IDENT, TokenType.IDENT, TokenType.PIPE, TokenType.IDENT, TokenType.NUMBER);
    }

    @Test
    void stringsTakeBothQuotesAndEscapes() {
        assertThat(lex("'it\\'s'").get(0).value()).isEqualTo("it's");
        assertThat(lex("\"a\\\"b\\n\"").get(0).value()).isEqualTo("a\"b\n");
        assertThat(lex("'\"labels\":[*]'").get(0).value()).isEqualTo("\"labels\":[*]");
        assertThat(lex("'a\\db'").get(0).value()).as("unknown escapes stay literal").isEqualTo("a\\db");
    }

    @Test
    void durationsNumbersAndOperators() {
        assertThat(types("5m 1min 30s 1h 2hrs 1.5 10 1e3"))
                .containsExactly(TokenType.DURATION, TokenType.DURATION, TokenType.DURATION, TokenType.DURATION,
                        TokenType.DURATION, TokenType.NUMBER, TokenType.NUMBER, TokenType.NUMBER);
        assertThat(types("= == != <= >= < > =~ ^ %"))
                .containsExactly(TokenType.EQ, TokenType.EQEQ, TokenType.NE, TokenType.LE, TokenType.GE, TokenType.LT,
                        TokenType.GT, TokenType.MATCH, TokenType.CARET, TokenType.PERCENT);
    }

    @Test
    void slashIsRescannedAsRegexOnDemand() {
        Lexer lexer = new Lexer(new SourceText("like /a\\/b #x/| y"));
        lexer.next();
        Token slash = lexer.next();
        assertThat(slash.type()).isEqualTo(TokenType.SLASH);
        Token regex = lexer.rescanRegex(slash);
        assertThat(regex.value()).isEqualTo("a\\/b #x");
        assertThat(lexer.next().type()).isEqualTo(TokenType.PIPE);
    }

    @Test
    void errorsCarryLineAndColumn() {
        assertThatThrownBy(() -> lex("fields a\n| filter x = 'open"))
                .isInstanceOfSatisfying(QueryException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(14);
                    assertThat(e.getMessage()).contains("| filter x = 'open").contains("^");
                });
        assertThatThrownBy(() -> lex("x ! y")).isInstanceOfSatisfying(QueryException.class,
                e -> assertThat(e.reason()).contains("'!'").contains("not"));
        assertThatThrownBy(() -> lex("bin(5parsecs)")).isInstanceOfSatisfying(QueryException.class,
                e -> assertThat(e.column()).isEqualTo(5));
    }
}
