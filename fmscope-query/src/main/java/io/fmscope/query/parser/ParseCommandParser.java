package io.fmscope.query.parser;

import io.fmscope.query.ast.Command;
import io.fmscope.query.ast.Expr;
import io.fmscope.query.ast.ParsePattern;
import io.fmscope.query.regex.JavaRegex;
import io.fmscope.query.syntax.Token;
import io.fmscope.query.syntax.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code parse [field] "a * b *" as x, y} (glob mode) and {@code parse [field] /(?<x>..)/} (regex mode). The
 * field defaults to {@code @message}. Each glob {@code *} needs exactly one alias; a regex needs at least one
 * named group (any name, {@code user_id} included).
 */
final class ParseCommandParser {
    private final Cursor c;

    ParseCommandParser(Cursor c) {
        this.c = c;
    }

    Command parse(Token keyword) {
        Expr.Field source = null;
        if (c.at(TokenType.IDENT)) {
            Token f = c.advance();
            source = new Expr.Field(f.segments(), f.span());
        }
        if (c.at(TokenType.SLASH)) return regex(keyword, source);
        if (!c.at(TokenType.STRING)) {
            throw c.error("parse expects a pattern in quotes (with * wildcards) or a /regex/ but found "
                    + c.current().describe());
        }
        Token pattern = c.advance();
        var glob = new ParsePattern.Glob(pattern.value(), pattern.span());
        if (glob.wildcards() == 0) throw c.error("the parse pattern has no '*' to capture", pattern.span());
        if (!c.atKeyword("as")) {
            throw c.error("expected 'as' and " + glob.wildcards() + " field name(s) after the parse pattern but found "
                    + c.current().describe());
        }
        Token as = c.advance();
        List<String> aliases = new ArrayList<>();
        aliases.add(c.expect(TokenType.IDENT, "after 'as'").value());
        while (c.at(TokenType.COMMA)) {
            c.advance();
            aliases.add(c.expect(TokenType.IDENT, "in the parse field list").value());
        }
        if (aliases.size() != glob.wildcards()) {
            throw c.error("the parse pattern has " + glob.wildcards() + " '*' but " + aliases.size()
                    + " field name(s) follow 'as'", c.spanFrom(as.span()));
        }
        return new Command.Parse(source, glob, aliases, c.spanFrom(keyword.span()));
    }

    private Command regex(Token keyword, Expr.Field source) {
        Token r = c.regexAtCurrent();
        JavaRegex regex = Regexes.translate(r.value(), r.span(), c);
        if (regex.groupNames().isEmpty()) {
            throw c.error("a parse regex needs at least one named group such as (?<name>...)", r.span());
        }
        if (c.atKeyword("as")) throw c.error("a parse regex names its fields with (?<name>...) groups; 'as' is not used");
        return new Command.Parse(source, new ParsePattern.Regex(r.value(), r.span()), List.of(),
                c.spanFrom(keyword.span()));
    }
}
