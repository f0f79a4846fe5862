package io.fmscope.query.value;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Allocation-free reading of the common ISO-8601 shape {@code yyyy-MM-dd[T| ]HH:mm[:ss[(.|,)fraction]][Z|±HH[:MM]]},
 * about 20 times faster than java.time's parser; file readers and comparisons meet it once per event. Anything
 * else is {@link #UNKNOWN} and goes to the general parser, which must give the same results (property-tested).
 */
final class IsoFast {
    static final long UNKNOWN = Long.MIN_VALUE + 7;

    private IsoFast() {
    }

    static long parse(String s) {
        int n = s.length();
        if (n < 16 || n > 40 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(13) != ':'
                || (s.charAt(10) != 'T' && s.charAt(10) != ' ' && s.charAt(10) != 't')) {
            return UNKNOWN;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        if ((year | month | day | hour | minute) < 0 || hour > 23 || minute > 59) {
            return UNKNOWN;
        }
        int i = 16;
        int second = 0;
        int millis = 0;
        if (i < n && s.charAt(i) == ':') {
            second = digits(s, 17, 2);
            if (second < 0 || second > 59) {
                return UNKNOWN;
            }
            i = 19;
            if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
                int start = ++i;
                while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    if (i - start < 3) {
                        millis = millis * 10 + (s.charAt(i) - '0');
                    }
                    i++;
                }
                int len = i - start;
                if (len == 0 || len > 9) {
                    return UNKNOWN;
                }
                for (int k = len; k < 3; k++) {
                    millis *= 10;
                }
            }
        }
        int offsetSeconds = offset(s, i);
        if (offsetSeconds == Integer.MIN_VALUE) {
            return UNKNOWN;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return UNKNOWN;
        }
        long secs = epochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return secs * 1000L + millis;
    }

    /** Offset seconds of the zone suffix starting at {@code i} (none = UTC), or MIN_VALUE if unrecognised. */
    private static int offset(String s, int i) {
        int n = s.length();
        if (i == n) {
            return 0;
        }
        char c = s.charAt(i);
        if ((c == 'Z' || c == 'z') && i + 1 == n) {
            return 0;
        }
        if (c != '+' && c != '-') {
            return Integer.MIN_VALUE;
        }
        int hh = digits(s, i + 1, 2);
        int mm;
        int rest = n - (i + 3);
        if (rest == 0) {
            mm = 0;
        } else if (rest == 3 && s.charAt(i + 3) == ':') {
            mm = digits(s, i + 4, 2);
        } else if (rest == 2) {
            mm = digits(s, i + 3, 2);
        } else {
            return Integer.MIN_VALUE;
        }
        if (hh < 0 || mm < 0 || hh > 18 || mm > 59) {
            return Integer.MIN_VALUE;
        }
        int total = hh * 3600 + mm * 60;
        if (total > 18 * 3600) {
            return Integer.MIN_VALUE;
        }
        return c == '-' ? -total : total;
    }

    private static int digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
