package io.fmscope.server.filter;

import java.util.ArrayList;
import java.util.List;

/**
 * Terms: every plain or quoted term must occur, no {@code -term} may occur, and when {@code ?term}s are
 * given at least one of them must occur. Matching is case-sensitive. A term matches as a whole word: its
 * alphanumeric ends may not touch other alphanumerics ({@code ERROR} matches {@code [ERROR]} but not
 * {@code ERRORS}); a quoted phrase is matched the same way. A phrase of spaces only ({@code " "}) matches
 * everything, as documented.
 */
public record TermPattern(List<String> required, List<String> optional, List<String> excluded) implements FilterPattern {

    static TermPattern parse(String text) {
        List<String> req = new ArrayList<>();
        List<String> opt = new ArrayList<>();
        List<String> exc = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            List<String> into = req;
            if ((c == '?' || c == '-') && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
                into = c == '?' ? opt : exc;
                i++;
            }
            String term;
            if (text.charAt(i) == '"') {
                int close = text.indexOf('"', i + 1);
                if (close < 0) {
                    throw new IllegalArgumentException("unterminated quoted term at " + i);
                }
                term = text.substring(i + 1, close);
                i = close + 1;
            } else {
                int s = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                term = text.substring(s, i);
            }
            if (!term.isBlank()) {
                into.add(term);
            }
        }
        return new TermPattern(List.copyOf(req), List.copyOf(opt), List.copyOf(exc));
    }

    @Override public boolean matches(String message) {
        for (String t : required) {
            if (!occurs(message, t)) {
                return false;
            }
        }
        for (String t : excluded) {
            if (occurs(message, t)) {
                return false;
            }
        }
        return optional.isEmpty() || optional.stream().anyMatch(t -> occurs(message, t));
    }

    static boolean occurs(String message, String term) {
        for (int at = message.indexOf(term); at >= 0; at = message.indexOf(term, at + 1)) {
            boolean leftOk = at == 0 || !word(term.charAt(0)) || !word(message.charAt(at - 1));
            int after = at + term.length();
            boolean rightOk = after == message.length() || !word(term.charAt(term.length() - 1))
                    || !word(message.charAt(after));
            if (leftOk && rightOk) {
                return true;
            }
        }
        return false;
    }

    private static boolean word(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
