package io.fmscope.query.syntax;

import io.fmscope.query.QueryException;
import io.fmscope.query.ast.PeriodUnit;
import io.fmscope.query.ast.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A lazy, pull-based lexer: it produces one token per {@link #next()} call, so the parser can re-read a
 * {@code /} as a regex literal ({@link #rescanRegex}) or read a SOURCE time as a raw word ({@link #nextRawWord})
 * before anything after it was lexed. {@code #} starts a comment running to the end of the line.
 */
public final class Lexer {
    private final SourceText source;
    private final String s;
    private int pos;

    public Lexer(SourceText source) {
        this.source = source;
        this.s = source.text();
    }

    public SourceText source() {
        return source;
    }

    public Token next() {
        skipBlanksAndComments();
        if (pos >= s.length()) return token(TokenType.EOF, pos, pos, "");
        char c = s.charAt(pos);
        if (c == '"' || c == '\'') return string(c);
        if (c == '`' || isIdentStart(c)) return ident();
        if (isDigit(c)) return number();
        return symbol(c);
    }

    /** Re-reads from the start of {@code slash} as a {@code /.../} regex literal. */
    public Token rescanRegex(Token slash) {
        int start = slash.span().start();
        pos = start + 1;
        StringBuilder body = new StringBuilder();
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '\n') break;
            if (c == '\\' && pos + 1 < s.length() && s.charAt(pos + 1) != '\n') {
                body.append(c).append(s.charAt(pos + 1));
                pos += 2;
                continue;
            }
            pos++;
            if (c == '/') return token(TokenType.REGEX, start, pos, body.toString());
            body.append(c);
        }
        throw source.error("unterminated regular expression: a closing '/' is missing", start, start + 1);
    }

    /** Reads, after blanks, an unquoted run of non-blank characters up to {@code |} or {@code )}: a SOURCE time. */
    public Token nextRawWord() {
        while (pos < s.length() && isBlank(s.charAt(pos))) pos++;
        int start = pos;
        while (pos < s.length() && !isBlank(s.charAt(pos)) && s.charAt(pos) != '|' && s.charAt(pos) != ')') pos++;
        if (start == pos) throw source.error("expected a time value", start, start);
        return token(TokenType.RAW, start, pos, s.substring(start, pos));
    }

    private void skipBlanksAndComments() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (isBlank(c)) {
                pos++;
            } else if (c == '#') {
                while (pos < s.length() && s.charAt(pos) != '\n') pos++;
            } else {
                return;
            }
        }
    }

    private Token string(char quote) {
        int start = pos++;
        StringBuilder value = new StringBuilder();
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            if (c == quote) return token(TokenType.STRING, start, pos, value.toString());
            if (c == '\\' && pos < s.length()) {
                char e = s.charAt(pos++);
                switch (e) {
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'r' -> value.append('\r');
                    case '\\', '"', '\'' -> value.append(e);
                    default -> value.append('\\').append(e); // unknown escapes stay literal (regex-ish globs)
                }
            } else {
                value.append(c);
            }
        }
        throw source.error("unterminated string: the closing " + quote + " is missing", start, start + 1);
    }

    private Token ident() {
        int start = pos;
        List<String> segments = new ArrayList<>();
        boolean quoted = false;
        while (true) {
            if (s.charAt(pos) == '`') {
                segments.add(backtickSegment());
                quoted = true;
            } else {
                int from = pos;
                while (pos < s.length() && isIdentPart(s.charAt(pos))) pos++;
                segments.add(s.substring(from, pos));
            }
            boolean more = pos + 1 < s.length() && s.charAt(pos) == '.'
                    && (isIdentPart(s.charAt(pos + 1)) || s.charAt(pos + 1) == '`');
            if (!more) break;
            pos++;
        }
        return new Token(TokenType.IDENT, s.substring(start, pos), String.join(".", segments), segments, quoted,
                source.span(start, pos));
    }

    private String backtickSegment() {
        int start = pos++;
        int close = s.indexOf('`', pos);
        int newline = s.indexOf('\n', pos);
        if (close < 0 || (newline >= 0 && newline < close)) {
            throw source.error("unterminated field name: the closing ` is missing", start, start + 1);
        }
        if (close == pos) throw source.error("empty field name ``", start, close + 1);
        String segment = s.substring(pos, close);
        pos = close + 1;
        return segment;
    }

    private Token number() {
        int start = pos;
        digits();
        if (pos + 1 < s.length() && s.charAt(pos) == '.' && isDigit(s.charAt(pos + 1))) {
            pos++;
            digits();
        }
        int numberEnd = pos;
        if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E') && exponentFollows(pos + 1)) {
            pos++;
            if (s.charAt(pos) == '+' || s.charAt(pos) == '-') pos++;
            digits();
            numberEnd = pos;
        }
        int unitStart = pos;
        while (pos < s.length() && (Character.isLetter(s.charAt(pos)) || s.charAt(pos) == '_')) pos++;
        if (unitStart == pos) {
            if (pos < s.length() && isIdentPart(s.charAt(pos))) pos++; // e.g. 12@: reported below
            else return token(TokenType.NUMBER, start, numberEnd, s.substring(start, numberEnd));
        }
        String unit = s.substring(unitStart, pos);
        if (numberEnd == unitStart && PeriodUnit.parse(unit) != null && s.substring(start, numberEnd).indexOf('.') < 0
                && s.substring(start, numberEnd).indexOf('e') < 0 && s.substring(start, numberEnd).indexOf('E') < 0) {
            return token(TokenType.DURATION, start, pos, s.substring(start, pos));
        }
        throw source.error("invalid number or time period '" + s.substring(start, pos)
                + "' (time units: ms, s, m, h, d, w, mo, q, y and their long forms)", start, pos);
    }

    private boolean exponentFollows(int i) {
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        return i < s.length() && isDigit(s.charAt(i));
    }

    private void digits() {
        while (pos < s.length() && isDigit(s.charAt(pos))) pos++;
    }

    private Token symbol(char c) {
        int start = pos;
        char n = pos + 1 < s.length() ? s.charAt(pos + 1) : '\0';
        TokenType t = switch (c) {
            case '|' -> TokenType.PIPE;
            case ',' -> TokenType.COMMA;
            case '(' -> TokenType.LPAREN;
            case ')' -> TokenType.RPAREN;
            case '[' -> TokenType.LBRACKET;
            case ']' -> TokenType.RBRACKET;
            case '.' -> TokenType.DOT;
            case ':' -> TokenType.COLON;
            case '+' -> TokenType.PLUS;
            case '-' -> TokenType.MINUS;
            case '*' -> TokenType.STAR;
            case '/' -> TokenType.SLASH;
            case '%' -> TokenType.PERCENT;
            case '^' -> TokenType.CARET;
            case '=' -> n == '=' ? TokenType.EQEQ : n == '~' ? TokenType.MATCH : TokenType.EQ;
            case '!' -> n == '=' ? TokenType.NE : null;
            case '<' -> n == '=' ? TokenType.LE : TokenType.LT;
            case '>' -> n == '=' ? TokenType.GE : TokenType.GT;
            default -> null;
        };
        if (t == null) {
            String shown = Character.isISOControl(c) || Character.isSurrogate(c) || c == '\uFFFD'
                    ? String.format("\\u%04x", (int) c) : String.valueOf(c);
            String hint = c == '!' ? " (use 'not' or '!=')" : c == '&' ? " (use 'and')" : "";
            throw source.error("unexpected character '" + shown + "'" + hint, start, start + 1);
        }
        pos += t.describe().length() - 2;
        return token(t, start, pos, s.substring(start, pos));
    }

    private Token token(TokenType type, int start, int end, String value) {
        return new Token(type, s.substring(start, end), value, List.of(), false, source.span(start, end));
    }

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isIdentStart(char c) {
        return c == '@' || c == '_' || Character.isLetter(c);
    }

    static boolean isIdentPart(char c) {
        return c == '@' || c == '_' || Character.isLetterOrDigit(c);
    }

    /** Span helper for callers building errors. */
    public Span span(int start, int end) {
        return source.span(start, end);
    }

    public QueryException error(String reason, Span span) {
        return source.error(reason, span);
    }
}
