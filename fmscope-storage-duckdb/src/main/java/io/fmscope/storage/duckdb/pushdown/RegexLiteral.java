package io.fmscope.storage.duckdb.pushdown;

/**
 * Recognises the regexes SQL can match exactly without a regex engine (Java's and DuckDB's RE2 differ):
 * plain text, with punctuation escaped, optionally anchored at the start with {@code ^}. Anything else
 * (classes, quantifiers, alternation, groups, flags, {@code $}, letter escapes) is not offered.
 *
 * @param text     the literal text the regex matches
 * @param anchored whether it must match at the start
 */
record RegexLiteral(String text, boolean anchored) {
    private static final String SPECIAL = "\\^$.|?*+()[]{}";

    /** The literal the regex source spells, or null. */
    static RegexLiteral of(String source) {
        StringBuilder text = new StringBuilder();
        boolean anchored = source.startsWith("^");
        for (int i = anchored ? 1 : 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                if (i + 1 >= source.length()) {
                    return null;
                }
                char next = source.charAt(++i);
                if (Character.isLetterOrDigit(next) || next > 0x7f) {
                    return null; // \d, \w, \Q, back-references...: real regex syntax
                }
                text.append(next);
            } else if (SPECIAL.indexOf(c) >= 0 || Character.isSurrogate(c)) {
                return null;
            } else {
                text.append(c);
            }
        }
        return new RegexLiteral(text.toString(), anchored);
    }
}
