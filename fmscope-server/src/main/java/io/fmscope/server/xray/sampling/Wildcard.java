package io.fmscope.server.xray.sampling;

import java.util.Locale;

/** X-Ray's rule patterns: {@code *} any run, {@code ?} one character, case-insensitive. */
final class Wildcard {
    private Wildcard() {
    }

    /** A null pattern or a null value matches (a request attribute the rule does not constrain). */
    static boolean matches(String pattern, String value) {
        if (pattern == null || value == null || pattern.equals("*")) {
            return true;
        }
        String p = pattern.toLowerCase(Locale.ROOT);
        String v = value.toLowerCase(Locale.ROOT);
        int pi = 0;
        int vi = 0;
        int star = -1;
        int mark = 0;
        while (vi < v.length()) {
            if (pi < p.length() && (p.charAt(pi) == '?' || p.charAt(pi) == v.charAt(vi))) {
                pi++;
                vi++;
            } else if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                mark = vi;
            } else if (star >= 0) {
                pi = star + 1;
                vi = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }
}
