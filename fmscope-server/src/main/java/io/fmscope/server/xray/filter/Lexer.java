package io.fmscope.server.xray.filter;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a filter expression into tokens. Words are letters, digits, {@code _ . -} (so
 * {@code http.status} and {@code annotation.model_id} are one word); {@code &&} and {@code ||} are read
 * as AND and OR.
 */
final class Lexer {
    private Lexer() {
    }

    static List<Token> tokens(String src) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                i = string(src, i, out);
            } else if (Character.isDigit(c) || (c == '-' && i + 1 < src.length() && Character.isDigit(src.charAt(i + 1)))) {
                int start = i++;
                while (i < src.length() && (Character.isDigit(src.charAt(i)) || src.charAt(i) == '.'
                        || src.charAt(i) == 'e' || src.charAt(i) == 'E')) {
                    i++;
                }
                out.add(new Token(Token.Kind.NUMBER, src.substring(start, i), start));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_'
                        || src.charAt(i) == '.' || src.charAt(i) == '-')) {
                    i++;
                }
                out.add(new Token(Token.Kind.WORD, src.substring(start, i), start));
            } else if (src.startsWith("&&", i) || src.startsWith("||", i)) {
                out.add(new Token(Token.Kind.WORD, c == '&' ? "AND" : "OR", i));
                i += 2;
            } else if (c == '!' && i + 1 < src.length() && src.charAt(i + 1) == '=') {
                out.add(new Token(Token.Kind.OPERATOR, "!=", i));
                i += 2;
            } else if (c == '<' || c == '>') {
                boolean eq = i + 1 < src.length() && src.charAt(i + 1) == '=';
                out.add(new Token(Token.Kind.OPERATOR, eq ? c + "=" : String.valueOf(c), i));
                i += eq ? 2 : 1;
            } else {
                Token.Kind k = switch (c) {
                    case '=' -> Token.Kind.OPERATOR;
                    case '!' -> Token.Kind.BANG;
                    case '(' -> Token.Kind.LPAREN;
                    case ')' -> Token.Kind.RPAREN;
                    case '{' -> Token.Kind.LBRACE;
                    case '}' -> Token.Kind.RBRACE;
                    case ',' -> Token.Kind.COMMA;
                    case ':' -> Token.Kind.COLON;
                    default -> throw new FilterException("unexpected character '" + c + "'", i);
                };
                out.add(new Token(k, String.valueOf(c), i));
                i++;
            }
        }
        out.add(new Token(Token.Kind.END, "", src.length()));
        return out;
    }

    private static int string(String src, int start, List<Token> out) {
        StringBuilder b = new StringBuilder();
        int i = start + 1;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\\' && i + 1 < src.length()) {
                b.append(src.charAt(i + 1));
                i += 2;
            } else if (c == '"') {
                out.add(new Token(Token.Kind.STRING, b.toString(), start));
                return i + 1;
            } else {
                b.append(c);
                i++;
            }
        }
        throw new FilterException("unterminated string", start);
    }
}
