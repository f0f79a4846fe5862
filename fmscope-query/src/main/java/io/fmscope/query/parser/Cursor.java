package io.fmscope.query.parser;

import io.fmscope.query.QueryException;
import io.fmscope.query.ast.Span;
import io.fmscope.query.syntax.Lexer;
import io.fmscope.query.syntax.SourceText;
import io.fmscope.query.syntax.Token;
import io.fmscope.query.syntax.TokenType;

/** The parser's view of the token stream: the current token, one token of lookahead, and a nesting guard. */
final class Cursor {
    /** Deepest nesting of parentheses, brackets and calls, and deepest expression tree the parser accepts. */
    static final int MAX_DEPTH = 256;

    private final Lexer lexer;
    private Token current;
    private Token peeked;
    private Span last = Span.NONE;
    private int depth;

    Cursor(String text) {
        this.lexer = new Lexer(new SourceText(text));
        this.current = lexer.next();
    }

    Token current() {
        return current;
    }

    Token peek() {
        if (peeked == null) peeked = lexer.next();
        return peeked;
    }

    Token advance() {
        Token t = current;
        last = t.span();
        current = peeked != null ? peeked : lexer.next();
        peeked = null;
        return t;
    }

    boolean at(TokenType type) {
        return current.type() == type;
    }

    boolean atKeyword(String keyword) {
        return current.isKeyword(keyword);
    }

    /** True at {@code |}, end of query, or the {@code )} closing a subquery. */
    boolean atCommandEnd(boolean nested) {
        return at(TokenType.PIPE) || at(TokenType.EOF) || (nested && at(TokenType.RPAREN));
    }

    Token expect(TokenType type, String context) {
        if (!at(type)) throw error("expected " + type.describe() + " " + context + " but found " + current.describe());
        return advance();
    }

    void expectKeyword(String keyword, String context) {
        if (!atKeyword(keyword)) throw error("expected '" + keyword + "' " + context + " but found " + current.describe());
        advance();
    }

    /** Re-reads the current {@code /} as a regex literal and consumes it. */
    Token regexAtCurrent() {
        Token regex = lexer.rescanRegex(current);
        last = regex.span();
        peeked = null;
        current = lexer.next();
        return regex;
    }

    /** Consumes the current {@code =} and the raw word after it, e.g. {@code 2026-01-23T00:00:00Z}. */
    Token rawAfterEquals() {
        if (peeked != null) throw new IllegalStateException("lookahead past '='");
        Token raw = lexer.nextRawWord();
        last = raw.span();
        current = lexer.next();
        return raw;
    }

    void enter(Span at) {
        if (++depth > MAX_DEPTH) throw error("expression nested too deeply (more than " + MAX_DEPTH + " levels)", at);
    }

    void exit() {
        depth--;
    }

    Span span(int start, int end) {
        return lexer.span(start, end);
    }

    /** The span from {@code from}'s start to the end of the last consumed token. */
    Span spanFrom(Span from) {
        return from.to(last);
    }

    QueryException error(String reason) {
        return error(reason, current.span());
    }

    QueryException error(String reason, Span span) {
        return lexer.error(reason, span);
    }

    String text() {
        return lexer.source().text();
    }
}
