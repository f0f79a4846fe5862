package io.fmscope.query.syntax;

/** Lexical categories. Keywords are not a category: they are {@link #IDENT} words checked in context. */
public enum TokenType {
    /** A field name or a bare word (keyword, function name, alias): {@code @message}, {@code a.b.0}, {@code `x-y`}. */
    IDENT,
    NUMBER,
    /** A number with a time unit: {@code 5m}, {@code 1min}, {@code 30s}. */
    DURATION,
    STRING,
    /** Only produced by {@link Lexer#rescanRegex}, since {@code /} is division except where an operand is expected. */
    REGEX,
    /** Only produced by {@link Lexer#nextRawWord}: an unquoted run of non-blank characters. */
    RAW,
    PIPE("|"), COMMA(","), LPAREN("("), RPAREN(")"), LBRACKET("["), RBRACKET("]"), DOT("."), COLON(":"),
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), PERCENT("%"), CARET("^"),
    EQ("="), EQEQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), MATCH("=~"),
    EOF;

    private final String symbol;

    TokenType() {
        this.symbol = null;
    }

    TokenType(String symbol) {
        this.symbol = symbol;
    }

    /** How to name this kind of token in an error message. */
    public String describe() {
        if (symbol != null) return "'" + symbol + "'";
        return switch (this) {
            case IDENT -> "a name";
            case NUMBER -> "a number";
            case DURATION -> "a time period";
            case STRING -> "a string";
            case REGEX -> "a regular expression";
            case RAW -> "a value";
            case EOF -> "end of query";
            default -> name();
        };
    }
}
