package io.fmscope.query.mining;

import io.fmscope.patterns.PatternToken;
import io.fmscope.patterns.Template;
import io.fmscope.patterns.TokenType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Texts derived from a template: {@code @PatternId} and {@code @regexString}. A constant is matched literally
 * (ASCII punctuation escaped, blanks as {@code \s+}); a variable is {@code \S+}, or {@code .+?} for the types
 * whose value may hold blanks (a number with its unit such as {@code 1.2 KB}, a quoted value, the rest of an
 * over-long line). The same construction, anchored and with groups, extracts a line's variable values
 * ({@link TokenExtractor}).
 */
public final class PatternText {
    static final String HOLE = "<*>";

    private PatternText() {}

    /** The first 16 hex digits of the SHA-256 of the pattern text: the same pattern has the same id in any query. */
    public static String id(String pattern) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(pattern.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** A regex that finds the pattern's lines, usable in {@code filter @message like /.../}. */
    public static String regex(Template template) {
        return build(template, false);
    }

    /** {@code capture}: anchored, each variable a group (for extraction); else a plain search regex. */
    static String build(Template template, boolean capture) {
        StringBuilder re = new StringBuilder(capture ? "^\\s*" : "");
        boolean first = true;
        for (PatternToken t : template.tokens()) {
            if (!first && !t.glued()) re.append("\\s+");
            first = false;
            if (!t.dynamic()) {
                literal(t.text(), re);
                continue;
            }
            int hole = t.text().indexOf(HOLE);
            String prefix = hole < 0 ? "" : t.text().substring(0, hole);
            String suffix = hole < 0 ? "" : t.text().substring(hole + HOLE.length());
            literal(prefix, re);
            String value = spaced(t.type()) ? ".+?" : "\\S+?";
            re.append(capture ? "(" + value + ")" : value);
            literal(suffix, re);
        }
        return capture ? re.append("\\s*$").toString() : re.toString();
    }

    /** Types whose value may contain blanks. */
    static boolean spaced(TokenType type) {
        return type == TokenType.NUM || type == TokenType.QUOTED || type == TokenType.ANY;
    }

    private static void literal(String text, StringBuilder re) {
        boolean blank = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch)) {
                if (!blank) re.append("\\s+");
                blank = true;
                continue;
            }
            blank = false;
            if (ch < 128 && !Character.isLetterOrDigit(ch)) re.append('\\');
            re.append(ch);
        }
    }
}
