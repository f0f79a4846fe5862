package io.fmscope.errors.catalog;

import java.util.ArrayDeque;
import java.util.regex.Pattern;

/**
 * How catalog regexes are compiled and which ones are refused.
 *
 * <p>Regexes match case-insensitively, like the seed's {@code re.IGNORECASE}, with one exception: a regex
 * that is a single upper-case token ({@code MOVED}, {@code CLUSTERDOWN}) denotes a protocol error code and
 * matches case-sensitively as a whole word, so {@code MOVED} matches Redis's {@code MOVED 3999 ...} reply but
 * not "Item removed from cart". Regexes with a quantified group that itself contains an unbounded quantifier
 * ({@code (a+)+}, {@code (\w+\s?)*}) are refused: they backtrack exponentially on near-miss input.
 */
public final class RegexRules {
    public static final int MAX_REGEX_LENGTH = 500;
    private static final Pattern CODE_TOKEN = Pattern.compile("[A-Z][A-Z0-9_]{2,}");

    private RegexRules() {}

    /** Compiles a catalog regex; throws {@link IllegalArgumentException} (or its subclass PatternSyntaxException). */
    public static Pattern compile(String regex) {
        if (regex.isBlank()) throw new IllegalArgumentException("regex is empty");
        if (regex.length() > MAX_REGEX_LENGTH)
            throw new IllegalArgumentException("regex longer than " + MAX_REGEX_LENGTH + " characters");
        String nested = nestedQuantifier(regex);
        if (nested != null)
            throw new IllegalArgumentException("nested quantifier '" + nested + "' can backtrack catastrophically");
        if (CODE_TOKEN.matcher(regex).matches()) return Pattern.compile("\\b" + regex + "\\b");
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The quantified group that contains an unbounded quantifier, or null when there is none. */
    static String nestedQuantifier(String regex) {
        var groupStarts = new ArrayDeque<int[]>(); // {start index, has unbounded quantifier inside}
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') { i++; continue; }
            if (inClass) { if (c == ']') inClass = false; continue; }
            switch (c) {
                case '[' -> { inClass = true; if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') i++; }
                case '(' -> groupStarts.push(new int[] {i, 0});
                case '*', '+' -> markUnbounded(groupStarts);
                case '{' -> { if (isOpenEnded(regex, i)) markUnbounded(groupStarts); }
                case ')' -> {
                    if (groupStarts.isEmpty()) continue;
                    int[] group = groupStarts.pop();
                    boolean quantified = i + 1 < regex.length() && "*+{".indexOf(regex.charAt(i + 1)) >= 0;
                    if (group[1] == 1 && quantified) return regex.substring(group[0], Math.min(regex.length(), i + 2));
                    if (group[1] == 1) markUnbounded(groupStarts);
                }
                default -> { }
            }
        }
        return null;
    }

    private static void markUnbounded(ArrayDeque<int[]> groups) {
        if (!groups.isEmpty()) groups.peek()[1] = 1;
    }

    private static boolean isOpenEnded(String regex, int brace) {
        int close = regex.indexOf('}', brace);
        return close > 0 && regex.substring(brace, close).endsWith(",");
    }

    /**
     * Number of literal characters a regex requires; a longer literal match is more specific evidence and wins
     * ties between entries with equal confidence. Escaped punctuation counts, character classes do not.
     */
    public static int specificity(String regex) {
        int count = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (inClass) { if (c == '\\') i++; else if (c == ']') inClass = false; continue; }
            if (c == '\\') {
                if (i + 1 < regex.length() && !Character.isLetterOrDigit(regex.charAt(i + 1))) count++;
                i++;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '{') {
                int close = regex.indexOf('}', i);
                i = close < 0 ? i : close;
            } else if (c == '(' && i + 1 < regex.length() && regex.charAt(i + 1) == '?') {
                i++;
                while (i + 1 < regex.length() && "imsux-:=!<>".indexOf(regex.charAt(i + 1)) >= 0) i++;
            } else if (".*+?()|^$".indexOf(c) < 0) {
                count++;
            }
        }
        return count;
    }
}
