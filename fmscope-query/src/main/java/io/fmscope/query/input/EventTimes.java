package io.fmscope.query.input;

import io.fmscope.query.value.DoubleValue;
import io.fmscope.query.value.LongValue;
import io.fmscope.query.value.StringValue;
import io.fmscope.query.value.TimeText;
import io.fmscope.query.value.Value;

/**
 * Reads an event time from a field value. Numbers are epoch time in the unit their size implies: below 1e11
 * seconds (fractions kept to the ms), below 1e14 milliseconds, below 1e17 microseconds, else nanoseconds. Strings
 * are such numbers or ISO-8601 ({@code 2024-05-01T10:00:00.123+09:00}, {@code 2024-05-01 10:00:00,123}, no zone =
 * UTC).
 */
public final class EventTimes {
    private EventTimes() {
    }

    /** Epoch ms, or {@link TimeText#NO_TIME}. */
    public static long toMillis(Value v) {
        return switch (v) {
            case LongValue l -> fromLong(l.value());
            case DoubleValue d -> fromDouble(d.value());
            case StringValue s -> fromText(s);
            default -> TimeText.NO_TIME;
        };
    }

    private static long fromText(StringValue s) {
        Value n = s.numeric();
        if (!n.isNull()) {
            return toMillis(n);
        }
        String t = s.value();
        if (t.length() > 19 && t.charAt(19) == ',') {
            t = t.substring(0, 19) + '.' + t.substring(20);
        }
        return TimeText.parseIso(t);
    }

    static long fromLong(long v) {
        long a = Math.abs(v);
        if (a < 100_000_000_000L) {
            return v * 1000;
        }
        if (a < 100_000_000_000_000L) {
            return v;
        }
        if (a < 100_000_000_000_000_000L) {
            return Math.floorDiv(v, 1000);
        }
        return Math.floorDiv(v, 1_000_000);
    }

    private static long fromDouble(double v) {
        double a = Math.abs(v);
        if (a < 1e11) {
            return Math.round(v * 1000);
        }
        return a < 9e18 ? fromLong((long) v) : TimeText.NO_TIME;
    }
}
