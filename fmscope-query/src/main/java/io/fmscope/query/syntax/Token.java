package io.fmscope.query.syntax;

import io.fmscope.query.ast.Span;
import java.util.List;
import java.util.Locale;

/**
 * One token. {@code text} is the source text; {@code value} is the decoded content (string without quotes and
 * escapes, regex body, number text); {@code segments} holds the dot-separated parts of an {@link TokenType#IDENT}
 * with backticks removed; {@code quoted} is true when any segment was backtick-quoted (then it is never a keyword).
 */
public record Token(TokenType type, String text, String value, List<String> segments, boolean quoted, Span span) {

    public Token {
        segments = List.copyOf(segments);
    }

    /** True for an unquoted single-segment name: a candidate keyword, function name or alias. */
    public boolean isWord() {
        return type == TokenType.IDENT && !quoted && segments.size() == 1 && !text.startsWith("@");
    }

    /** True when this is the word {@code keyword}, compared case-insensitively. */
    public boolean isKeyword(String keyword) {
        return isWord() && text.equalsIgnoreCase(keyword);
    }

    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    public boolean is(TokenType t) {
        return type == t;
    }

    /** How to quote this token in an error message. */
    public String describe() {
        if (type == TokenType.EOF) return "end of query";
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return "'" + shown + "'";
    }
}
