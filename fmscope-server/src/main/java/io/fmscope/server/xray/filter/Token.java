package io.fmscope.server.xray.filter;

/** One lexical token; {@code text} is the source text (strings unquoted and unescaped). */
record Token(Kind kind, String text, int position) {

    enum Kind { WORD, STRING, NUMBER, OPERATOR, BANG, LPAREN, RPAREN, LBRACE, RBRACE, COMMA, COLON, END }

    boolean isWord(String w) {
        return kind == Kind.WORD && text.equalsIgnoreCase(w);
    }
}
