package io.fmscope.patterns;

/**
 * Decides the {@link TokenType} of one whitespace-free token core (punctuation around it already
 * stripped). Hand-written character scans instead of regular expressions: this runs for every token of
 * every line, and the miner's budget is about a microsecond per line.
 */
final class TokenClassifier {
    private static final String[] CALENDAR = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
        "Oct", "Nov", "Dec", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    private static final byte OTHER = 0, DIGIT = 1, HEX_LOWER = 2, LOWER = 3, HEX_UPPER = 4, UPPER = 5, DOT = 6,
        COLON = 7, DASH = 8, SLASH = 9, AT = 10;
    /** Character class of each ASCII character: one table load per character instead of a chain of tests. */
    private static final byte[] CLASS = new byte[128];

    static {
        for (char c = '0'; c <= '9'; c++) CLASS[c] = DIGIT;
        for (char c = 'a'; c <= 'z'; c++) CLASS[c] = c <= 'f' ? HEX_LOWER : LOWER;
        for (char c = 'A'; c <= 'Z'; c++) CLASS[c] = c <= 'F' ? HEX_UPPER : UPPER;
        CLASS['.'] = DOT;
        CLASS[':'] = COLON;
        CLASS['-'] = DASH;
        CLASS['/'] = SLASH;
        CLASS['\\'] = SLASH;
        CLASS['@'] = AT;
    }

    private TokenClassifier() {
    }

    static TokenType classify(CharSequence s, int from, int to) {
        int len = to - from;
        if (len <= 0) return TokenType.WORD;
        int digits = 0, letters = 0, hexLetters = 0, dots = 0, colons = 0, dashes = 0, slashes = 0, ats = 0, upper = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c < 128 ? CLASS[c] : OTHER) {
                case DIGIT -> digits++;
                case HEX_LOWER -> { letters++; hexLetters++; }
                case LOWER -> letters++;
                case HEX_UPPER -> { letters++; hexLetters++; upper++; }
                case UPPER -> { letters++; upper++; }
                case DOT -> dots++;
                case COLON -> colons++;
                case DASH -> dashes++;
                case SLASH -> slashes++;
                case AT -> ats++;
                default -> { }
            }
        }
        char first = s.charAt(from);
        if (slashes > 0 && colons > 0 && indexOf(s, from, to, "://") > 0) return TokenType.URL;
        if (colons >= 5 && len > 4 && startsWith(s, from, "arn:")) return TokenType.ARN;
        if (ats == 1 && dots > 0 && isEmail(s, from, to)) return TokenType.EMAIL;
        if (len == 36 && dashes == 4 && isUuid(s, from)) return TokenType.UUID;
        if (first == '/' && len > 1 || slashes >= 2 && digits + letters > 0 && isPathLike(s, from, to)) {
            return TokenType.PATH;
        }
        if (len > 2 && Character.isLetter(first) && s.charAt(from + 1) == ':' && s.charAt(from + 2) == '\\') {
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
        if (digits == 1 && letters >= 2 && letters + 1 == len && Character.isDigit(s.charAt(to - 1))) {
            return TokenType.WORD; // device and protocol names: eth0, ssh2, utf8
        }
        if (len > 2 && first == '0' && (s.charAt(from + 1) | 0x20) == 'x' && allHex(s, from + 2, to)) return TokenType.HEX;
        if (len >= 16 && upper == letters && letters > 0 && allAlnum(s, from, to)) return TokenType.REQUEST_ID;
        if (len >= 8 && hexLetters == letters && letters > 0 && allHex(s, from, to)) return TokenType.HEX;
        if ((dots >= 2 || dots == 1 && colons == 1) && isHost(s, from, to)) return TokenType.HOST;
        return TokenType.ID;
    }

    private static boolean isCalendarWord(CharSequence s, int from) {
        for (String w : CALENDAR) {
            if (s.charAt(from) == w.charAt(0) && s.charAt(from + 1) == w.charAt(1) && s.charAt(from + 2) == w.charAt(2)) {
                return true;
            }
        }
        return false;
    }

    static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
    }

    private static boolean allHex(CharSequence s, int from, int to) {
        if (from >= to) return false;
        for (int i = from; i < to; i++) if (!isHexDigit(s.charAt(i))) return false;
        return true;
    }

    private static boolean allAlnum(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z')) return false;
        }
        return true;
    }

    /** A MAC address, 5c:50:15:36:bc:03 or 5C-50-15-36-BC-03. */
    private static boolean isMac(CharSequence s, int from) {
        for (int i = 0; i < 17; i++) {
            char c = s.charAt(from + i);
            if (i % 3 == 2 ? c != ':' && c != '-' : !isHexDigit(c)) return false;
        }
        return true;
    }

    private static boolean isUuid(CharSequence s, int from) {
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(from + i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !isHexDigit(c)) return false;
        }
        return true;
    }

    /** Dotted quad with an optional {@code :port} or {@code /prefix}. */
    private static boolean isIpv4(CharSequence s, int from, int to) {
        int groups = 0, run = 0, i = from;
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run > 3) return false;
            } else if (c == '.' && run > 0 && groups < 3) {
                groups++;
                run = 0;
            } else break;
        }
        if (groups != 3 || run == 0) return false;
        if (i == to) return true;
        char sep = s.charAt(i);
        if (sep != ':' && sep != '/') return false;
        return isNumber(s, i + 1, to);
    }

    /** Colon-separated hex groups: either a {@code ::} or seven colons (MAC addresses have five). */
    private static boolean isIpv6(CharSequence s, int from, int to) {
        int colons = 0;
        boolean doubleColon = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ':') {
                colons++;
                if (i > from && s.charAt(i - 1) == ':') doubleColon = true;
            } else if (!isHexDigit(c) && c != '.' && c != '%') return false;
        }
        return doubleColon || colons == 7;
    }

    /** Digits separated by date/time punctuation, e.g. 12:30:45.123, 2024-01-02T03:04:05Z, 10/30/2023. */
    private static boolean isTime(CharSequence s, int from, int to) {
        if (!Character.isDigit(s.charAt(from))) return false;
        int colonRunsShort = 0;
        int run = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
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

    private static boolean isDate(CharSequence s, int from, int to) {
        int[] runs = new int[3];
        int n = 0, run = 0;
        for (int i = from; i < to && n < 3; i++) {
            char c = s.charAt(i);
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
    static boolean isNumber(CharSequence s, int from, int to) {
        int i = from;
        if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) i++;
        int digits = 0;
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') digits++;
            else if ((c == '.' || c == ',') && i + 1 < to && Character.isDigit(s.charAt(i + 1)) && digits > 0) continue;
            else break;
        }
        if (digits == 0) return false;
        int unit = to - i;
        if (unit == 0) return true;
        if (unit == 1 && s.charAt(i) == '%') return true;
        if (unit > 3) return false;
        for (; i < to; i++) if (!Character.isLetter(s.charAt(i))) return false;
        return true;
    }

    private static boolean isEmail(CharSequence s, int from, int to) {
        int at = indexOf(s, from, to, "@");
        return at > from && indexOf(s, at, to, ".") > at + 1 && s.charAt(to - 1) != '.';
    }

    private static boolean isHost(CharSequence s, int from, int to) {
        int seg = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (seg == 0) return false;
                seg = 0;
            } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_') seg++;
            else if (c == ':' && seg > 0 && isNumber(s, i + 1, to)) return true;
            else return false;
        }
        return seg > 0;
    }

    private static boolean isPathLike(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '(' || c == ')' || c == '=' || c == ',') return false;
        }
        return true;
    }

    private static boolean startsWith(CharSequence s, int from, String prefix) {
        if (s.length() - from < prefix.length()) return false;
        for (int i = 0; i < prefix.length(); i++) if (s.charAt(from + i) != prefix.charAt(i)) return false;
        return true;
    }

    static int indexOf(CharSequence s, int from, int to, String needle) {
        outer:
        for (int i = from; i <= to - needle.length(); i++) {
            for (int j = 0; j < needle.length(); j++) if (s.charAt(i + j) != needle.charAt(j)) continue outer;
            return i;
        }
        return -1;
    }
}
