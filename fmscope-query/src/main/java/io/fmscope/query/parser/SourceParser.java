package io.fmscope.query.parser;

import io.fmscope.query.ast.Command;
import io.fmscope.query.ast.SourceSelector;
import io.fmscope.query.ast.Span;
import io.fmscope.query.syntax.Token;
import io.fmscope.query.syntax.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code SOURCE '/group'} or {@code SOURCE logGroups(namePrefix: [...], class: "STANDARD")}, optionally followed by
 * {@code START=<time> END=<time>} (relative like {@code -3600s} or ISO-8601, read as raw words).
 */
final class SourceParser {
    private final Cursor c;
    private final ExpressionParser exprs;

    SourceParser(Cursor c, ExpressionParser exprs) {
        this.c = c;
        this.exprs = exprs;
    }

    Command source(Token keyword) {
        SourceSelector selector;
        if (c.at(TokenType.STRING)) {
            Token name = c.advance();
            selector = new SourceSelector.GroupName(name.value(), name.span());
        } else if (c.atKeyword("logGroups") && c.peek().is(TokenType.LPAREN)) {
            selector = logGroups(c.advance().span());
        } else {
            throw c.error("SOURCE expects a log group name in quotes or logGroups(...) but found " + c.current().describe());
        }
        String start = null;
        String end = null;
        while ((c.atKeyword("start") || c.atKeyword("end")) && c.peek().is(TokenType.EQ)) {
            boolean isStart = c.advance().isKeyword("start");
            String value = c.rawAfterEquals().value();
            if (isStart) start = value;
            else end = value;
        }
        return new Command.Source(List.of(selector), start, end, c.spanFrom(keyword.span()));
    }

    private SourceSelector logGroups(Span start) {
        c.enter(c.advance().span());
        List<SourceSelector.NamedArg> args = new ArrayList<>();
        if (!c.at(TokenType.RPAREN)) {
            args.add(arg());
            while (c.at(TokenType.COMMA)) {
                c.advance();
                args.add(arg());
            }
        }
        c.expect(TokenType.RPAREN, "to close logGroups(");
        c.exit();
        return new SourceSelector.LogGroups(args, c.spanFrom(start));
    }

    private SourceSelector.NamedArg arg() {
        Token name = c.expect(TokenType.IDENT, "(an argument name such as namePrefix) in logGroups(");
        c.expect(TokenType.COLON, "after " + name.describe());
        var value = exprs.parse();
        return new SourceSelector.NamedArg(name.value(), value, c.spanFrom(name.span()));
    }
}
