package io.fmscope.patterns;

/**
 * Decides the {@link TokenType} of one whitespace-free token core (punctuation around it already
 * stripped). Hand-written character scans instead of regular expressions: this runs for every token of
 * every line, and the miner's budget is about a microsecond per line.
 */
final class TokenClassifier {
    private static final String[] CALENDAR = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
        "Oct", "Nov", "Dec", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    /*
     * Nine character counts packed into one long, seven bits each, so that counting a character is one table
     * load and one addition with no branch. Seven bits hold 127, so tokens up to 127 characters are counted
     * packed and longer ones with the per-field fallback below.
     */
    private static final int DIGITS = 0, LETTERS = 7, HEX_LETTERS = 14, DOTS = 21, COLONS = 28, DASHES = 35,
        SLASHES = 42, ATS = 49, UPPER = 56;
    private static final int MAX_PACKED = 127;
    /** Per ASCII character, the counts it adds (e.g. 'A' adds one letter, one hex letter, one upper). */
    private static final long[] COUNTS = new long[128];

    static {
        for (char c = '0'; c <= '9'; c++) COUNTS[c] = 1L << DIGITS;
        for (char c = 'a'; c <= 'z'; c++) COUNTS[c] = 1L << LETTERS | (c <= 'f' ? 1L << HEX_LETTERS : 0);
        for (char c = 'A'; c <= 'Z'; c++) COUNTS[c] = 1L << LETTERS | 1L << UPPER | (c <= 'F' ? 1L << HEX_LETTERS : 0);
        COUNTS['.'] = 1L << DOTS;
        COUNTS[':'] = 1L << COLONS;
        COUNTS['-'] = 1L << DASHES;
        COUNTS['/'] = 1L << SLASHES;
        COUNTS['\\'] = 1L << SLASHES;
        COUNTS['@'] = 1L << ATS;
    }

    private TokenClassifier() {
    }

    /** Same as {@link #classify(char[], int, int)} on a string (for tests and callers without a buffer). */
    static TokenType classify(CharSequence s, int from, int to) {
        char[] chars = new char[to];
        for (int i = from; i < to; i++) chars[i] = s.charAt(i);
        return classify(chars, from, to);
    }

    static TokenType classify(char[] s, int from, int to) {
        int len = to - from;
        if (len <= 0) return TokenType.WORD;
        if (len <= MAX_PACKED) {
            long packed = 0;
            for (int i = from; i < to; i++) {
                char c = s[i];
                if (c < 128) packed += COUNTS[c];
            }
            return classify(s, from, to, packed);
        }
        int digits = 0, letters = 0, hexLetters = 0, dots = 0, colons = 0, dashes = 0, slashes = 0, ats = 0, upper = 0;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c >= 128) continue;
            long k = COUNTS[c];
            digits += field(k, DIGITS);
            letters += field(k, LETTERS);
            hexLetters += field(k, HEX_LETTERS);
            dots += field(k, DOTS);
            colons += field(k, COLONS);
            dashes += field(k, DASHES);
            slashes += field(k, SLASHES);
            ats += field(k, ATS);
            upper += field(k, UPPER);
        }
        return decide(s, from, to, digits, letters, hexLetters, dots, colons, dashes, slashes, ats, upper);
    }

    private static int field(long packed, int shift) {
        return (int) (packed >>> shift) & MAX_PACKED;
    }

    private static TokenType classify(char[] s, int from, int to, long p) {
        return decide(s, from, to, field(p, DIGITS), field(p, LETTERS), field(p, HEX_LETTERS), field(p, DOTS),
            field(p, COLONS), field(p, DASHES), field(p, SLASHES), field(p, ATS), field(p, UPPER));
    }

    private static TokenType decide(char[] s, int from, int to, int digits, int letters, int hexLetters, int dots,
                                    int colons, int dashes, int slashes, int ats, int upper) {
        int len = to - from;
        char first = s[from];
        if (slashes > 0 && colons > 0 && indexOf(s, from, to, "://") > 0) return TokenType.URL;
        if (colons >= 5 && len > 4 && startsWith(s, from, to, "arn:")) return TokenType.ARN;
        if (ats == 1 && dots > 0 && isEmail(s, from, to)) return TokenType.EMAIL;
        if (len == 36 && dashes == 4 && isUuid(s, from)) return TokenType.UUID;
        if (first == '/' && len > 1 || slashes >= 2 && digits + letters > 0 && isPathLike(s, from, to)) {
            return TokenType.PATH;
        }
        if (len > 2 && Character.isLetter(first) && s[from + 1] == ':' && s[from + 2] == '\\') {
            return TokenType.PATH;
        }
        if (digits == 0) {
            if (colons >= 2 && indexOf(s, from, to, "::") >= 0 && hexLetters == letters && letters > 0) return TokenType.IP;
            if (len == 3 && isCalendarWord(s, from)) return TokenType.TIME;
            if (dots >= 2 && upper == 0 && isHost(s, from, to)) return TokenType.HOST;
            if (len >= 8 && hexLetters == len) return TokenType.HEX; // ffffffff
            return TokenType.WORD;
        }
        if (dots == 3 && letters == 0 && isIpv4(s, from, to)) return TokenType.IP;
        if (colons >= 2 && isIpv6(s, from, to)) return TokenType.IP;
        if (len == 17 && (colons == 5 || dashes == 5) && isMac(s, from)) return TokenType.HEX;
        if (letters <= 2 && (colons > 0 || dashes >= 2 || slashes >= 2) && isTime(s, from, to)) return TokenType.TIME;
        if (isNumber(s, from, to)) return TokenType.NUM;
        if (digits == 1 && letters >= 2 && letters + 1 == len && Character.isDigit(s[to - 1])) {
            return TokenType.WORD; // device and protocol names: eth0, ssh2, utf8
        }
        if (len > 2 && first == '0' && (s[from + 1] | 0x20) == 'x' && allHex(s, from + 2, to)) return TokenType.HEX;
        if (len >= 16 && upper == letters && letters > 0 && allAlnum(s, from, to)) return TokenType.REQUEST_ID;
        if (len >= 8 && hexLetters == letters && letters > 0 && allHex(s, from, to)) return TokenType.HEX;
        if ((dots >= 2 || dots == 1 && colons == 1) && isHost(s, from, to)) return TokenType.HOST;
        return TokenType.ID;
    }

    private static boolean isCalendarWord(char[] s, int from) {
        for (String w : CALENDAR) {
            if (s[from] == w.charAt(0) && s[from + 1] == w.charAt(1) && s[from + 2] == w.charAt(2)) {
                return true;
            }
        }
        return false;
    }

    static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
    }

    private static boolean allHex(char[] s, int from, int to) {
        if (from >= to) return false;
        for (int i = from; i < to; i++) if (!isHexDigit(s[i])) return false;
        return true;
    }

    private static boolean allAlnum(char[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z')) return false;
        }
        return true;
    }

    /** A MAC address, 5c:50:15:36:bc:03 or 5C-50-15-36-BC-03. */
    private static boolean isMac(char[] s, int from) {
        for (int i = 0; i < 17; i++) {
            char c = s[from + i];
            if (i % 3 == 2 ? c != ':' && c != '-' : !isHexDigit(c)) return false;
        }
        return true;
    }

    private static boolean isUuid(char[] s, int from) {
        for (int i = 0; i < 36; i++) {
            char c = s[from + i];
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !isHexDigit(c)) return false;
        }
        return true;
    }

    /** Dotted quad with an optional {@code :port} or {@code /prefix}. */
    private static boolean isIpv4(char[] s, int from, int to) {
        int groups = 0, run = 0, i = from;
        for (; i < to; i++) {
            char c = s[i];
            if (c >= '0' && c <= '9') {
                if (++run > 3) return false;
            } else if (c == '.' && run > 0 && groups < 3) {
                groups++;
                run = 0;
            } else break;
        }
        if (groups != 3 || run == 0) return false;
        if (i == to) return true;
        char sep = s[i];
        if (sep != ':' && sep != '/') return false;
        return isNumber(s, i + 1, to);
    }

    /** Colon-separated hex groups: either a {@code ::} or seven colons (MAC addresses have five). */
    private static boolean isIpv6(char[] s, int from, int to) {
        int colons = 0;
        boolean doubleColon = false;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c == ':') {
                colons++;
                if (i > from && s[i - 1] == ':') doubleColon = true;
            } else if (!isHexDigit(c) && c != '.' && c != '%') return false;
        }
        return doubleColon || colons == 7;
    }

    /** Digits separated by date/time punctuation, e.g. 12:30:45.123, 2024-01-02T03:04:05Z, 10/30/2023. */
    private static boolean isTime(char[] s, int from, int to) {
        if (!Character.isDigit(s[from])) return false;
        int colonRunsShort = 0;
        int run = 0;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c >= '0' && c <= '9') {
                run++;
                continue;
            }
            if (c == ':' && run > 0 && run <= 2) colonRunsShort++;
            if (":-/.,+TZ".indexOf(c) < 0) return false;
            run = 0;
        }
        return colonRunsShort > 0 || isDate(s, from, to);
    }

    private static boolean isDate(char[] s, int from, int to) {
        int[] runs = new int[3];
        int n = 0, run = 0;
        for (int i = from; i < to && n < 3; i++) {
            char c = s[i];
            if (c >= '0' && c <= '9') run++;
            else {
                if (c != '-' && c != '/') break;
                runs[n++] = run;
                run = 0;
            }
        }
        return n == 2 && (runs[0] == 4 || runs[0] <= 2) && runs[1] >= 1 && runs[1] <= 2;
    }

    /** Signed integer or decimal, thousands separators allowed, with an optional short unit (10ms, 1.5KB, 99%). */
    static boolean isNumber(char[] s, int from, int to) {
        int i = from;
        if (i < to && (s[i] == '-' || s[i] == '+')) i++;
        int digits = 0;
        for (; i < to; i++) {
            char c = s[i];
            if (c >= '0' && c <= '9') digits++;
            else if ((c == '.' || c == ',') && i + 1 < to && Character.isDigit(s[i + 1]) && digits > 0) continue;
            else break;
        }
        if (digits == 0) return false;
        int unit = to - i;
        if (unit == 0) return true;
        if (unit == 1 && s[i] == '%') return true;
        if (unit > 3) return false;
        for (; i < to; i++) if (!Character.isLetter(s[i])) return false;
        return true;
    }

    private static boolean isEmail(char[] s, int from, int to) {
        int at = indexOf(s, from, to, "@");
        return at > from && indexOf(s, at, to, ".") > at + 1 && s[to - 1] != '.';
    }

    private static boolean isHost(char[] s, int from, int to) {
        int seg = 0;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c == '.') {
                if (seg == 0) return false;
                seg = 0;
            } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_') seg++;
            else if (c == ':' && seg > 0 && isNumber(s, i + 1, to)) return true;
            else return false;
        }
        return seg > 0;
    }

    private static boolean isPathLike(char[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c == '(' || c == ')' || c == '=' || c == ',') return false;
        }
        return true;
    }

    private static boolean startsWith(char[] s, int from, int to, String prefix) {
        if (to - from < prefix.length()) return false;
        for (int i = 0; i < prefix.length(); i++) if (s[from + i] != prefix.charAt(i)) return false;
        return true;
    }

    static int indexOf(char[] s, int from, int to, String needle) {
        outer:
        for (int i = from; i <= to - needle.length(); i++) {
            for (int j = 0; j < needle.length(); j++) if (s[i + j] != needle.charAt(j)) continue outer;
            return i;
        }
        return -1;
    }
}
