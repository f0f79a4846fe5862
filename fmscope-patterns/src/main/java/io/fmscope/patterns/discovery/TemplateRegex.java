package io.fmscope.patterns.discovery;

import io.fmscope.errors.catalog.RegexRules;
import io.fmscope.errors.prompt.Redactor;
import io.fmscope.patterns.PatternToken;
import io.fmscope.patterns.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives a catalog regex from a template: constant text escaped literally, each variable a non-space run,
 * tokens separated by {@code \s+} (or nothing where they were glued); see {@link #gapped} for templates
 * whose lines had different numbers of tokens. The match must start
 * and end at token boundaries ({@code (?<!\S)} ... {@code (?!\S)}) rather than at {@code ^}/{@code $},
 * because the classifier searches the message and messages carry prefixes ({@code ERROR}, a logger name).
 * No nested unbounded quantifiers (the catalog refuses them); at most {@link RegexRules#MAX_REGEX_LENGTH}
 * characters, dropping trailing tokens if needed, which keeps it a correct (if shorter) search.
 */
final class TemplateRegex {
    /** Literal characters a derived regex must require, so that it cannot match nearly any message. */
    static final int MIN_LITERALS = 4;
    private static final String HOLE = "<*>";
    private static final String META = "\\.[]{}()*+?^$|";
    private static final String START = "(?<!\\S)";
    private static final String END = "(?!\\S)";
    private static final String ANY_RUN = "\\S+";
    /** Whatever a variable-length template's lines hold between two constant runs. */
    private static final String GAP = "[^\\n]{1,512}?";
    /** A number may carry a unit after a space ({@code 1.2 KB}): the masker folds it into the number. */
    private static final String NUMBER = "\\S+(?:\\s+[A-Za-z%]{1,7})?";
    private static final String QUOTED = "(?:\"[^\"\\n]{0,512}\"|'[^'\\n]{0,512}'|\\S+)";

    private TemplateRegex() {
    }

    /** The regex, or an exception saying why the template cannot give a safe one. */
    static String derive(List<PatternToken> template, boolean variableLength) {
        List<PatternToken> tokens = withoutSecrets(template);
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

    /**
     * A constant that looks like a secret ({@code password=hunter2}, the token after {@code Bearer}) becomes a
     * variable: a template seen once is its line, and a secret must not end up in a catalog file.
     */
    static List<PatternToken> withoutSecrets(List<PatternToken> tokens) {
        List<PatternToken> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            PatternToken t = tokens.get(i);
            boolean secret = !t.dynamic() && (!Redactor.redact(t.text()).equals(t.text())
                || i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("bearer"));
            out.add(secret ? new PatternToken(HOLE, TokenType.ANY, t.glued()) : t);
        }
        return out;
    }

    private static String build(List<PatternToken> tokens, boolean variableLength) {
        return variableLength ? gapped(tokens) : fixed(tokens);
    }

    /** Token by token: every line of the template had the same tokens. */
    private static String fixed(List<PatternToken> tokens) {
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
            sb.append(t.type() == TokenType.QUOTED ? QUOTED : t.type() == TokenType.NUM ? NUMBER : ANY_RUN);
            escape(sb, t.text().substring(hole + HOLE.length()));
        }
        return sb.append(END).toString();
    }

    /**
     * For a variable-length template (lines with extra tokens joined it, wherever they were): its constant
     * pieces in order, each found at its first occurrence, starting a token, within 512 characters after the
     * previous one. Each gap and the piece after it form an atomic group, so a failed match never retries
     * other gap lengths: the search stays linear however many gaps there are.
     */
    private static String gapped(List<PatternToken> tokens) {
        StringBuilder sb = new StringBuilder(START);
        boolean afterLiteral = false; // the previous token ended in constant text
        for (int i = 0; i < tokens.size(); i++) {
            PatternToken t = tokens.get(i);
            int hole = t.dynamic() ? t.text().indexOf(HOLE) : -1;
            String head = hole < 0 ? t.text() : t.text().substring(0, hole);
            boolean direct = i == 0 || t.glued() && afterLiteral;
            if (!head.isEmpty()) piece(sb, head, direct, i > 0 && !t.glued());
            if (hole < 0) {
                afterLiteral = true;
                continue;
            }
            String tail = t.text().substring(hole + HOLE.length());
            if (!tail.isEmpty()) piece(sb, tail, false, false);
            afterLiteral = !tail.isEmpty();
        }
        return afterLiteral ? sb.append(END).toString() : sb.toString();
    }

    private static void piece(StringBuilder sb, String text, boolean direct, boolean startsToken) {
        if (direct) {
            escape(sb, text);
            return;
        }
        sb.append("(?>").append(GAP).append(startsToken ? START : "");
        escape(sb, text);
        sb.append(')');
    }

    /**
     * Regex metacharacters backslash-escaped, other printable ASCII, letters and digits as they are, anything
     * else (control and format characters, symbols) as {@code \x{hex}}, which YAML and the reader both accept.
     */
    static void escape(StringBuilder sb, String text) {
        text.codePoints().forEach(cp -> {
            if (cp < 127 && META.indexOf(cp) >= 0) sb.append('\\').appendCodePoint(cp);
            else if (cp > ' ' && cp < 127 || Character.isLetterOrDigit(cp)) sb.appendCodePoint(cp);
            else sb.append("\\x{").append(Integer.toHexString(cp)).append('}');
        });
    }
}
