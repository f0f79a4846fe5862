package io.fmscope.patterns.discovery;

import io.fmscope.errors.catalog.RegexRules;
import io.fmscope.patterns.PatternToken;
import io.fmscope.patterns.TokenType;
import java.util.List;

/**
 * Derives a catalog regex from a template: constant text escaped literally, each variable a bounded
 * non-space run, tokens separated by {@code \s+} (or nothing where they were glued). The match must start
 * and end at token boundaries ({@code (?<!\S)} ... {@code (?!\S)}) rather than at {@code ^}/{@code $},
 * because the classifier searches the message and messages carry prefixes ({@code ERROR}, a logger name).
 * No nested unbounded quantifiers (the catalog refuses them); at most {@link RegexRules#MAX_REGEX_LENGTH}
 * characters, dropping trailing tokens if needed, which keeps it a correct (if shorter) search.
 */
final class TemplateRegex {
    /** Literal characters a derived regex must require, so that it cannot match nearly any message. */
    static final int MIN_LITERALS = 4;
    private static final String HOLE = "<*>";
    private static final String START = "(?<!\\S)";
    private static final String END = "(?!\\S)";
    private static final String ANY_RUN = "\\S+";
    /** Several tokens: bounded, so no backtracking blow-up on long messages. */
    private static final String ANY_SPAN = "[^\\n]{1,512}?";
    /** A number may carry a unit after a space ({@code 1.2 KB}): the masker folds it into the number. */
    private static final String NUMBER = "\\S+(?:\\s+[A-Za-z%]{1,7})?";
    private static final String QUOTED = "(?:\"[^\"\\n]{0,512}\"|'[^'\\n]{0,512}'|\\S+)";

    private TemplateRegex() {
    }

    /** The regex, or an exception saying why the template cannot give a safe one. */
    static String derive(List<PatternToken> tokens, boolean variableLength) {
        for (int n = tokens.size(); n > 0; n--) {
            String r = build(tokens.subList(0, n), variableLength);
            if (r.length() <= RegexRules.MAX_REGEX_LENGTH) {
                if (RegexRules.specificity(r) < MIN_LITERALS) {
                    throw new IllegalArgumentException("the template has too little constant text for a safe regex: "
                        + "it would match almost any message");
                }
                RegexRules.compile(r); // the catalog's own checks: length, nested quantifiers, syntax
                return r;
            }
        }
        throw new IllegalArgumentException("the template has no constant text to match");
    }

    private static String build(List<PatternToken> tokens, boolean variableLength) {
        StringBuilder sb = new StringBuilder(START);
        for (int i = 0; i < tokens.size(); i++) {
            PatternToken t = tokens.get(i);
            if (i > 0 && !t.glued()) sb.append("\\s+");
            if (!t.dynamic()) {
                escape(sb, t.text());
                continue;
            }
            int hole = t.text().indexOf(HOLE);
            escape(sb, t.text().substring(0, hole));
            sb.append(variableLength ? ANY_SPAN : t.type() == TokenType.QUOTED ? QUOTED
                : t.type() == TokenType.NUM ? NUMBER : ANY_RUN);
            escape(sb, t.text().substring(hole + HOLE.length()));
        }
        return sb.append(END).toString();
    }

    /** Letters and digits as they are, ASCII punctuation backslash-escaped, anything else as {@code \x{hex}}. */
    static void escape(StringBuilder sb, String text) {
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '_') sb.appendCodePoint(cp);
            else if (cp > ' ' && cp < 127) sb.append('\\').appendCodePoint(cp);
            else sb.append("\\x{").append(Integer.toHexString(cp)).append('}');
        });
    }
}
