package io.fmscope.patterns;

import java.util.Arrays;

/**
 * Splits a line into whitespace tokens and masks the variable part of each, into reusable buffers so
 * that the common path allocates nothing. A token keeps its surrounding punctuation and a {@code key=}
 * or {@code key:} prefix as constant text: {@code (uid=509)} masks to {@code (uid=<NUM>)}. A quoted
 * phrase with spaces ({@code "GET /v2/x HTTP/1.1"}) is left to the clustering: its words often tell
 * templates apart (GET versus POST). Not thread-safe: one per miner.
 *
 * <p>The line is copied once into a char buffer and every scan reads the buffer: {@code String.charAt}
 * pays a coder test and a bounds check per character, which profiling showed to be a quarter of the time.
 */
final class LineMasker {
    private static final int MAX_QUOTE_CHARS = 256;
    /** A buffer grown past this for one long line is dropped afterwards, so one 1 MB line is not kept. */
    private static final int KEPT_BUFFER_CHARS = 1 << 16;
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
    /** The characters of the line last masked, in {@code [0, length)}. */
    char[] chars = new char[256];
    int length;
    private final MaskedKey key = new MaskedKey();

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
        int n = line.length();
        if (chars.length < n || chars.length > KEPT_BUFFER_CHARS && n <= KEPT_BUFFER_CHARS) {
            chars = new char[Math.max(n, 256)];
        }
        line.getChars(0, n, chars, 0);
        length = n;
        final char[] c = chars;
        count = 0;
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(c[i])) i++;
            if (i >= n) break;
            int s = i;
            if (count == maxTokens - 1) { // cap reached: the rest of the line is one variable token
                int e = trimEnd(c, n);
                put(s, e, s, e, TokenType.ANY);
                break;
            }
            boolean glue = false;
            while (true) {
                boolean quote = false;
                while (i < n && !isSpace(c[i]) && !isInnerSeparator(c, i, n)) quote |= c[i++] == '"';
                if (i < n && !isSpace(c[i])) i++; // keep the separator on the left token
                if (quote) i = extendQuote(c, s, i, n);
                classify(line, c, s, i);
                glued[count - 1] = glue;
                foldUnit(c);
                if (i >= n || isSpace(c[i]) || count == maxTokens - 1) break;
                s = i;
                glue = true;
            }
        }
        return count;
    }

    /** An inner comma or semicolon followed by more text splits a token: {@code a=1,b=2} is two tokens. */
    private static boolean isInnerSeparator(char[] c, int i, int n) {
        char ch = c[i];
        return (ch == ',' || ch == ';') && i + 1 < n && !isSpace(c[i + 1]);
    }

    /**
     * A unit after a number belongs to it ({@code 1.2 KB}, {@code <1 sec}), so that an optional
     * {@code (1.2 KB)} does not add a constant word to the template.
     */
    private void foldUnit(char[] c) {
        int t = count - 1;
        if (t == 0 || glued[t] || type[t] != TokenType.WORD || type[t - 1] != TokenType.NUM) return;
        if (varEnd[t - 1] != end[t - 1]) return;
        int cs = start[t], ce = end[t];
        while (ce > cs && isTrailingPunct(c[ce - 1])) ce--;
        if (!isUnit(c, cs, ce)) return;
        varEnd[t - 1] = ce;
        end[t - 1] = end[t];
        count--;
    }

    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB", "KiB", "MiB", "GiB", "TiB", "kB",
        "ms", "us", "ns", "s", "sec", "secs", "second", "seconds", "min", "mins", "minutes", "h", "hours"};

    private static boolean isUnit(char[] c, int cs, int ce) {
        int len = ce - cs;
        outer:
        for (String u : UNITS) {
            if (u.length() != len) continue;
            for (int k = 0; k < len; k++) if (c[cs + k] != u.charAt(k)) continue outer;
            return true;
        }
        return false;
    }

    /**
     * The masked line: masked tokens joined by single spaces, with its hash. Valid until the next
     * {@link #mask}; the argument is the line last masked.
     */
    MaskedKey key(String line) {
        return key.build(this);
    }

    TokenType[] types() {
        return Arrays.copyOf(type, count);
    }

    private void classify(String line, char[] c, int s, int e) {
        if (e - s > maxTokenChars) {
            put(s, e, s, e, TokenType.ID);
            return;
        }
        int cs = s, ce = e;
        while (ce > cs && isTrailingPunct(c[ce - 1]) && !isQuote(c[ce - 1])) ce--;
        if (isQuote(c[cs]) && ce - cs >= 2 && c[ce - 1] == c[cs]) {
            put(s, e, cs, ce, TokenType.QUOTED);
            return;
        }
        int quotedEnd = ce;
        while (ce > cs && isTrailingPunct(c[ce - 1])) ce--;
        while (cs < ce && isLeadingPunct(c[cs])) cs++;
        if (cs >= ce) { // only punctuation: "()" and "[]" are empty values, anything else a word
            boolean empty = e - s == 2 && isPair(c[s], c[s + 1]);
            put(s, e, s + (e - s) / 2, s + (e - s) / 2, empty ? TokenType.ANY : TokenType.WORD);
            return;
        }
        TokenType whole = TokenClassifier.classify(c, cs, ce);
        if (whole != TokenType.WORD && whole != TokenType.ID) {
            put(s, e, cs, ce, whole);
            return;
        }
        int sep = keySeparator(c, cs, ce);
        if (sep > 0 && isQuote(c[sep + 1]) && quotedEnd - sep > 2
            && c[quotedEnd - 1] == c[sep + 1]) { // key="quoted value"
            put(s, e, sep + 1, quotedEnd, TokenType.QUOTED);
            return;
        }
        int vs = sep < 0 ? cs : sep + 1;
        while (vs < ce && isLeadingPunct(c[vs])) vs++;
        TokenType t = sep < 0 ? whole : TokenClassifier.classify(c, vs, ce);
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
    private static int keySeparator(char[] c, int cs, int ce) {
        char first = c[cs];
        if (first < 128 ? (first | 0x20) < 'a' || (first | 0x20) > 'z' : !Character.isLetter(first)) return -1;
        int lastDot = -1;
        for (int i = cs + 1; i < ce - 1; i++) {
            char ch = c[i];
            byte k = ch < 128 ? KEY_CLASS[ch] : Character.isLetterOrDigit(ch) ? KEY_WORD : KEY_OTHER;
            if (k == KEY_WORD) continue;
            if (k == KEY_SEPARATOR) return i;
            if (k == KEY_COLON) return c[i + 1] == ':' ? -1 : i;
            if (k == KEY_DOT) lastDot = i;
            else return -1;
        }
        if (lastDot < 0) return -1;
        for (int i = lastDot + 1; i < ce; i++) if (!Character.isDigit(c[i])) return -1;
        return lastDot;
    }

    private static final byte KEY_OTHER = 0, KEY_WORD = 1, KEY_SEPARATOR = 2, KEY_COLON = 3, KEY_DOT = 4;
    /** What an ASCII character is inside a {@code key=value} token; a table instead of five tests per character. */
    private static final byte[] KEY_CLASS = new byte[128];

    static {
        for (char ch = 0; ch < 128; ch++) if (Character.isLetterOrDigit(ch) || ch == '_' || ch == '-') KEY_CLASS[ch] = KEY_WORD;
        for (char ch : "=([@#".toCharArray()) KEY_CLASS[ch] = KEY_SEPARATOR;
        KEY_CLASS[':'] = KEY_COLON;
        KEY_CLASS['.'] = KEY_DOT;
    }

    /** A {@code key="quoted value"} whose quote spans several tokens becomes one token. */
    private static int extendQuote(char[] c, int s, int e, int n) {
        int open = -1;
        for (int i = s; i < e; i++) {
            if (c[i] == '"') {
                if (open >= 0) return e;
                open = i;
            }
        }
        if (open <= s || c[open - 1] != '=') return e;
        int limit = Math.min(n, e + MAX_QUOTE_CHARS);
        for (int i = e; i < limit; i++) {
            if (c[i] == '"') {
                int j = i + 1;
                while (j < n && !isSpace(c[j]) && !isInnerSeparator(c, j, n)) j++;
                return j < n && isInnerSeparator(c, j, n) ? j + 1 : j;
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

    private static int trimEnd(char[] c, int n) {
        while (n > 0 && isSpace(c[n - 1])) n--;
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
