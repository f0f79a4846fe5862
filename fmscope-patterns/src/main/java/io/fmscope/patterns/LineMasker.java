package io.fmscope.patterns;

import java.util.Arrays;

/**
 * Splits a line into whitespace tokens and masks the variable part of each, into reusable buffers so
 * that the common path allocates nothing. A token keeps its surrounding punctuation and a {@code key=}
 * or {@code key:} prefix as constant text: {@code (uid=509)} masks to {@code (uid=<NUM>)}. A quoted
 * phrase with spaces ({@code "GET /v2/x HTTP/1.1"}) is left to the clustering: its words often tell
 * templates apart (GET versus POST). Not thread-safe: one per miner.
 */
final class LineMasker {
    private static final int MAX_QUOTE_CHARS = 256;
    private final int maxTokens;
    private final int maxTokenChars;
    final int[] start;
    final int[] end;
    final int[] varStart;
    final int[] varEnd;
    final TokenType[] type;
    /** True when no whitespace separates token t from token t-1 (split at an inner comma or semicolon). */
    final boolean[] glued;
    int count;
    private final StringBuilder key = new StringBuilder(256);

    LineMasker(int maxTokens, int maxTokenChars) {
        this.maxTokens = maxTokens;
        this.maxTokenChars = maxTokenChars;
        start = new int[maxTokens];
        end = new int[maxTokens];
        varStart = new int[maxTokens];
        varEnd = new int[maxTokens];
        type = new TokenType[maxTokens];
        glued = new boolean[maxTokens];
    }

    /** Tokenises and masks {@code line}; returns the number of tokens. */
    int mask(String line) {
        count = 0;
        int n = line.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(line.charAt(i))) i++;
            if (i >= n) break;
            int s = i;
            if (count == maxTokens - 1) { // cap reached: the rest of the line is one variable token
                int e = trimEnd(line, n);
                put(s, e, s, e, TokenType.ANY);
                break;
            }
            boolean glue = false;
            while (true) {
                while (i < n && !isSpace(line.charAt(i)) && !isInnerSeparator(line, i, n)) i++;
                if (i < n && !isSpace(line.charAt(i))) i++; // keep the separator on the left token
                i = extendQuote(line, s, i, n);
                classify(line, s, i);
                glued[count - 1] = glue;
                foldUnit(line);
                if (i >= n || isSpace(line.charAt(i)) || count == maxTokens - 1) break;
                s = i;
                glue = true;
            }
        }
        return count;
    }

    /** An inner comma or semicolon followed by more text splits a token: {@code a=1,b=2} is two tokens. */
    private static boolean isInnerSeparator(String line, int i, int n) {
        char c = line.charAt(i);
        return (c == ',' || c == ';') && i + 1 < n && !isSpace(line.charAt(i + 1));
    }

    /**
     * A unit after a number belongs to it ({@code 1.2 KB}, {@code <1 sec}), so that an optional
     * {@code (1.2 KB)} does not add a constant word to the template.
     */
    private void foldUnit(String line) {
        int t = count - 1;
        if (t == 0 || glued[t] || type[t] != TokenType.WORD || type[t - 1] != TokenType.NUM) return;
        if (varEnd[t - 1] != end[t - 1]) return;
        int cs = start[t], ce = end[t];
        while (ce > cs && isTrailingPunct(line.charAt(ce - 1))) ce--;
        if (!isUnit(line, cs, ce)) return;
        varEnd[t - 1] = ce;
        end[t - 1] = end[t];
        count--;
    }

    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB", "KiB", "MiB", "GiB", "TiB", "kB",
        "ms", "us", "ns", "s", "sec", "secs", "second", "seconds", "min", "mins", "minutes", "h", "hours"};

    private static boolean isUnit(String line, int cs, int ce) {
        int len = ce - cs;
        for (String u : UNITS) if (u.length() == len && line.startsWith(u, cs)) return true;
        return false;
    }

    /** The masked line: masked tokens joined by single spaces. Valid until the next {@link #mask}. */
    CharSequence key(String line) {
        key.setLength(0);
        for (int t = 0; t < count; t++) {
            if (t > 0 && !glued[t]) key.append(' ');
            appendMasked(key, line, t);
        }
        return key;
    }

    void appendMasked(StringBuilder out, String line, int t) {
        if (type[t] == TokenType.WORD) {
            out.append(line, start[t], end[t]);
        } else {
            out.append(line, start[t], varStart[t]).append(type[t].mask()).append(line, varEnd[t], end[t]);
        }
    }

    String masked(String line, int t) {
        if (type[t] == TokenType.WORD) return line.substring(start[t], end[t]);
        StringBuilder sb = new StringBuilder(end[t] - start[t] + 8);
        appendMasked(sb, line, t);
        return sb.toString();
    }

    TokenType[] types() {
        return Arrays.copyOf(type, count);
    }

    private void classify(String line, int s, int e) {
        if (e - s > maxTokenChars) {
            put(s, e, s, e, TokenType.ID);
            return;
        }
        int cs = s, ce = e;
        while (ce > cs && isTrailingPunct(line.charAt(ce - 1)) && !isQuote(line.charAt(ce - 1))) ce--;
        if (isQuote(line.charAt(cs)) && ce - cs >= 2 && line.charAt(ce - 1) == line.charAt(cs)) {
            put(s, e, cs, ce, TokenType.QUOTED);
            return;
        }
        int quotedEnd = ce;
        while (ce > cs && isTrailingPunct(line.charAt(ce - 1))) ce--;
        while (cs < ce && isLeadingPunct(line.charAt(cs))) cs++;
        if (cs >= ce) { // only punctuation: "()" and "[]" are empty values, anything else a word
            boolean empty = e - s == 2 && isPair(line.charAt(s), line.charAt(s + 1));
            put(s, e, s + (e - s) / 2, s + (e - s) / 2, empty ? TokenType.ANY : TokenType.WORD);
            return;
        }
        TokenType whole = TokenClassifier.classify(line, cs, ce);
        if (whole != TokenType.WORD && whole != TokenType.ID) {
            put(s, e, cs, ce, whole);
            return;
        }
        int sep = keySeparator(line, cs, ce);
        if (sep > 0 && isQuote(line.charAt(sep + 1)) && quotedEnd - sep > 2
            && line.charAt(quotedEnd - 1) == line.charAt(sep + 1)) { // key="quoted value"
            put(s, e, sep + 1, quotedEnd, TokenType.QUOTED);
            return;
        }
        int vs = sep < 0 ? cs : sep + 1;
        while (vs < ce && isLeadingPunct(line.charAt(vs))) vs++;
        TokenType t = sep < 0 ? whole : TokenClassifier.classify(line, vs, ce);
        if (t == TokenType.WORD && count > 0 && sep < 0 && isUserKeyword(line, count - 1)) t = TokenType.USER;
        put(s, e, vs, ce, t);
    }

    /** The token after a bare {@code user} word is a user name ("for user cyrus", "Invalid user admin"). */
    private boolean isUserKeyword(String line, int t) {
        return type[t] == TokenType.WORD && end[t] - start[t] == 4 && line.regionMatches(true, start[t], "user", 0, 4);
    }

    private static boolean isPair(char a, char b) {
        return a == '(' && b == ')' || a == '[' && b == ']' || a == '{' && b == '}' || a == '"' && b == '"'
            || a == '\'' && b == '\'';
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    /**
     * Where a {@code key} made of word characters ends and its value starts: at the first of
     * {@code = : ( [ @ #}, or at a last {@code .} followed only by digits ({@code core.2275}); else -1.
     */
    private static int keySeparator(String line, int cs, int ce) {
        if (!Character.isLetter(line.charAt(cs))) return -1;
        int lastDot = -1;
        for (int i = cs + 1; i < ce - 1; i++) {
            char c = line.charAt(i);
            if (c == '=' || c == '(' || c == '[' || c == '@' || c == '#') return i;
            if (c == ':') return line.charAt(i + 1) == ':' ? -1 : i;
            if (c == '.') lastDot = i;
            else if (!Character.isLetterOrDigit(c) && c != '_' && c != '-') return -1;
        }
        if (lastDot < 0) return -1;
        for (int i = lastDot + 1; i < ce; i++) if (!Character.isDigit(line.charAt(i))) return -1;
        return lastDot;
    }

    /** A {@code key="quoted value"} whose quote spans several tokens becomes one token. */
    private static int extendQuote(String line, int s, int e, int n) {
        int open = -1;
        for (int i = s; i < e; i++) {
            if (line.charAt(i) == '"') {
                if (open >= 0) return e;
                open = i;
            }
        }
        if (open <= s || line.charAt(open - 1) != '=') return e;
        int limit = Math.min(n, e + MAX_QUOTE_CHARS);
        for (int i = e; i < limit; i++) {
            if (line.charAt(i) == '"') {
                int j = i + 1;
                while (j < n && !isSpace(line.charAt(j)) && !isInnerSeparator(line, j, n)) j++;
                return j < n && isInnerSeparator(line, j, n) ? j + 1 : j;
            }
        }
        return e;
    }

    private void put(int s, int e, int vs, int ve, TokenType t) {
        start[count] = s;
        end[count] = e;
        varStart[count] = vs;
        varEnd[count] = ve;
        type[count] = t;
        count++;
    }

    private static int trimEnd(String line, int n) {
        while (n > 0 && isSpace(line.charAt(n - 1))) n--;
        return n;
    }

    static boolean isSpace(char c) {
        return c <= ' ';
    }

    private static boolean isLeadingPunct(char c) {
        return c == '(' || c == '[' || c == '{' || c == '<' || c == '"' || c == '\'' || c == '#';
    }

    private static boolean isTrailingPunct(char c) {
        return c == ',' || c == ';' || c == ':' || c == '.' || c == ')' || c == ']' || c == '}' || c == '>'
            || c == '"' || c == '\'' || c == '!' || c == '?';
    }
}
